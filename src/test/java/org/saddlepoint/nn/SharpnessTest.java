package org.saddlepoint.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.saddlepoint.surface.ScalarGrid;

/** Sharpness numbers against independent evaluations: MlpEvaluator per point and EJML's full eigendecomposition. */
class SharpnessTest {
    private static final DataSplit DATA = NetworkLandscapeTest.DATA;

    @Test void ringRiseIsTheMeanLossOnTheCircleMinusTheCentre() {
        NetworkLandscape s = NetworkLandscapeTest.landscape(false);
        double r = 0.4;
        for (Dataset data : new Dataset[] {DATA.train(), DATA.test()}) {
            Sharpness sh = Sharpness.of(s, data, r, 5);
            MlpEvaluator ev = new MlpEvaluator(s.mlp());
            double[] th = new double[s.center().length];
            s.point(0, 0, th);
            double centre = ev.loss(th, data, null, 0, data.size()), ring = 0;
            for (int i = 0; i < 32; i++) {
                double phi = 2 * Math.PI * i / 32;
                s.point(r * Math.cos(phi), r * Math.sin(phi), th);
                ring += ev.loss(th, data, null, 0, data.size());
            }
            ring /= 32;
            assertEquals(centre, sh.centre(), 1e-12);
            assertEquals(ring - centre, sh.rise(), 1e-12);
            assertEquals(r, sh.radius());
            assertTrue(sh.rise() != 0, "a random point is no flat plateau");
        }
    }

    @Test void lambdaMaxIsTheLargestEigenvalueOfTheFullHessianOnThatSet() {
        NetworkLandscape s = NetworkLandscapeTest.landscape(false);
        for (Dataset data : new Dataset[] {DATA.train(), DATA.test()}) {
            NetworkObjective obj = new NetworkObjective(s.mlp(), data);
            int n = s.mlp().parameterCount();
            double exact = Spectrum.ofSymmetric(obj.fullHessian(s.center(), 1), n).largest(0);
            double lanczos = Sharpness.of(s, data, 0.5, 9).lambdaMax();
            assertEquals(exact, lanczos, 1e-8 * Math.abs(exact));
        }
    }

    @Test void withBatchNormTheTestSideHasNoLambdaButARiseInEvalMode() {
        NetworkLandscape s = NetworkLandscapeTest.landscape(true);
        Sharpness test = Sharpness.of(s, DATA.test(), 0.5, 1);
        assertTrue(Double.isNaN(test.lambdaMax()), "the plotted test loss is eval mode; the HVP kernel is train mode");
        assertFalse(Double.isNaN(Sharpness.of(s, DATA.train(), 0.5, 1).lambdaMax()));
        // the centre value is the test grid's centre (eval mode with the training statistics)
        ScalarGrid g = s.grid(0.5, 3, DATA.test(), 1, p -> { }, () -> false);
        assertEquals(g.at(1, 1), test.centre(), 1e-14);
    }

    @Test void valuesAtGridNodesAreTheGridsValues() {
        for (boolean bn : new boolean[] {false, true}) {
            NetworkLandscape s = NetworkLandscapeTest.landscape(bn);
            for (Dataset data : new Dataset[] {DATA.train(), DATA.test()}) {
                ScalarGrid g = s.grid(1.0, 5, data, 2, p -> { }, () -> false);
                double[] a = new double[25], b = new double[25];
                for (int i = 0; i < 25; i++) {
                    a[i] = g.x(i % 5);
                    b[i] = g.y(i / 5);
                }
                double[] v = s.values(a, b, data);
                for (int i = 0; i < 25; i++) assertEquals(g.values()[i], v[i], 0, "bn " + bn + " at " + i);
            }
        }
    }
}
