package org.saddlepoint.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.Shape;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;

/** Small Java2D helpers shared by the landscape layers: data → pixel mapping, arrows, haloed text. */
final class Draw2D {
    private final XYPlot plot;
    private final Rectangle2D area;
    private final ValueAxis xAxis, yAxis;

    Draw2D(XYPlot plot, Rectangle2D area, ValueAxis xAxis, ValueAxis yAxis) {
        this.plot = plot;
        this.area = area;
        this.xAxis = xAxis;
        this.yAxis = yAxis;
    }

    double px(double x) { return xAxis.valueToJava2D(x, area, plot.getDomainAxisEdge()); }

    double py(double y) { return yAxis.valueToJava2D(y, area, plot.getRangeAxisEdge()); }

    /** A pixel-space arrow from (x0, y0) to (x1, y1) with a filled head of length {@code head}. */
    static void arrow(Graphics2D g, double x0, double y0, double x1, double y1, float width, double head, Color color) {
        double dx = x1 - x0, dy = y1 - y0, len = Math.hypot(dx, dy);
        if (len < 1e-9) return;
        double h = Math.min(head, 0.6 * len);
        double ux = dx / len, uy = dy / len;
        double bx = x1 - ux * h, by = y1 - uy * h;
        g.setColor(color);
        g.setStroke(new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new java.awt.geom.Line2D.Double(x0, y0, bx, by));
        Path2D.Double tip = new Path2D.Double();
        tip.moveTo(x1, y1);
        tip.lineTo(bx - uy * h * 0.45, by + ux * h * 0.45);
        tip.lineTo(bx + uy * h * 0.45, by - ux * h * 0.45);
        tip.closePath();
        g.fill(tip);
    }

    /** Text with a light halo so it stays readable on any colour; (x, y) is the baseline start. */
    static void haloText(Graphics2D g, String text, Font font, double x, double y, Color color) {
        if (text == null || text.isEmpty()) return;
        FontRenderContext frc = g.getFontRenderContext();
        TextLayout layout = new TextLayout(text, font, frc);
        Shape outline = layout.getOutline(AffineTransform.getTranslateInstance(x, y));
        g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(new Color(255, 255, 255, 200));
        g.draw(outline);
        g.setColor(color);
        g.fill(outline);
    }
}
