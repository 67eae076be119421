package org.saddlepoint.compute;

/**
 * The type of a stationary point from its Hessian H = [[fxx, fxy], [fxy, fyy]]: eigenvalues
 * λ± = (fxx+fyy)/2 ± √(((fxx−fyy)/2)² + fxy²); both above −tol → MINIMUM, both below tol →
 * MAXIMUM, opposite signs → SADDLE (tol = 1e-9·max|λ| guards round-off).
 */
public enum StationaryKind {
    MINIMUM, SADDLE, MAXIMUM;

    /** Classifies h = [fxx, fxy, fyy]. */
    public static StationaryKind of(double[] h) {
        double mean = 0.5 * (h[0] + h[2]);
        double rad = Math.hypot(0.5 * (h[0] - h[2]), h[1]);
        double hi = mean + rad, lo = mean - rad;
        double tol = 1e-9 * Math.max(Math.abs(hi), Math.abs(lo));
        if (lo >= -tol) return MINIMUM;
        if (hi <= tol) return MAXIMUM;
        return SADDLE;
    }
}
