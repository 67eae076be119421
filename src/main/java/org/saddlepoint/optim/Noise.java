package org.saddlepoint.optim;

/**
 * Where the gradient noise comes from: none (full batch / exact gradient), Gaussian noise of
 * standard deviation σ added to each gradient component (analytic surfaces), or real minibatches
 * of {@code batchSize} examples drawn from a per-epoch shuffle (data surfaces). Seeded.
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
