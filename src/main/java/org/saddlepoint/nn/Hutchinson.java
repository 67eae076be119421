package org.saddlepoint.nn;

import java.util.Random;

/**
 * Hutchinson's trace estimator: tr(H) = E[zᵀHz] for z with independent Rademacher (±1)
 * entries; the mean of {@code samples} draws (seeded) and its standard error s/√S.
 */
public final class Hutchinson {
    /** The estimate and its standard error. */
    public record Estimate(double trace, double standardError, int samples) { }

    private Hutchinson() { }

    public static Estimate trace(HessianOperator h, int samples, long seed) {
        if (samples < 1) throw new IllegalArgumentException("need at least one sample");
        int n = h.dimension();
        Random rnd = new Random(seed);
        double[] z = new double[n], hz = new double[n];
        double sum = 0, sumSq = 0;
        for (int s = 0; s < samples; s++) {
            for (int i = 0; i < n; i++) z[i] = rnd.nextBoolean() ? 1 : -1;
            h.apply(z, hz);
            double v = Lanczos.dot(z, hz);
            sum += v;
            sumSq += v * v;
        }
        double mean = sum / samples;
        double var = samples > 1 ? Math.max(0, (sumSq - samples * mean * mean) / (samples - 1)) : Double.NaN;
        return new Estimate(mean, Math.sqrt(var / samples), samples);
    }
}
