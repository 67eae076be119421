package org.saddlepoint.render;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;

/**
 * Descent directions −∇f on a lattice. All arrows point along −∇f/|∇f|; their length grows
 * with (|∇f|/max|∇f|)^{1/3} (compressed so that gentle slopes stay visible next to steep walls).
 */
final class GradientFieldLayer extends AbstractXYAnnotation {
    private static final long serialVersionUID = 1L;
    private static final Color ARROW = new Color(255, 255, 255, 190);
    private final transient Landscape2DChart model;

    GradientFieldLayer(Landscape2DChart model) { this.model = model; }

    @Override public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis,
                               ValueAxis rangeAxis, int rendererIndex, PlotRenderingInfo info) {
        GradientField f = model.gradientField();
        if (f == null) return;
        Draw2D d = new Draw2D(plot, dataArea, domainAxis, rangeAxis);
        double max = 0;
        for (int i = 0; i < f.gx().length; i++) {
            double m = Math.hypot(f.gx()[i], f.gy()[i]);
            if (Double.isFinite(m)) max = Math.max(max, m);
        }
        if (max == 0) return;
        double cell = Math.min(Math.abs(d.px(f.domain().xMin() + f.domain().width() / f.n()) - d.px(f.domain().xMin())),
                Math.abs(d.py(f.domain().yMin() + f.domain().height() / f.n()) - d.py(f.domain().yMin())));
        Shape clip = g2.getClip();
        g2.clip(dataArea);
        g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        for (int iy = 0; iy < f.n(); iy++) {
            for (int ix = 0; ix < f.n(); ix++) {
                double gx = f.gx()[iy * f.n() + ix], gy = f.gy()[iy * f.n() + ix], m = Math.hypot(gx, gy);
                if (!(m > 0) || !Double.isFinite(m)) continue;
                double len = 0.85 * cell * Math.cbrt(m / max);
                double cx = d.px(GradientField.x(f.domain(), f.n(), ix)), cy = d.py(GradientField.y(f.domain(), f.n(), iy));
                // pixel direction of −∇f: y axis points down on screen
                double ux = -gx / m, uy = gy / m;
                Draw2D.arrow(g2, cx - 0.5 * len * ux, cy - 0.5 * len * uy, cx + 0.5 * len * ux, cy + 0.5 * len * uy,
                        1.0f, Math.max(3, 0.3 * len), ARROW);
            }
        }
        g2.setClip(clip);
    }
}
