package org.saddlepoint.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class HvpKernelTest {
    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> configurations() {
        return MlpEvaluatorTest.configurations();
    }

    @ParameterizedTest(name = "{0} {1} bn={2}")
    @MethodSource("configurations")
    void sameLossGradientAndHvpsAsTheEjmlEvaluator(Activation a, LossKind l, boolean bn) {
        Dataset d = Datasets.generate("circles", 90, 0, 0.1, 8).train();
        for (int classes : new int[] {2, 3}) {
            Mlp m = Mlp.of(new int[] {6, 5}, classes, a, l, bn);
            double[] t = m.initialize(new Random(5));
            Random r = new Random(6);
            for (int i = 0; i < t.length; i++) t[i] += 0.3 * r.nextGaussian();
            MlpEvaluator ev = new MlpEvaluator(m);
            HvpKernel k = new HvpKernel(m, d);
            double[] g = new double[t.length];
            double loss = ev.gradient(t, d, null, 0, d.size(), g);
            assertEquals(loss, k.prepare(t), 1e-13 * Math.max(1, loss));
            double[] kg = k.gradient();
            for (int i = 0; i < t.length; i++) assertEquals(g[i], kg[i], 1e-13, "∂L/∂θ[" + i + "]");
            for (int rep = 0; rep < 3; rep++) {
                double[] v = new double[t.length], hv = new double[t.length], khv = new double[t.length];
                for (int i = 0; i < t.length; i++) v[i] = r.nextGaussian();
                ev.hessianVector(t, v, d, null, 0, d.size(), null, hv);
                k.apply(v, khv);
                for (int i = 0; i < t.length; i++) assertEquals(hv[i], khv[i], 1e-11 * (1 + Math.abs(hv[i])), "(Hv)[" + i + "]");
            }
        }
    }
}
