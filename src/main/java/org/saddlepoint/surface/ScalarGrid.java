package org.saddlepoint.surface;

/**
 * Samples of a surface on a regular grid: {@code z[iy*nx + ix] = f(x_ix, y_iy)} with
 * {@code x_ix = xMin + ix·(xMax−xMin)/(nx−1)} (row = y, column = x). Non-finite values are
 * holes (poles, domain errors) and are kept out of {@link #finiteMin()}/{@link #finiteMax()}.
 * The array is owned by the grid; treat it as read-only once built.
 */
public final class ScalarGrid {
    private final Domain domain;
    private final int nx, ny;
    private final double[] z;
    private final double min, max;
    private final int holes;

    public ScalarGrid(Domain domain, int nx, int ny, double[] z) {
        if (nx < 2 || ny < 2) throw new IllegalArgumentException("a grid needs at least 2×2 points");
        if (z.length != nx * ny) throw new IllegalArgumentException("z has " + z.length + " values, expected " + nx * ny);
        this.domain = domain;
        this.nx = nx;
        this.ny = ny;
        this.z = z;
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        int h = 0;
        for (double v : z) {
            if (Double.isFinite(v)) {
                if (v < lo) lo = v;
                if (v > hi) hi = v;
            } else {
                h++;
            }
        }
        this.min = lo;
        this.max = hi;
        this.holes = h;
    }

    private ScalarGrid(Domain domain, int nx, int ny, double[] z, double finiteMin, double finiteMax, int holes) {
        this.domain = domain;
        this.nx = nx;
        this.ny = ny;
        this.z = z;
        this.min = finiteMin;
        this.max = finiteMax;
        this.holes = holes;
    }

    /**
     * A grid whose statistics the caller already computed while filling {@code z} (the parallel
     * samplers do it band by band, while each row is still in cache), saving the constructor's
     * serial pass. {@code finiteMin}/{@code finiteMax}/{@code holes} must be what the public
     * constructor would compute (+∞/−∞ when no value is finite).
     */
    public static ScalarGrid withStatistics(Domain domain, int nx, int ny, double[] z, double finiteMin, double finiteMax, int holes) {
        if (nx < 2 || ny < 2) throw new IllegalArgumentException("a grid needs at least 2×2 points");
        if (z.length != nx * ny) throw new IllegalArgumentException("z has " + z.length + " values, expected " + nx * ny);
        if (holes < 0 || holes > z.length) throw new IllegalArgumentException("holes must be in [0, " + z.length + "], got " + holes);
        return new ScalarGrid(domain, nx, ny, z, finiteMin, finiteMax, holes);
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
    public double finiteMin() { return min; }

    /** Largest finite value (−∞ if none). */
    public double finiteMax() { return max; }

    /** Number of non-finite samples (holes). */
    public int holeCount() { return holes; }
}
