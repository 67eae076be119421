package org.saddlepoint.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LossKernelTest {
    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> configurations() {
        return MlpEvaluatorTest.configurations();
    }

    @ParameterizedTest(name = "{0} {1} bn={2}")
    @MethodSource("configurations")
    void sameLossAsTheBackpropEvaluator(Activation a, LossKind l, boolean bn) {
        DataSplit d = Datasets.generate("spirals", 300, 50, 0.1, 2);
        for (int classes : new int[] {2, 3}) {
            Mlp m = Mlp.of(new int[] {9, 7}, classes, a, l, bn);
            double[] t = m.initialize(new Random(4));
            for (int i = 0; i < t.length; i++) t[i] *= 3;
            MlpEvaluator ev = new MlpEvaluator(m);
            LossKernel k = new LossKernel(m, d.train());
            double ref = ev.loss(t, d.train(), null, 0, d.train().size());
            assertEquals(ref, k.loss(t), 1e-13 * Math.max(1, ref));
            NormStats st = ev.statistics(t, d.train());
            LossKernel test = new LossKernel(m, d.test());
            double refTest = ev.lossEval(t, d.test(), st);
            assertEquals(refTest, test.lossEval(t, k.statistics(t)), 1e-12 * Math.max(1, refTest));
        }
    }
}
