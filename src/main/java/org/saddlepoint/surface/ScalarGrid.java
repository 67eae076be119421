package org.saddlepoint.surface;

/**
 * Samples of a surface on a regular grid: {@code z[iy*nx + ix] = f(x_ix, y_iy)} with
 * {@code x_ix = xMin + ix·(xMax−xMin)/(nx−1)} (row = y, column = x). Non-finite values are
 * holes (poles, domain errors) and are kept out of {@link #finiteMin()}/{@link #finiteMax()}.
 * The array is owned by the grid; treat it as read-only once built.
 */
public final class ScalarGrid {
    /** Grids with at least this many values gather their statistics on all cores. */
    private static final int PARALLEL_STATISTICS = 1 << 18;
    private final Domain domain;
    private final int nx, ny;
    private final double[] z;
    /** min, max, holes: computed on first use (or given), then kept. */
    private volatile FiniteRange statistics;

    /**
     * A grid of {@code z}. Its statistics (finite min and max, holes) are gathered on first use,
     * in one pass (on all cores for large grids), so a sampler returns as soon as the values are
     * written and a consumer that needs no colour range (an .npy export) pays nothing for it.
     */
    public ScalarGrid(Domain domain, int nx, int ny, double[] z) {
        if (nx < 2 || ny < 2) throw new IllegalArgumentException("a grid needs at least 2×2 points");
        if (z.length != nx * ny) throw new IllegalArgumentException("z has " + z.length + " values, expected " + nx * ny);
        this.domain = domain;
        this.nx = nx;
        this.ny = ny;
        this.z = z;
    }

    /**
     * A grid whose statistics the caller already computed while filling {@code z} (the OpenCL
     * sampler does it band by band as the bands arrive). {@code finiteMin}/{@code finiteMax}/
     * {@code holes} must be what a pass over {@code z} would find (+∞/−∞ when no value is finite).
     */
    public static ScalarGrid withStatistics(Domain domain, int nx, int ny, double[] z, double finiteMin, double finiteMax, int holes) {
        if (holes < 0 || holes > z.length) throw new IllegalArgumentException("holes must be in [0, " + z.length + "], got " + holes);
        ScalarGrid g = new ScalarGrid(domain, nx, ny, z);
        g.statistics = FiniteRange.of(finiteMin, finiteMax, holes);
        return g;
    }

    private FiniteRange statistics() {
        FiniteRange s = statistics;
        if (s == null) {
            s = z.length >= PARALLEL_STATISTICS ? gatherInParallel(z) : gather(z, 0, z.length);
            statistics = s; // the same values whichever thread gets here first
        }
        return s;
    }

    private static FiniteRange gather(double[] z, int from, int to) {
        FiniteRange r = new FiniteRange();
        r.scan(z, from, to);
        return r;
    }

    private static FiniteRange gatherInParallel(double[] z) {
        int parts = 4 * Runtime.getRuntime().availableProcessors(), size = (z.length + parts - 1) / parts;
        return java.util.stream.IntStream.range(0, parts).parallel()
                .mapToObj(k -> gather(z, Math.min(z.length, k * size), Math.min(z.length, (k + 1) * size)))
                .reduce(new FiniteRange(), (a, b) -> { FiniteRange m = new FiniteRange(); m.merge(a); m.merge(b); return m; });
    }

    public Domain domain() { return domain; }

    public int nx() { return nx; }

    public int ny() { return ny; }

    /** Row-major values, {@code z[iy*nx+ix]}; do not modify. */
    public double[] values() { return z; }

    public double at(int ix, int iy) { return z[iy * nx + ix]; }

    public double x(int ix) { return domain.xMin() + ix * (domain.xMax() - domain.xMin()) / (nx - 1); }

    public double y(int iy) { return domain.yMin() + iy * (domain.yMax() - domain.yMin()) / (ny - 1); }

    /** Smallest finite value (+∞ if none). */
    public double finiteMin() { return statistics().min(); }

    /** Largest finite value (−∞ if none). */
    public double finiteMax() { return statistics().max(); }

    /** Number of non-finite samples (holes). */
    public int holeCount() { return statistics().holes(); }
}
