package org.saddlepoint.surface;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Data surfaces against direct per-example formulas written out here, and against differences. */
class DataSurfaceTest {
    private static Dataset randomData(long seed, int n, boolean binaryTargets) {
        Random r = new Random(seed);
        double[] u = new double[n], v = new double[n], t = new double[n];
        for (int i = 0; i < n; i++) {
            u[i] = r.nextGaussian();
            v[i] = 0.5 + r.nextDouble();
            t[i] = binaryTargets ? r.nextInt(2) : r.nextDouble();
        }
        return new Dataset(u, v, t);
    }

    /** The per-example loss written directly from its definition (no shared code with DataSurface). */
    private static double directLoss(Activation a, LossFunction l, double z, double t) {
        if (l == LossFunction.CROSS_ENTROPY) {
            // −t·log σ(z) − (1−t)·log(1 − σ(z)) with log σ(z) = −log(1 + e^{−z}), 1 − σ(z) = σ(−z)
            return t * Math.log1p(Math.exp(-z)) + (1 - t) * Math.log1p(Math.exp(z));
        }
        double out = switch (a) {
            case IDENTITY -> z;
            case SIGMOID -> 1 / (1 + Math.exp(-z));
            case TANH -> Math.tanh(z);
            case RELU -> Math.max(0, z);
        };
        return (out - t) * (out - t);
    }

    private static final Object[][] MODELS = {
        {Activation.IDENTITY, LossFunction.MSE}, {Activation.SIGMOID, LossFunction.MSE},
        {Activation.TANH, LossFunction.MSE}, {Activation.RELU, LossFunction.MSE},
        {Activation.SIGMOID, LossFunction.CROSS_ENTROPY},
    };

    @Test
    void valueIsTheMeanOfThePerExampleLossAndFullBatchGradientIsTheGradient() {
        Dataset d = randomData(5, 37, true);
        double[] u = d.u(), v = d.v(), t = d.t();
        Random r = new Random(17);
        for (Object[] m : MODELS) {
            Activation a = (Activation) m[0];
            LossFunction l = (LossFunction) m[1];
            DataSurface s = new DataSurface(d, a, l);
            assertEquals(37, s.exampleCount());
            assertTrue(s.isDataSurface());
            PointFunction f = s.newEvaluator();
            int[] all = new int[37];
            for (int i = 0; i < all.length; i++) all[i] = i;
            for (int k = 0; k < 20; k++) {
                double x = 4 * r.nextGaussian(), y = 4 * r.nextGaussian();
                double direct = 0;
                for (int i = 0; i < u.length; i++) direct += directLoss(a, l, x * u[i] + y * v[i], t[i]);
                direct /= u.length;
                assertEquals(direct, f.value(x, y), 1e-12 * (1 + Math.abs(direct)), a + "/" + l);
                double[] g = new double[2], gb = new double[2];
                double value = f.gradient(x, y, g);
                assertEquals(value, f.value(x, y), 0.0, "value's own loop gives the bits of the full pass, " + a + "/" + l);
                double batchValue = f.batchGradient(x, y, all, 0, all.length, gb);
                assertEquals(value, batchValue, 1e-14 * (1 + Math.abs(value)));
                assertArrayEquals(g, gb, 1e-14 * (1 + Math.abs(g[0]) + Math.abs(g[1])));
            }
        }
    }

    @Test
    void batchGradientIsTheMeanOverTheChosenExamples() {
        Dataset d = randomData(8, 10, false);
        DataSurface s = new DataSurface(d, Activation.TANH, LossFunction.MSE);
        PointFunction f = s.newEvaluator();
        int[] idx = {9, 3, 3, 0, 7};
        double[] g = new double[2];
        double value = f.batchGradient(0.4, -0.8, idx, 1, 4, g); // examples 3, 3, 0
        double[] sub = new double[2], gi = new double[2];
        double vs = 0;
        for (int i : new int[] {3, 3, 0}) {
            Dataset one = new Dataset(new double[] {d.u()[i]}, new double[] {d.v()[i]}, new double[] {d.t()[i]});
            vs += new DataSurface(one, Activation.TANH, LossFunction.MSE).newEvaluator().gradient(0.4, -0.8, gi);
            sub[0] += gi[0];
            sub[1] += gi[1];
        }
        assertEquals(vs / 3, value, 1e-14);
        assertEquals(sub[0] / 3, g[0], 1e-14);
        assertEquals(sub[1] / 3, g[1], 1e-14);
        assertThrows(IllegalArgumentException.class, () -> f.batchGradient(0, 0, idx, 2, 2, g));
    }

    @Test
    void everyModelMatchesCentralDifferences() {
        Dataset d = randomData(3, 25, false);
        Random r = new Random(4);
        for (Object[] m : MODELS) {
            PointFunction f = new DataSurface(d, (Activation) m[0], (LossFunction) m[1]).newEvaluator();
            double[] g = new double[2], h = new double[3], gp = new double[2], gm = new double[2];
            for (int k = 0; k < 30; k++) {
                double x = 2 * r.nextGaussian(), y = 2 * r.nextGaussian(), e = 1e-5;
                f.gradient(x, y, g);
                f.hessian(x, y, h);
                assertEquals((f.value(x + e, y) - f.value(x - e, y)) / (2 * e), g[0], 1e-6 * (1 + Math.abs(g[0])), m[0] + "/" + m[1]);
                assertEquals((f.value(x, y + e) - f.value(x, y - e)) / (2 * e), g[1], 1e-6 * (1 + Math.abs(g[1])));
                f.gradient(x + e, y, gp);
                f.gradient(x - e, y, gm);
                assertEquals((gp[0] - gm[0]) / (2 * e), h[0], 1e-5 * (1 + Math.abs(h[0])), m[0] + "/" + m[1] + " fxx");
                assertEquals((gp[1] - gm[1]) / (2 * e), h[1], 1e-5 * (1 + Math.abs(h[1])));
                f.gradient(x, y + e, gp);
                f.gradient(x, y - e, gm);
                assertEquals((gp[0] - gm[0]) / (2 * e), h[1], 1e-5 * (1 + Math.abs(h[1])));
                assertEquals((gp[1] - gm[1]) / (2 * e), h[2], 1e-5 * (1 + Math.abs(h[2])));
            }
        }
    }

    @Test
    void crossEntropyIsStableForHugeLogits() {
        Dataset d = new Dataset(new double[] {1, -1}, new double[] {0, 0}, new double[] {0, 1});
        PointFunction f = new DataSurface(d, Activation.SIGMOID, LossFunction.CROSS_ENTROPY).newEvaluator();
        // z = ±1000 on the wrong side for both examples: ℓ = softplus(1000) = 1000 each
        assertEquals(1000, f.value(1000, 0), 1e-9);
        double[] g = new double[2];
        f.gradient(1000, 0, g);
        assertEquals(1.0, g[0], 1e-12); // mean of (σ − t)·u = ((1−0)·1 + (0−1)·(−1))/2
        // right side: loss and gradient tiny but finite, not NaN
        assertEquals(0, f.value(-1000, 0), 1e-300);
        f.gradient(-1000, 0, g);
        assertTrue(Double.isFinite(g[0]) && Math.abs(g[0]) < 1e-300);
    }

    @Test
    void reluDerivativeAtZeroIsZeroAndCrossEntropyNeedsSigmoid() {
        Dataset d = new Dataset(new double[] {1}, new double[] {1}, new double[] {2});
        PointFunction f = new DataSurface(d, Activation.RELU, LossFunction.MSE).newEvaluator();
        double[] g = new double[2];
        f.gradient(0.5, -0.5, g); // z = 0 exactly: step(0) = 0
        assertArrayEquals(new double[] {0, 0}, g);
        assertThrows(IllegalArgumentException.class, () -> new DataSurface(d, Activation.TANH, LossFunction.CROSS_ENTROPY));
    }

    @Test
    void generatorIsSeededAndNormalizeStandardizesEachFeature() {
        DatasetGenerator gen = DatasetGenerator.of(DatasetGenerator.Kind.TWO_FEATURES, 200, 0.1, 42);
        Dataset a = gen.generate(), b = gen.generate();
        assertEquals(a, b);
        for (double x : a.u()) assertTrue(x >= 0 && x <= 1);
        for (double x : a.v()) assertTrue(x >= 100 && x <= 200);
        Dataset n = a.standardized();
        for (double[] col : new double[][] {n.u(), n.v()}) {
            double m = 0, s = 0;
            for (double x : col) m += x;
            m /= col.length;
            for (double x : col) s += (x - m) * (x - m);
            assertEquals(0, m, 1e-12);
            assertEquals(1, s / col.length, 1e-12);
        }
        assertArrayEquals(a.t(), n.t());
        Dataset blobs = new DatasetGenerator(DatasetGenerator.Kind.BLOBS, 40, 0.5, 1, null, null, null,
                new double[] {2, 1}, 0.25).generate();
        int flipped = 0;
        for (int i = 0; i < 40; i++) if (blobs.t()[i] != (i % 2 == 0 ? 1 : 0)) flipped++;
        assertEquals(10, flipped);
        Dataset line = DatasetGenerator.of(DatasetGenerator.Kind.LINE, 10, 0, 3).generate();
        assertThrows(IllegalArgumentException.class, line::standardized, "v = 1 is constant");
        for (int i = 0; i < 10; i++) assertEquals(line.u()[i], line.t()[i], 1e-15, "w = (1, 0), no noise: t = u");
    }
}
