package org.saddlepoint.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;

/** Marked (critical) points with their labels, the start marker, and the explainer arrows on top. */
final class OverlayLayer extends AbstractXYAnnotation {
    private static final long serialVersionUID = 1L;
    private static final Color INK = new Color(25, 25, 25);
    private final transient Landscape2DChart model;

    OverlayLayer(Landscape2DChart model) { this.model = model; }

    @Override public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis,
                               ValueAxis rangeAxis, int rendererIndex, PlotRenderingInfo info) {
        Draw2D d = new Draw2D(plot, dataArea, domainAxis, rangeAxis);
        Shape clip = g2.getClip();
        g2.clip(dataArea);
        g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        Font font = ChartFonts.plain(12f);
        for (MarkedPoint m : model.markedPoints()) {
            double x = d.px(m.x()), y = d.py(m.y());
            Shape symbol = symbol(m.kind(), x, y, 5.5);
            g2.setColor(Color.WHITE);
            g2.fill(symbol);
            g2.setColor(INK);
            g2.setStroke(new BasicStroke(1.6f));
            g2.draw(symbol);
            Draw2D.haloText(g2, m.label(), font, x + 8, y - 6, INK);
        }
        if (model.hasStart()) {
            double x = d.px(model.startX()), y = d.py(model.startY());
            g2.setStroke(new BasicStroke(2f));
            g2.setColor(Color.WHITE);
            g2.draw(new Ellipse2D.Double(x - 8, y - 8, 16, 16));
            g2.setColor(INK);
            g2.setStroke(new BasicStroke(1.2f));
            g2.draw(new Ellipse2D.Double(x - 9.5, y - 9.5, 19, 19));
            g2.draw(new Line2D.Double(x - 13, y, x - 4, y));
            g2.draw(new Line2D.Double(x + 4, y, x + 13, y));
            g2.draw(new Line2D.Double(x, y - 13, x, y - 4));
            g2.draw(new Line2D.Double(x, y + 4, x, y + 13));
        }
        for (Arrow a : model.arrows()) {
            double x0 = d.px(a.x0()), y0 = d.py(a.y0()), x1 = d.px(a.x1()), y1 = d.py(a.y1());
            if (!(Double.isFinite(x0) && Double.isFinite(y0) && Double.isFinite(x1) && Double.isFinite(y1))) continue;
            Draw2D.arrow(g2, x0, y0, x1, y1, 4.5f, 13, new Color(255, 255, 255, 170));
            Draw2D.arrow(g2, x0, y0, x1, y1, 2.5f, 11, a.color());
            double len = Math.hypot(x1 - x0, y1 - y0);
            double ox = len > 0 ? (x1 - x0) / len * 6 : 6, oy = len > 0 ? (y1 - y0) / len * 6 : 0;
            Draw2D.haloText(g2, a.label(), font, x1 + ox + 2, y1 + oy + 4, a.color().darker());
        }
        g2.setClip(clip);
    }

    /** Minimum: circle; maximum: triangle; saddle: × in a square; other: diamond. */
    static Shape symbol(MarkedPoint.Kind kind, double x, double y, double r) {
        switch (kind) {
            case MINIMUM:
                return new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r);
            case MAXIMUM: {
                Path2D.Double p = new Path2D.Double();
                p.moveTo(x, y - 1.2 * r);
                p.lineTo(x + 1.1 * r, y + 0.8 * r);
                p.lineTo(x - 1.1 * r, y + 0.8 * r);
                p.closePath();
                return p;
            }
            case SADDLE: {
                Path2D.Double p = new Path2D.Double();
                double w = 0.45 * r;
                p.moveTo(x - r, y - r + w); p.lineTo(x - r + w, y - r); p.lineTo(x, y - w);
                p.lineTo(x + r - w, y - r); p.lineTo(x + r, y - r + w); p.lineTo(x + w, y);
                p.lineTo(x + r, y + r - w); p.lineTo(x + r - w, y + r); p.lineTo(x, y + w);
                p.lineTo(x - r + w, y + r); p.lineTo(x - r, y + r - w); p.lineTo(x - w, y);
                p.closePath();
                return p;
            }
            default: {
                Path2D.Double p = new Path2D.Double();
                p.moveTo(x, y - 1.3 * r); p.lineTo(x + r, y); p.lineTo(x, y + 1.3 * r); p.lineTo(x - r, y);
                p.closePath();
                return p;
            }
        }
    }
}
