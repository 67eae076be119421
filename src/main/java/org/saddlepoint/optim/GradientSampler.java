package org.saddlepoint.optim;

import java.util.Random;
import org.saddlepoint.surface.PointFunction;

/**
 * Turns the exact gradient into the one an optimizer sees, per {@link Noise}, reproducibly
 * from the seed:
 * <ul>
 * <li>none, or a batch size ≥ N on a data surface: the exact (full-batch) gradient;</li>
 * <li>σ &gt; 0: g̃ = g + σ·ξ, ξ ~ N(0, 1) per component, x first (a {@link Random} seeded
 *     with the seed; its Gaussian sequence is fixed by the Java specification);</li>
 * <li>batch size B &lt; N on a data surface: each epoch starts with a Fisher–Yates shuffle of
 *     0..N−1 (from the identity, with the seeded {@link Random}), then takes consecutive batches of
 *     B examples; the last batch of an epoch keeps what is left (torch DataLoader,
 *     {@code drop_last=False}); g̃ = mean of the per-example gradients of the batch.</li>
 * </ul>
 * Not thread-safe; allocation-free per step.
 */
final class GradientSampler {
    private final PointFunction f;
    private final double sigma;
    private final int batch;
    private final Random random;
    private final int[] perm;
    private int cursor;

    GradientSampler(PointFunction f, Noise noise, int exampleCount) {
        this.f = f;
        this.sigma = noise.sigma();
        this.random = new Random(noise.seed());
        if (noise.batchSize() > 0 && exampleCount <= 0) {
            throw new IllegalArgumentException("batch size " + noise.batchSize()
                    + " needs a data surface (this surface has no examples); use gradient noise σ instead");
        }
        boolean mini = noise.batchSize() > 0 && noise.batchSize() < exampleCount;
        this.batch = mini ? noise.batchSize() : 0;
        this.perm = mini ? new int[exampleCount] : null;
        this.cursor = mini ? exampleCount : 0;
    }

    /** Writes the gradient to use at (x, y) into {@code used}, given the exact one. */
    void sample(double x, double y, double[] exact, double[] used) {
        if (batch > 0) {
            int n = perm.length;
            if (cursor >= n) {
                shuffle();
                cursor = 0;
            }
            int to = Math.min(cursor + batch, n);
            f.batchGradient(x, y, perm, cursor, to, used);
            cursor = to;
        } else if (sigma > 0) {
            used[0] = exact[0] + sigma * random.nextGaussian();
            used[1] = exact[1] + sigma * random.nextGaussian();
        } else {
            used[0] = exact[0];
            used[1] = exact[1];
        }
    }

    private void shuffle() {
        int[] p = perm;
        for (int i = 0; i < p.length; i++) p[i] = i;
        for (int i = p.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
    }
}
