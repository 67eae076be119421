package org.saddlepoint.compute;

/**
 * The running statistics a {@link org.saddlepoint.surface.ScalarGrid} keeps — smallest and
 * largest finite value, number of non-finite values (holes) — gathered band by band while the
 * samplers fill a grid (each row still in cache, on all cores) and merged at the end, instead of
 * one serial pass over the finished grid. Not thread-safe: one per band.
 */
public final class FiniteRange {
    private double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
    private int holes;

    /** Adds {@code z[from..to)} (one pass; the branches are predictable, so it runs near one value per ns). */
    public void scan(double[] z, int from, int to) {
        double lo = min, hi = max;
        int h = 0;
        for (int i = from; i < to; i++) {
            double v = z[i];
            if (Double.isFinite(v)) {
                if (v < lo) lo = v;
                if (v > hi) hi = v;
            } else {
                h++;
            }
        }
        min = lo;
        max = hi;
        holes += h;
    }

    /** Adds another band's statistics. */
    public void merge(FiniteRange other) {
        if (other.min < min) min = other.min;
        if (other.max > max) max = other.max;
        holes += other.holes;
    }

    public double min() { return min; }

    public double max() { return max; }

    public int holes() { return holes; }
}
