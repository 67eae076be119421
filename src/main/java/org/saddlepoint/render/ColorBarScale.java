package org.saddlepoint.render;

import java.awt.Color;
import java.awt.Paint;
import java.io.Serializable;
import org.jfree.chart.renderer.PaintScale;

/**
 * The colour bar's paint scale. Linear scales run over z ∈ [lo, hi]; log scales over the colour
 * coordinate t ∈ [0, 1] (their axis, {@link ColorBarAxis}, places the round z ticks).
 */
final class ColorBarScale implements PaintScale, Serializable {
    private static final long serialVersionUID = 1L;
    private final transient ColorScale scale;
    private final ColorMap map;

    ColorBarScale(ColorScale scale, ColorMap map) {
        this.scale = scale;
        this.map = map;
    }

    @Override public double getLowerBound() { return scale.isLog() ? 0 : scale.lo(); }

    @Override public double getUpperBound() {
        if (scale.isLog()) return 1;
        return scale.hi() > scale.lo() ? scale.hi() : scale.lo() + 1;
    }

    @Override public Paint getPaint(double value) {
        return new Color(map.argb(scale.isLog() ? value : scale.t(value)));
    }
}
