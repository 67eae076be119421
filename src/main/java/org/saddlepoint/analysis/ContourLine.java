package org.saddlepoint.analysis;

/**
 * One connected piece of the level set {f = level}: a polyline in data coordinates,
 * {@code xy = [x0, y0, x1, y1, …]}. A closed loop repeats its first point at the end.
 */
public record ContourLine(double level, double[] xy) {
    public ContourLine {
        if (xy.length % 2 != 0 || xy.length < 4) throw new IllegalArgumentException("a contour line needs at least two (x, y) points");
    }

    /** Number of points. */
    public int size() { return xy.length / 2; }

    public double x(int i) { return xy[2 * i]; }

    public double y(int i) { return xy[2 * i + 1]; }

    /** Whether the polyline ends where it starts (a loop around a basin or a peak). */
    public boolean isClosed() {
        int n = xy.length;
        return xy[0] == xy[n - 2] && xy[1] == xy[n - 1];
    }
}
