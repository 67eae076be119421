package org.saddlepoint.nn;

/**
 * A training trajectory seen in a landscape plane: snapshot i at step {@code steps[i]} lies at
 * plane coordinates (a[i], b[i]) and at distance {@code distance[i]} from the plane.
 */
public record ProjectedPath(double[] a, double[] b, double[] distance, int[] steps) {
    public int size() { return a.length; }

    /** Mean distance of the trajectory from the plane (0 when it lies in it). */
    public double meanDistance() {
        double s = 0;
        for (double d : distance) s += d;
        return distance.length == 0 ? 0 : s / distance.length;
    }
}
