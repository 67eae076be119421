package org.saddlepoint.surface;

/** Fills rows of a grid with f values; not thread-safe (one per thread). */
public interface RowEvaluator {
    /** out[offset + i] = f(x0 + i·dx, y) for i in 0..nx−1. */
    void valueRow(double y, double x0, double dx, int nx, double[] out, int offset);
}
