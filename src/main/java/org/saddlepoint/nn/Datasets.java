package org.saddlepoint.nn;

import java.util.Locale;
import java.util.Random;

/**
 * Seeded toy 2D classification data sets (the classic playground ones). Each generator draws
 * {@code train + test} points from one {@link Random}{@code (seed)} so the split is reproducible;
 * classes alternate (balanced) except for {@code xor}, whose label
 * follows from the point.
 *
 * <ul>
 *   <li>{@code spirals}: two interleaved arms, radius t/3 at angle 1.75·t + cπ for t in (0.25, 3], noise added.</li>
 *   <li>{@code circles}: inner circle r = 0.5 (class 1) inside outer r = 1 (class 0), noise added.</li>
 *   <li>{@code xor}: uniform in [−1, 1]², class = [x·y < 0], points within 0.05 of an axis nudged out.</li>
 *   <li>{@code gaussians}: N((−1, −1), σ²I) vs N((1, 1), σ²I) with σ = max(noise, 0.1)·3.</li>
 *   <li>{@code moons}: sklearn's make_moons (upper half circle vs shifted lower half).</li>
 * </ul>
 */
public final class Datasets {
    public static final String[] NAMES = {"spirals", "circles", "xor", "gaussians", "moons"};

    private Datasets() { }

    /** Generates {@code name} with {@code train} and {@code test} points, Gaussian noise σ = {@code noise}. */
    public static DataSplit generate(String name, int train, int test, double noise, long seed) {
        if (train < 2 || test < 0) throw new IllegalArgumentException("need train ≥ 2 and test ≥ 0 points");
        if (!(noise >= 0)) throw new IllegalArgumentException("noise must be ≥ 0");
        String n = name.toLowerCase(Locale.ROOT);
        Random rnd = new Random(seed);
        int total = train + test;
        double[] x = new double[2 * total];
        int[] y = new int[total];
        for (int i = 0; i < total; i++) {
            int c = i % 2;
            y[i] = c;
            double[] p = switch (n) {
                case "spirals" -> spiral(rnd, c, noise);
                case "circles" -> circle(rnd, c, noise);
                case "xor" -> xor(rnd, y, i, noise);
                case "gaussians" -> gaussian(rnd, c, noise);
                case "moons" -> moon(rnd, c, noise);
                default -> throw new IllegalArgumentException("unknown dataset '" + name + "' (expected " + String.join(", ", NAMES) + ")");
            };
            x[2 * i] = p[0];
            x[2 * i + 1] = p[1];
        }
        double[] xt = java.util.Arrays.copyOf(x, 2 * train);
        double[] xs = java.util.Arrays.copyOfRange(x, 2 * train, 2 * total);
        int[] yt = java.util.Arrays.copyOf(y, train);
        int[] ys = java.util.Arrays.copyOfRange(y, train, total);
        return new DataSplit(new Dataset(n, xt, yt, 2), new Dataset(n, xs, ys, 2));
    }

    private static double[] spiral(Random r, int c, double noise) {
        double t = 0.25 + 2.75 * Math.sqrt(r.nextDouble()); // radius in (0.25, 3], denser further out
        double angle = 1.75 * t + c * Math.PI;
        return new double[] {t * Math.cos(angle) / 3 + noise * r.nextGaussian(), t * Math.sin(angle) / 3 + noise * r.nextGaussian()};
    }

    private static double[] circle(Random r, int c, double noise) {
        double a = 2 * Math.PI * r.nextDouble(), rad = c == 1 ? 0.5 : 1.0;
        return new double[] {rad * Math.cos(a) + noise * r.nextGaussian(), rad * Math.sin(a) + noise * r.nextGaussian()};
    }

    private static double[] xor(Random r, int[] y, int i, double noise) {
        double a, b;
        do {
            a = 2 * r.nextDouble() - 1;
            b = 2 * r.nextDouble() - 1;
        } while (Math.abs(a) < 0.05 || Math.abs(b) < 0.05);
        y[i] = a * b < 0 ? 1 : 0;
        return new double[] {a + noise * r.nextGaussian(), b + noise * r.nextGaussian()};
    }

    private static double[] gaussian(Random r, int c, double noise) {
        double s = 3 * Math.max(noise, 0.1), m = c == 0 ? -1 : 1;
        return new double[] {m + s * r.nextGaussian(), m + s * r.nextGaussian()};
    }

    private static double[] moon(Random r, int c, double noise) {
        double t = Math.PI * r.nextDouble();
        double px = c == 0 ? Math.cos(t) : 1 - Math.cos(t);
        double py = c == 0 ? Math.sin(t) : 0.5 - Math.sin(t);
        return new double[] {px + noise * r.nextGaussian(), py + noise * r.nextGaussian()};
    }
}
