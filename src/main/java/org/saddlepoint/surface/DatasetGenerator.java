package org.saddlepoint.surface;

import java.util.Random;

/**
 * Seeded synthetic datasets for data surfaces ({@code [data.generator]} in a surface file).
 * {@link java.util.Random} is specified bit for bit, so a seed gives the same examples on every
 * JVM. Noise is Gaussian with standard deviation {@code noise}.
 *
 * @param kind   LINE: u ~ U(uRange), v = 1 (a bias feature), t = w₁·u + w₂ + noise;
 *               BLOBS: two Gaussian blobs of spread {@code noise} around ±center, t = 1 for the
 *               +center blob and 0 for the other, then a fraction {@code flip} of labels flipped;
 *               TWO_FEATURES: u ~ U(uRange), v ~ U(vRange), t = w₁·u + w₂·v + noise.
 */
public record DatasetGenerator(Kind kind, int n, double noise, long seed, double[] uRange, double[] vRange,
                               double[] weights, double[] center, double flip) {
    public static final int MAX_EXAMPLES = 100_000;

    public enum Kind {
        LINE("line"), BLOBS("blobs"), TWO_FEATURES("two_features");
        private final String fileName;
        Kind(String fileName) { this.fileName = fileName; }
        public String fileName() { return fileName; }
        public static Kind byFileName(String s) {
            for (Kind k : values()) if (k.fileName.equals(s)) return k;
            return null;
        }
    }

    public DatasetGenerator {
        if (n < 2 || n > MAX_EXAMPLES) throw new IllegalArgumentException("n must be in [2, " + MAX_EXAMPLES + "], got " + n);
        if (!(noise >= 0) || Double.isInfinite(noise)) throw new IllegalArgumentException("noise must be a finite number ≥ 0");
        if (!(flip >= 0 && flip <= 1)) throw new IllegalArgumentException("flip must be in [0, 1]");
    }

    /** Default ranges and weights per kind (used when the file leaves them out). */
    public static DatasetGenerator of(Kind kind, int n, double noise, long seed) {
        return switch (kind) {
            case LINE -> new DatasetGenerator(kind, n, noise, seed, new double[] {-1, 1}, null, new double[] {1, 0}, null, 0);
            case BLOBS -> new DatasetGenerator(kind, n, noise, seed, null, null, null, new double[] {1, 1}, 0);
            case TWO_FEATURES -> new DatasetGenerator(kind, n, noise, seed, new double[] {0, 1}, new double[] {100, 200},
                    new double[] {1, 1}, null, 0);
        };
    }

    public Dataset generate() {
        Random r = new Random(seed);
        double[] u = new double[n], v = new double[n], t = new double[n];
        switch (kind) {
            case LINE -> {
                for (int i = 0; i < n; i++) {
                    u[i] = uRange[0] + (uRange[1] - uRange[0]) * r.nextDouble();
                    v[i] = 1.0;
                    t[i] = weights[0] * u[i] + weights[1] + noise * r.nextGaussian();
                }
            }
            case TWO_FEATURES -> {
                for (int i = 0; i < n; i++) {
                    u[i] = uRange[0] + (uRange[1] - uRange[0]) * r.nextDouble();
                    v[i] = vRange[0] + (vRange[1] - vRange[0]) * r.nextDouble();
                    t[i] = weights[0] * u[i] + weights[1] * v[i] + noise * r.nextGaussian();
                }
            }
            case BLOBS -> {
                for (int i = 0; i < n; i++) {
                    double sign = (i % 2 == 0) ? 1 : -1;
                    u[i] = sign * center[0] + noise * r.nextGaussian();
                    v[i] = sign * center[1] + noise * r.nextGaussian();
                    t[i] = sign > 0 ? 1 : 0;
                }
                int flips = (int) Math.round(flip * n);
                int[] order = new int[n];
                for (int i = 0; i < n; i++) order[i] = i;
                for (int i = n - 1; i > 0; i--) { // Fisher–Yates: which labels to flip
                    int j = r.nextInt(i + 1);
                    int tmp = order[i]; order[i] = order[j]; order[j] = tmp;
                }
                for (int k = 0; k < flips; k++) t[order[k]] = 1 - t[order[k]];
            }
        }
        return new Dataset(u, v, t);
    }
}
