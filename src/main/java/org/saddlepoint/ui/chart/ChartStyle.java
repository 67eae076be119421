package org.saddlepoint.ui.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;

/** Colours and fonts of the app's JFreeChart charts for the light, dark and presentation themes. */
public record ChartStyle(Color background, Color plotBackground, Color grid, Color text, float fontScale) {
    public static final ChartStyle LIGHT = new ChartStyle(new Color(0xFAFAFA), Color.WHITE, new Color(0xDDDDDD), new Color(0x222222), 1f);
    public static final ChartStyle DARK = new ChartStyle(new Color(0x2B2B2B), new Color(0x1E1E1E), new Color(0x444444), new Color(0xE0E0E0), 1f);
    public static final ChartStyle PRESENTATION = new ChartStyle(Color.BLACK, Color.BLACK, new Color(0x555555), Color.WHITE, 1.4f);

    public static ChartStyle of(String theme) {
        return switch (theme) {
            case "dark" -> DARK;
            case "presentation" -> PRESENTATION;
            default -> LIGHT;
        };
    }

    public Font font(float size) { return new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(size * fontScale)); }

    /** Applies this style to a chart with one XY plot. */
    public void apply(JFreeChart chart) {
        chart.setBackgroundPaint(background);
        chart.setAntiAlias(true);
        if (chart.getTitle() != null) {
            chart.getTitle().setPaint(text);
            chart.getTitle().setFont(font(12).deriveFont(Font.BOLD));
        }
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setBackgroundPaint(background);
            legend.setItemPaint(text);
            legend.setItemFont(font(10));
        }
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(plotBackground);
        plot.setDomainGridlinePaint(grid);
        plot.setRangeGridlinePaint(grid);
        plot.setDomainGridlineStroke(new BasicStroke(0.5f));
        plot.setRangeGridlineStroke(new BasicStroke(0.5f));
        plot.setOutlineVisible(false);
        style(plot.getDomainAxis());
        style(plot.getRangeAxis());
    }

    public void style(ValueAxis axis) {
        if (axis == null) return;
        axis.setLabelPaint(text);
        axis.setTickLabelPaint(text);
        axis.setLabelFont(font(11));
        axis.setTickLabelFont(font(10));
        axis.setAxisLinePaint(grid);
        axis.setTickMarkPaint(grid);
    }
}
