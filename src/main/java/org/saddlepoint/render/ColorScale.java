package org.saddlepoint.render;

import org.saddlepoint.analysis.ContourTracer;
import org.saddlepoint.surface.ScalarGrid;

/**
 * Maps a height z to a colour coordinate t ∈ [0, 1]: z is clipped to [lo, hi], then
 * linear: t = (z − lo)/(hi − lo); log: t = (u(z) − u(lo))/(u(hi) − u(lo)) with
 * u(z) = ln(z − lo + ε), ε = {@link ContourTracer#LOG_EPSILON_FRACTION}·(hi − lo).
 * Non-finite z is a hole: t = NaN (drawn as {@link ColorMap#HOLE_ARGB}). Immutable.
 */
public final class ColorScale {
    private final double lo, hi, eps, uLo, uSpan;
    private final boolean log;

    /** A scale over [lo, hi]; needs finite lo ≤ hi (lo = hi maps everything to t = 0.5). */
    public ColorScale(double lo, double hi, boolean log) {
        if (!Double.isFinite(lo) || !Double.isFinite(hi) || lo > hi) {
            throw new IllegalArgumentException("colour scale needs finite lo ≤ hi, got [" + lo + ", " + hi + "]");
        }
        this.lo = lo;
        this.hi = hi;
        this.log = log;
        this.eps = ContourTracer.LOG_EPSILON_FRACTION * (hi - lo);
        this.uLo = Math.log(eps);
        this.uSpan = Math.log(hi - lo + eps) - uLo;
    }

    /**
     * The scale for a grid's finite range [min, max] with each finite end of the window
     * [clipLo, clipHi] in place of the grid's own (NaN = the grid's end). A window inside the
     * data clips it (values beyond saturate, heights are clamped); a window wider than the data
     * is kept as given, so that two grids shown with one window [min(min₁, min₂), max(max₁, max₂)]
     * share a colour and height scale. A grid with no finite value gets [0, 1].
     */
    public static ColorScale of(ScalarGrid grid, boolean log, double clipLo, double clipHi) {
        double lo = grid.finiteMin(), hi = grid.finiteMax();
        if (!(lo <= hi)) { lo = 0; hi = 1; }
        if (Double.isFinite(clipLo)) lo = clipLo;
        if (Double.isFinite(clipHi)) hi = clipHi;
        if (lo > hi) { // clip window outside the data: keep the window itself
            lo = Double.isFinite(clipLo) ? clipLo : hi;
            hi = Double.isFinite(clipHi) ? Math.max(clipHi, lo) : lo;
        }
        return new ColorScale(lo, hi, log);
    }

    public static ColorScale of(ScalarGrid grid, boolean log) { return of(grid, log, Double.NaN, Double.NaN); }

    public double lo() { return lo; }

    public double hi() { return hi; }

    public boolean isLog() { return log; }

    /** ε of the log scale. */
    public double epsilon() { return eps; }

    /** t ∈ [0, 1] for z (clipped), NaN for a non-finite z. */
    public double t(double z) {
        if (!Double.isFinite(z)) return Double.NaN;
        if (hi == lo) return 0.5;
        if (z <= lo) return 0;
        if (z >= hi) return 1;
        if (!log) return (z - lo) / (hi - lo);
        return (Math.log(z - lo + eps) - uLo) / uSpan;
    }

    /** The inverse of {@link #t}: the z at colour coordinate t ∈ [0, 1]. */
    public double z(double t) {
        if (hi == lo) return lo;
        double c = Math.max(0, Math.min(1, t));
        if (!log) return lo + c * (hi - lo);
        return lo + Math.exp(uLo + c * uSpan) - eps;
    }

    /** Colour of z under {@code map}; holes get {@link ColorMap#HOLE_ARGB}. */
    public int argb(double z, ColorMap map) { return map.argb(t(z)); }
}
