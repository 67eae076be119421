package org.saddlepoint.optim;

/**
 * Where the gradient noise comes from: none (full batch / exact gradient), Gaussian noise of
 * standard deviation σ added to each gradient component (analytic surfaces), or real minibatches
 * of {@code batchSize} examples drawn from a per-epoch shuffle (data surfaces). Seeded.
 *
 * <p>Exactly: with σ &gt; 0, g̃ = g + σ·ξ with ξ from {@code new java.util.Random(seed).nextGaussian()},
 * x then y, one pair per step. With a batch size B on a data surface of N examples, each epoch
 * begins with a Fisher–Yates shuffle of 0..N−1 (from the identity, same Random) and steps take
 * consecutive batches of B (the epoch's last batch keeps the remainder, as torch's DataLoader with
 * {@code drop_last=False}); g̃ = {@code batchGradient} over the batch. B ≥ N is full batch: the
 * exact gradient. A batch size on a surface without examples is rejected when the run starts.
 */
public record Noise(double sigma, int batchSize, long seed) {
    public static final Noise NONE = new Noise(0, 0, 0);

    public Noise {
        if (!(sigma >= 0) || Double.isInfinite(sigma)) throw new IllegalArgumentException("noise sigma must be a finite number ≥ 0, got " + sigma);
        if (batchSize < 0) throw new IllegalArgumentException("batch size must be ≥ 1, got " + batchSize);
        if (sigma > 0 && batchSize > 0) throw new IllegalArgumentException("choose either --noise or --batch-size, not both");
    }

    public static Noise gaussian(double sigma, long seed) { return new Noise(sigma, 0, seed); }

    public static Noise minibatch(int batchSize, long seed) { return new Noise(0, batchSize, seed); }

    public boolean isNone() { return sigma == 0 && batchSize == 0; }
}
