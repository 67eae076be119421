package org.saddlepoint.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import java.util.stream.Stream;

class MlpEvaluatorTest {
    static Stream<Arguments> configurations() {
        Stream.Builder<Arguments> b = Stream.builder();
        for (Activation a : Activation.values()) for (LossKind l : LossKind.values()) for (boolean bn : new boolean[] {false, true}) b.add(Arguments.of(a, l, bn));
        return b.build();
    }

    static final Dataset DATA = Datasets.generate("moons", 24, 0, 0.1, 5).train();

    static Mlp net(Activation a, LossKind l, boolean bn) {
        return Mlp.of(new int[] {5, 4}, 3 - 1, a, l, bn);
    }

    static double[] theta(Mlp m, long seed) {
        double[] t = m.initialize(new Random(seed));
        Random r = new Random(seed + 1);
        for (int i = 0; i < t.length; i++) t[i] += 0.3 * r.nextGaussian(); // move γ, β off 1, 0 too
        return t;
    }

    @ParameterizedTest(name = "{0} {1} bn={2}")
    @MethodSource("configurations")
    void forwardMatchesNaiveReference(Activation a, LossKind l, boolean bn) {
        Mlp m = net(a, l, bn);
        double[] t = theta(m, 3);
        double got = new MlpEvaluator(m).loss(t, DATA, null, 0, DATA.size());
        assertEquals(NaiveMlp.loss(m, t, DATA), got, 1e-12);
    }

    @ParameterizedTest(name = "{0} {1} bn={2}")
    @MethodSource("configurations")
    void backpropMatchesCentralDifferences(Activation a, LossKind l, boolean bn) {
        Mlp m = net(a, l, bn);
        double[] t = theta(m, 7);
        MlpEvaluator ev = new MlpEvaluator(m);
        int[] idx = {3, 1, 4, 15, 9, 2, 6, 5, 20, 11};
        double[] g = new double[t.length];
        double loss = ev.gradient(t, DATA, idx, 1, 9, g);
        assertEquals(ev.loss(t, DATA, idx, 1, 9), loss, 0);
        double h = 1e-6;
        for (int i = 0; i < t.length; i++) {
            double old = t[i];
            t[i] = old + h;
            double up = ev.loss(t, DATA, idx, 1, 9);
            t[i] = old - h;
            double dn = ev.loss(t, DATA, idx, 1, 9);
            t[i] = old;
            double fd = (up - dn) / (2 * h);
            assertEquals(fd, g[i], 1e-7 + 1e-6 * Math.abs(fd), "∂L/∂θ[" + i + "]");
        }
    }

    @ParameterizedTest(name = "{0} {1} bn={2}")
    @MethodSource("configurations")
    void hessianVectorMatchesDifferencesOfGradientsAndIsSymmetric(Activation a, LossKind l, boolean bn) {
        Mlp m = net(a, l, bn);
        double[] t = theta(m, 11);
        MlpEvaluator ev = new MlpEvaluator(m);
        Random r = new Random(13);
        double[] v = new double[t.length], u = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            v[i] = r.nextGaussian();
            u[i] = r.nextGaussian();
        }
        double[] hv = new double[t.length], hu = new double[t.length], g = new double[t.length], g0 = new double[t.length];
        int n = DATA.size();
        double loss = ev.hessianVector(t, v, DATA, null, 0, n, g, hv);
        ev.gradient(t, DATA, null, 0, n, g0);
        assertEquals(ev.loss(t, DATA, null, 0, n), loss, 0);
        for (int i = 0; i < t.length; i++) assertEquals(g0[i], g[i], 1e-14, "gradient from the HVP pass");
        double h = 1e-5;
        double[] tp = t.clone(), tm = t.clone(), gp = new double[t.length], gm = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            tp[i] += h * v[i];
            tm[i] -= h * v[i];
        }
        ev.gradient(tp, DATA, null, 0, n, gp);
        ev.gradient(tm, DATA, null, 0, n, gm);
        double norm = 0;
        for (double x : hv) norm = Math.max(norm, Math.abs(x));
        for (int i = 0; i < t.length; i++) {
            double fd = (gp[i] - gm[i]) / (2 * h);
            assertEquals(fd, hv[i], 1e-6 * (1 + norm), "(Hv)[" + i + "]");
        }
        ev.hessianVector(t, u, DATA, null, 0, n, null, hu);
        double uHv = 0, vHu = 0;
        for (int i = 0; i < t.length; i++) {
            uHv += u[i] * hv[i];
            vHu += v[i] * hu[i];
        }
        assertEquals(uHv, vHu, 1e-10 * (1 + Math.abs(uHv)), "uᵀHv = vᵀHu");
    }

    @ParameterizedTest(name = "{0} {1} bn={2}")
    @MethodSource("configurations")
    void evalModeWithTrainingStatisticsEqualsFullBatchTrainMode(Activation a, LossKind l, boolean bn) {
        Mlp m = net(a, l, bn);
        double[] t = theta(m, 17);
        MlpEvaluator ev = new MlpEvaluator(m);
        NormStats st = ev.statistics(t, DATA);
        assertEquals(ev.loss(t, DATA, null, 0, DATA.size()), ev.lossEval(t, DATA, st), 1e-12);
        double[] probs = new double[DATA.size() * 2];
        ev.probabilities(t, DATA.x(), DATA.size(), st, probs);
        for (int i = 0; i < DATA.size(); i++) {
            assertEquals(1, probs[2 * i] + probs[2 * i + 1], 1e-12);
            assertTrue(probs[2 * i] >= 0 && probs[2 * i] <= 1);
        }
    }
}
