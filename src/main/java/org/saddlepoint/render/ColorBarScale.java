package org.saddlepoint.render;

import java.awt.Color;
import java.awt.Paint;
import java.io.Serializable;
import org.jfree.chart.renderer.PaintScale;

/**
 * The colour bar's paint scale. Linear scales run over z ∈ [lo, hi]; log scales over the
 * shifted value s = z − lo + ε ∈ [ε, hi − lo + ε], so a logarithmic axis shows round ticks.
 */
final class ColorBarScale implements PaintScale, Serializable {
    private static final long serialVersionUID = 1L;
    private final transient ColorScale scale;
    private final ColorMap map;

    ColorBarScale(ColorScale scale, ColorMap map) {
        this.scale = scale;
        this.map = map;
    }

    @Override public double getLowerBound() { return scale.isLog() ? scale.epsilon() : scale.lo(); }

    @Override public double getUpperBound() {
        if (scale.isLog()) return scale.hi() - scale.lo() + scale.epsilon();
        return scale.hi() > scale.lo() ? scale.hi() : scale.lo() + 1;
    }

    @Override public Paint getPaint(double value) {
        double z = scale.isLog() ? scale.lo() + value - scale.epsilon() : value;
        return new Color(map.argb(scale.t(z)));
    }
}
