package org.saddlepoint.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.saddlepoint.optim.Trajectory;

/**
 * Optimizer paths: the whole path faint, the part up to the current step solid with a small dot
 * per step (while the steps are few enough to tell apart), and a ball at the current step.
 */
final class TrajectoryLayer extends AbstractXYAnnotation {
    private static final long serialVersionUID = 1L;
    private static final int MAX_MARKERS = 400;
    private final transient Landscape2DChart model;

    TrajectoryLayer(Landscape2DChart model) { this.model = model; }

    @Override public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis,
                               ValueAxis rangeAxis, int rendererIndex, PlotRenderingInfo info) {
        if (model.trajectories().isEmpty()) return;
        Draw2D d = new Draw2D(plot, dataArea, domainAxis, rangeAxis);
        Shape clip = g2.getClip();
        g2.clip(dataArea);
        g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        for (TrajectoryStyle s : model.trajectories()) {
            Trajectory t = s.trajectory();
            int last = Math.min(model.step(), t.size() - 1);
            Color c = s.color();
            g2.setColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), 70));
            g2.setStroke(new BasicStroke(1.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g2.draw(path(d, t, t.size() - 1));
            g2.setColor(c);
            g2.setStroke(new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g2.draw(path(d, t, last));
            if (last <= MAX_MARKERS) {
                for (int k = 0; k <= last; k++) {
                    double x = d.px(t.x(k)), y = d.py(t.y(k));
                    if (!Double.isFinite(x) || !Double.isFinite(y)) continue;
                    Ellipse2D dot = new Ellipse2D.Double(x - 2.2, y - 2.2, 4.4, 4.4);
                    g2.setColor(Color.WHITE);
                    g2.fill(dot);
                    g2.setColor(c);
                    g2.setStroke(new BasicStroke(1f));
                    g2.draw(dot);
                }
            }
            double bx = d.px(t.x(last)), by = d.py(t.y(last));
            if (Double.isFinite(bx) && Double.isFinite(by)) {
                Ellipse2D ball = new Ellipse2D.Double(bx - 6, by - 6, 12, 12);
                g2.setColor(c);
                g2.fill(ball);
                g2.setColor(Color.WHITE);
                g2.setStroke(new BasicStroke(2f));
                g2.draw(ball);
            }
        }
        g2.setClip(clip);
    }

    private static Path2D path(Draw2D d, Trajectory t, int last) {
        Path2D.Double p = new Path2D.Double();
        boolean pen = false;
        for (int k = 0; k <= last; k++) {
            double x = d.px(t.x(k)), y = d.py(t.y(k));
            if (!Double.isFinite(x) || !Double.isFinite(y)) { pen = false; continue; }
            if (pen) p.lineTo(x, y);
            else p.moveTo(x, y);
            pen = true;
        }
        return p;
    }
}
