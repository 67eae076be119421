package org.saddlepoint.surface;

/**
 * The statistics a {@link ScalarGrid} keeps — smallest and largest finite value, number of
 * non-finite values (holes) — gathered run by run (on all cores for a large grid, or band by
 * band as the OpenCL sampler's bands arrive) and merged. Not thread-safe: one per run.
 */
public final class FiniteRange {
    private double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
    private int holes;

    /**
     * Adds {@code z[from..to)}. Fast path without branches on the data: four independent running
     * minima and maxima (a compare-and-select is NaN-blind: {@code v < lo} is false for NaN) and
     * a hole probe h ← h + v·0, which stays 0 for finite values and turns NaN at the first ±∞ or
     * NaN. Only a run whose probe is not 0 is rescanned value by value to count its holes and
     * keep ±∞ out of the extremes (holes are rare: poles and domain errors). About 2× the
     * throughput of the one-chain branchy scan on this machine.
     */
    public void scan(double[] z, int from, int to) {
        double l0 = min, l1 = l0, l2 = l0, l3 = l0, h0 = max, h1 = h0, h2 = h0, h3 = h0, probe = 0;
        int i = from;
        for (; i + 3 < to; i += 4) {
            double a = z[i], b = z[i + 1], c = z[i + 2], d = z[i + 3];
            l0 = a < l0 ? a : l0; h0 = a > h0 ? a : h0;
            l1 = b < l1 ? b : l1; h1 = b > h1 ? b : h1;
            l2 = c < l2 ? c : l2; h2 = c > h2 ? c : h2;
            l3 = d < l3 ? d : l3; h3 = d > h3 ? d : h3;
            probe += (a * 0.0 + b * 0.0) + (c * 0.0 + d * 0.0);
        }
        for (; i < to; i++) {
            double a = z[i];
            l0 = a < l0 ? a : l0; h0 = a > h0 ? a : h0;
            probe += a * 0.0;
        }
        if (probe == 0.0) {
            double lo = l0 < l1 ? l0 : l1, lo2 = l2 < l3 ? l2 : l3;
            double hi = h0 > h1 ? h0 : h1, hi2 = h2 > h3 ? h2 : h3;
            min = lo < lo2 ? lo : lo2;
            max = hi > hi2 ? hi : hi2;
        } else {
            scanWithHoles(z, from, to);
        }
    }

    /** The exact value-by-value scan for a run that holds holes. */
    private void scanWithHoles(double[] z, int from, int to) {
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

    /** Statistics known already: finite extremes {@code min}, {@code max} and {@code holes} non-finite values. */
    public static FiniteRange of(double min, double max, int holes) {
        FiniteRange r = new FiniteRange();
        r.min = min;
        r.max = max;
        r.holes = holes;
        return r;
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
