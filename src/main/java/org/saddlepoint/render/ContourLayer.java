package org.saddlepoint.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.saddlepoint.analysis.ContourLine;

/** Contour lines as thin translucent dark polylines over the heatmap. */
final class ContourLayer extends AbstractXYAnnotation {
    private static final long serialVersionUID = 1L;
    private static final Color LINE = new Color(20, 20, 20, 120);
    private final transient Landscape2DChart model;

    ContourLayer(Landscape2DChart model) { this.model = model; }

    @Override public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis,
                               ValueAxis rangeAxis, int rendererIndex, PlotRenderingInfo info) {
        if (model.drawsRasterBackground(g2)) return; // already in the cached background with the heat map
        paint(model, g2, plot, dataArea, domainAxis, rangeAxis);
    }

    /** Draws {@code model}'s contour lines over {@code dataArea}. */
    static void paint(Landscape2DChart model, Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis) {
        if (model.contours().isEmpty()) return;
        Draw2D d = new Draw2D(plot, dataArea, domainAxis, rangeAxis);
        Path2D.Double path = new Path2D.Double();
        for (ContourLine line : model.contours()) {
            path.moveTo(d.px(line.x(0)), d.py(line.y(0)));
            for (int i = 1; i < line.size(); i++) path.lineTo(d.px(line.x(i)), d.py(line.y(i)));
        }
        Shape clip = g2.getClip();
        g2.clip(dataArea);
        g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g2.setStroke(new BasicStroke(0.9f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g2.setColor(LINE);
        g2.draw(path);
        g2.setClip(clip);
    }
}
