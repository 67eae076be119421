package org.saddlepoint.nn;

/**
 * How sharp the minimum θ* of a landscape plane is on one data set, two ways:
 * <ul>
 *   <li>the loss rise at a fixed radius r in the plane: the mean over {@code count} equally
 *       spaced angles φ of L(θ* + r·(cos φ·d₁ + sin φ·d₂)) − L(θ*) (Keskar et al.'s idea on the
 *       plane the user sees; a flat minimum rises little);</li>
 *   <li>the top Hessian eigenvalue λ_max of the loss on that set at θ* (Lanczos on exact
 *       Hessian-vector products); NaN where it is not the plotted function (batch normalization on
 *       a set other than the training set: the plot uses eval mode, the Hessian would not).</li>
 * </ul>
 *
 * @param centre   L(θ*)
 * @param ringMean mean loss on the ring of radius {@code radius}
 * @param radius   r (plane units)
 * @param lambdaMax λ_max of the Hessian at θ*, or NaN
 */
public record Sharpness(double centre, double ringMean, double radius, double lambdaMax) {
    /** Angles on the ring. */
    public static final int RING_POINTS = 32;

    /** Mean loss rise on the ring: ringMean − centre. */
    public double rise() { return ringMean - centre; }

    /** Measures the sharpness of {@code landscape}'s centre on {@code data}. */
    public static Sharpness of(NetworkLandscape landscape, Dataset data, double radius, long seed) {
        if (!(radius > 0)) throw new IllegalArgumentException("radius must be > 0, got " + radius);
        double[] a = new double[RING_POINTS + 1], b = new double[RING_POINTS + 1];
        for (int i = 0; i < RING_POINTS; i++) {
            double phi = 2 * Math.PI * i / RING_POINTS;
            a[i + 1] = radius * Math.cos(phi);
            b[i + 1] = radius * Math.sin(phi);
        }
        double[] v = landscape.values(a, b, data);
        double ring = 0;
        for (int i = 1; i <= RING_POINTS; i++) ring += v[i];
        ring /= RING_POINTS;
        Mlp mlp = landscape.mlp();
        double lambda = Double.NaN;
        if (data == landscape.train() || !mlp.batchNorm()) {
            lambda = Lanczos.top(new NetworkObjective(mlp, data).hessianAt(landscape.center()), 1, seed)[0];
        }
        return new Sharpness(v[0], ring, radius, lambda);
    }
}
