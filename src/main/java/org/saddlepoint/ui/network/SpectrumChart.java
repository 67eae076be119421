package org.saddlepoint.ui.network;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.saddlepoint.nn.Spectrum;
import org.saddlepoint.ui.I18n;
import org.saddlepoint.ui.curvature.CurvatureText;

/**
 * The Hessian spectrum at θ*: every eigenvalue, sorted, against its rank when the full spectrum
 * was computed (≤ 500 parameters), else the top-k Lanczos values; the subtitle gives the top
 * values and Hutchinson's trace estimate ± its standard error.
 */
public final class SpectrumChart extends ChartViewer {
    private final I18n i18n;
    private final XYSeriesCollection data = new XYSeriesCollection();
    private final JFreeChart chart;

    public SpectrumChart(I18n i18n) {
        this.i18n = i18n;
        chart = ChartFactory.createXYLineChart(i18n.get("net.spectrum"), i18n.get("net.rank"), "λ", data, PlotOrientation.VERTICAL,
                false, false, false);
        chart.getTitle().setFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.BOLD, 13));
        XYPlot plot = chart.getXYPlot();
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
        r.setSeriesShape(0, new Ellipse2D.Double(-2.5, -2.5, 5, 5));
        r.setSeriesPaint(0, new Color(0x00, 0x72, 0xB2));
        r.setSeriesStroke(0, new BasicStroke(1f));
        plot.setRenderer(r);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        plot.setDomainGridlinePaint(new Color(0xDDDDDD));
        setChart(chart);
        setId("spectrum-chart");
        setMinSize(120, 120);
    }

    /** Number of eigenvalues plotted. */
    public int pointCount() { return data.getSeriesCount() == 0 ? 0 : data.getSeries(0).getItemCount(); }

    public void show(NetworkResult r) {
        data.removeAllSeries();
        chart.clearSubtitles();
        if (r == null) return;
        XYSeries s = new XYSeries("λ", false);
        Spectrum full = r.fullSpectrum();
        if (full != null) {
            double[] v = full.values();
            for (int i = 0; i < v.length; i++) s.add(i + 1, v[i]);
        } else {
            double[] top = r.topEigenvalues();
            for (int i = 0; i < top.length; i++) s.add(i + 1, top[i]);
        }
        data.addSeries(s);
        StringBuilder top = new StringBuilder();
        for (int i = 0; i < r.topEigenvalues().length; i++) top.append(i == 0 ? "" : ", ").append(CurvatureText.num(r.topEigenvalues()[i]));
        String line = i18n.fmt(full != null ? "net.spectrumFull" : "net.spectrumTop", r.mlp().parameterCount(), top.toString(),
                CurvatureText.num(r.trace().trace()), CurvatureText.num(r.trace().standardError()),
                full != null ? CurvatureText.num(full.trace()) : "");
        chart.addSubtitle(new org.jfree.chart.title.TextTitle(line, new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 11)));
    }
}
