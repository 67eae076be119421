package org.saddlepoint.render;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.Tick;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

/**
 * The colour bar axis of a log colour scale: it runs over t ∈ [0, 1] (so the strip is sampled
 * evenly in colour) and puts its ticks at round offsets d = z − lo ∈ {1, 2, 5}·10ᵏ, at
 * t = ColorScale.t(lo + d), labelled with d.
 */
final class ColorBarAxis extends NumberAxis {
    private static final long serialVersionUID = 1L;
    private final transient ColorScale scale;

    ColorBarAxis(String label, ColorScale scale) {
        super(label);
        this.scale = scale;
        setRange(0, 1);
        setAutoRange(false);
    }

    @Override public List<? extends Tick> refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
        double span = scale.hi() - scale.lo();
        List<NumberTick> ticks = new ArrayList<>();
        if (!(span > 0)) return ticks;
        double px = RectangleEdge.isLeftOrRight(edge) ? dataArea.getHeight() : dataArea.getWidth();
        int[] mantissas = px > 500 ? new int[] {1, 2, 5} : px > 250 ? new int[] {1, 3} : new int[] {1};
        int k0 = (int) Math.floor(Math.log10(scale.epsilon())), k1 = (int) Math.ceil(Math.log10(span));
        DecimalFormat sci = new DecimalFormat("0.#E0"), plain = new DecimalFormat("0.####");
        TextAnchor anchor = edge == RectangleEdge.LEFT ? TextAnchor.CENTER_RIGHT : TextAnchor.CENTER_LEFT;
        if (!RectangleEdge.isLeftOrRight(edge)) anchor = TextAnchor.TOP_CENTER;
        for (int k = k0; k <= k1; k++) {
            for (int m : mantissas) {
                double d = m * Math.pow(10, k);
                if (d < scale.epsilon() || d > span) continue;
                double t = scale.t(scale.lo() + d);
                String text = (d >= 1e-3 && d < 1e5) ? plain.format(d) : sci.format(d);
                ticks.add(new NumberTick(t, text, anchor, TextAnchor.CENTER, 0));
            }
        }
        return ticks;
    }
}
