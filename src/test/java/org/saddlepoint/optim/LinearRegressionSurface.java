package org.saddlepoint.optim;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.saddlepoint.surface.PointFunction;
import org.saddlepoint.surface.Surface;

/**
 * A data surface for tests: N examples (aᵢ, bᵢ), per-example loss ℓᵢ = ½(x·aᵢ + y − bᵢ)²,
 * f = mean ℓᵢ. Records the index ranges its batch gradients were asked for.
 */
final class LinearRegressionSurface implements Surface {
    final double[] a, b;
    final List<int[]> batches = new ArrayList<>();

    LinearRegressionSurface(int n, long seed) {
        Random r = new Random(seed);
        a = new double[n];
        b = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = r.nextGaussian();
            b[i] = 2 * a[i] - 1 + 0.5 * r.nextGaussian();
        }
    }

    @Override public int exampleCount() { return a.length; }

    @Override public String describe() { return "linear regression on " + a.length + " examples"; }

    @Override public PointFunction newEvaluator() {
        return new PointFunction() {
            @Override public double value(double x, double y) {
                double s = 0;
                for (int i = 0; i < a.length; i++) {
                    double r = x * a[i] + y - b[i];
                    s += 0.5 * r * r;
                }
                return s / a.length;
            }

            @Override public double gradient(double x, double y, double[] g) {
                double s = 0, gx = 0, gy = 0;
                for (int i = 0; i < a.length; i++) {
                    double r = x * a[i] + y - b[i];
                    s += 0.5 * r * r;
                    gx += r * a[i];
                    gy += r;
                }
                g[0] = gx / a.length;
                g[1] = gy / a.length;
                return s / a.length;
            }

            @Override public void hessian(double x, double y, double[] h) {
                double aa = 0, sa = 0;
                for (double ai : a) {
                    aa += ai * ai;
                    sa += ai;
                }
                h[0] = aa / a.length;
                h[1] = sa / a.length;
                h[2] = 1;
            }

            @Override public double batchGradient(double x, double y, int[] idx, int from, int to, double[] g) {
                int[] batch = new int[to - from];
                System.arraycopy(idx, from, batch, 0, batch.length);
                batches.add(batch);
                double s = 0, gx = 0, gy = 0;
                for (int k = from; k < to; k++) {
                    int i = idx[k];
                    double r = x * a[i] + y - b[i];
                    s += 0.5 * r * r;
                    gx += r * a[i];
                    gy += r;
                }
                int m = to - from;
                g[0] = gx / m;
                g[1] = gy / m;
                return s / m;
            }
        };
    }
}
