package org.saddlepoint.ui.compute;

import org.saddlepoint.render.ColorMap;

/**
 * Colours of a hyperparameter map: finite values on viridis, reversed so the best (lowest) cell
 * is the brightest; final losses on a log scale of v − min + δ (δ = 10⁻⁹ of the range), steps
 * linearly. Diverged cells (+∞) are a red outside the colour map, cells that never reached the
 * tolerance (NaN) grey.
 */
final class HeatColors {
    static final int DIVERGED = 0xFFB2182B, NOT_REACHED = ColorMap.HOLE_ARGB;

    private HeatColors() { }

    static int[] argb(double[] values, boolean log) {
        double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
        for (double v : values) if (Double.isFinite(v)) { min = Math.min(min, v); max = Math.max(max, v); }
        int[] out = new int[values.length];
        double delta = max > min ? 1e-9 * (max - min) : 1;
        double lo = log ? Math.log10(delta) : min, hi = log ? Math.log10(max - min + delta) : max;
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            if (v == Double.POSITIVE_INFINITY) out[i] = DIVERGED;
            else if (!Double.isFinite(v)) out[i] = NOT_REACHED;
            else {
                double x = log ? Math.log10(v - min + delta) : v;
                double t = hi > lo ? (x - lo) / (hi - lo) : 0;
                out[i] = ColorMap.VIRIDIS.argb(1 - t);
            }
        }
        return out;
    }
}
