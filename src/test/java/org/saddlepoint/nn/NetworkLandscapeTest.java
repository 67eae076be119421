package org.saddlepoint.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.saddlepoint.surface.PointFunction;
import org.saddlepoint.surface.ScalarGrid;

class NetworkLandscapeTest {
    static final DataSplit DATA = Datasets.generate("moons", 80, 40, 0.1, 6);

    static NetworkLandscape landscape(boolean bn) {
        Mlp m = Mlp.of(new int[] {6, 6}, 2, Activation.TANH, LossKind.CROSS_ENTROPY, bn);
        double[] th = m.initialize(new Random(3));
        return new NetworkLandscape(m, DATA.train(), th, DirectionMaker.filterNormalized(m, th, 4));
    }

    @Test
    void directionalDerivativesMatchDifferences() {
        for (boolean bn : new boolean[] {false, true}) {
            NetworkLandscape s = landscape(bn);
            PointFunction f = s.newEvaluator();
            double a = 0.3, b = -0.2, h = 1e-5;
            double[] g = new double[2], hh = new double[3], gp = new double[2], gm = new double[2];
            double v = f.gradient(a, b, g);
            assertEquals(f.value(a, b), v, 0);
            assertEquals((f.value(a + h, b) - f.value(a - h, b)) / (2 * h), g[0], 1e-7);
            assertEquals((f.value(a, b + h) - f.value(a, b - h)) / (2 * h), g[1], 1e-7);
            f.hessian(a, b, hh);
            f.gradient(a + h, b, gp);
            f.gradient(a - h, b, gm);
            assertEquals((gp[0] - gm[0]) / (2 * h), hh[0], 1e-6);
            assertEquals((gp[1] - gm[1]) / (2 * h), hh[1], 1e-6);
            f.gradient(a, b + h, gp);
            f.gradient(a, b - h, gm);
            assertEquals((gp[1] - gm[1]) / (2 * h), hh[2], 1e-6);
            double[] th = new double[s.center().length];
            s.point(a, b, th);
            assertEquals(new NetworkObjective(s.mlp(), DATA.train()).value(th), v, 0);
            assertEquals(80, s.exampleCount());
        }
    }

    @Test
    void gridMatchesPointValuesOnAnyThreadCount() {
        for (boolean bn : new boolean[] {false, true}) {
            NetworkLandscape s = landscape(bn);
            ScalarGrid one = s.grid(1.0, 7, DATA.train(), 1, p -> { }, () -> false);
            ScalarGrid two = s.grid(1.0, 7, DATA.train(), 2, p -> { }, () -> false);
            assertArrayEquals(one.values(), two.values(), 0);
            PointFunction f = s.newEvaluator();
            for (int iy = 0; iy < 7; iy++) for (int ix = 0; ix < 7; ix++) assertEquals(f.value(one.x(ix), one.y(iy)), one.at(ix, iy), 1e-14);
            double[] row = new double[7];
            s.newRowEvaluator().valueRow(one.y(2), one.x(0), one.x(1) - one.x(0), 7, row, 0);
            for (int ix = 0; ix < 7; ix++) assertEquals(one.at(ix, 2), row[ix], 1e-14);
            ScalarGrid test = s.grid(1.0, 3, DATA.test(), 2, p -> { }, () -> false);
            MlpEvaluator ev = new MlpEvaluator(s.mlp());
            double[] th = new double[s.center().length];
            s.point(1.0, -1.0, th);
            assertEquals(ev.lossEval(th, DATA.test(), ev.statistics(th, DATA.train())), test.at(2, 0), 1e-14);
        }
    }

    @Test
    void cancelsAndReportsProgress() {
        NetworkLandscape s = landscape(false);
        double[] last = {0};
        s.grid(0.5, 5, DATA.train(), 1, p -> last[0] = p, () -> false);
        assertEquals(1.0, last[0], 0);
        assertThrows(CancellationException.class, () -> s.grid(0.5, 5, DATA.train(), 2, p -> { }, () -> true));
        ScalarGrid[] coarse = {null};
        ScalarGrid fine = s.coarseThenFine(0.5, 3, 5, g -> coarse[0] = g, 2, p -> { }, () -> false);
        assertEquals(3, coarse[0].nx());
        assertEquals(5, fine.nx());
        assertEquals(coarse[0].at(1, 1), fine.at(2, 2), 1e-14);
    }
}
