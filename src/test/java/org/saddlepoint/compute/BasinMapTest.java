package org.saddlepoint.compute;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.saddlepoint.optim.OptimizerKind;
import org.saddlepoint.optim.OptimizerSpec;
import org.saddlepoint.surface.Domain;
import org.saddlepoint.surface.ExpressionSurface;

class BasinMapTest {
    static final ExpressionSurface HIMMELBLAU = BenchmarkSurfaces.HIMMELBLAU.surface();
    /** The four minima of Himmelblau's function (f = 0), (3, 2) exactly. */
    static final double[][] HIMMELBLAU_MINIMA = {{3, 2}, {-2.805118086952745, 3.131312518250573},
        {-3.779310253377747, -3.283185991286170}, {3.584428340330492, -1.848126526964404}};

    static OptimizerSpec gd(double lr) { return OptimizerSpec.defaults(OptimizerKind.SGD).withLr(lr); }

    @Test void himmelblauWithPlainGradientDescentHasFourBasins() {
        int n = 41;
        BasinMap.Result r = BasinMap.compute(HIMMELBLAU, BasinMap.Spec.of(gd(0.005), new Domain(-5, 5, -5, 5), n, 5000));
        assertEquals(4, r.attractors().size(), r.attractors().toString());
        assertEquals(0, r.count(BasinMap.DIVERGED));
        assertEquals(0, r.count(BasinMap.NOT_CONVERGED));
        for (double[] m : HIMMELBLAU_MINIMA) {
            int label = labelNear(r, m);
            BasinMap.Attractor a = r.attractors().get(label);
            assertEquals(StationaryKind.MINIMUM, a.kind());
            assertEquals(0, a.value(), 1e-10);
            assertTrue(a.starts() > n * n / 10, "each minimum owns a real region: " + a);
            // the start nearest the minimum lies in its basin
            int ix = (int) Math.round((m[0] + 5) / 10 * (n - 1)), iy = (int) Math.round((m[1] + 5) / 10 * (n - 1));
            assertEquals(label, r.label(ix, iy));
        }
        // the quadrant corners belong to the minimum of their quadrant
        assertEquals(labelNear(r, HIMMELBLAU_MINIMA[0]), r.label(n - 1, n - 1));
        assertEquals(labelNear(r, HIMMELBLAU_MINIMA[1]), r.label(0, n - 1));
        assertEquals(labelNear(r, HIMMELBLAU_MINIMA[2]), r.label(0, 0));
        assertEquals(labelNear(r, HIMMELBLAU_MINIMA[3]), r.label(n - 1, 0));
    }

    @Test void givenMinimaGiveTheSamePartitionAsClustering() {
        Domain d = new Domain(-5, 5, -5, 5);
        BasinMap.Result clustered = BasinMap.compute(HIMMELBLAU, BasinMap.Spec.of(gd(0.005), d, 24, 5000));
        BasinMap.Result given = BasinMap.compute(HIMMELBLAU, BasinMap.Spec.of(gd(0.005), d, 24, 5000).withMinima(List.of(HIMMELBLAU_MINIMA)));
        int[] map = new int[4];
        for (int k = 0; k < 4; k++) map[labelNear(clustered, HIMMELBLAU_MINIMA[k])] = k;
        for (int i = 0; i < clustered.labels().length; i++) assertEquals(map[clustered.labels()[i]], given.labels()[i]);
        assertArrayEquals(clustered.steps(), given.steps());
    }

    @Test void symmetricDoubleWellHasMirrorSymmetricBasins() {
        ExpressionSurface well = ExpressionSurface.of("(x^2 - 1)^2 + y^2");
        int n = 40; // even: no start on the ridge x = 0
        BasinMap.Result r = BasinMap.compute(well, BasinMap.Spec.of(gd(0.05), new Domain(-2, 2, -2, 2), n, 2000));
        assertEquals(2, r.attractors().size());
        int left = r.attractors().get(0).x() < 0 ? 0 : 1, right = 1 - left;
        assertEquals(-1, r.attractors().get(left).x(), 1e-6);
        assertEquals(1, r.attractors().get(right).x(), 1e-6);
        for (int iy = 0; iy < n; iy++) {
            for (int ix = 0; ix < n; ix++) {
                assertEquals(ix < n / 2 ? left : right, r.label(ix, iy), "start (" + ix + "," + iy + ")");
                assertEquals(r.steps()[iy * n + ix], r.steps()[iy * n + (n - 1 - ix)], "mirror x");
                assertEquals(r.steps()[iy * n + ix], r.steps()[(n - 1 - iy) * n + ix], "mirror y");
            }
        }
        assertEquals(n * n / 2, r.attractors().get(left).starts());
    }

    @Test void stepsMatchTheClosedFormOnABowl() {
        // f = x² + y², GD with η = 1/4: θ_k = θ₀/2^k, ‖∇f(θ_k)‖ = 2‖θ₀‖/2^k ≤ tol ⇔ k ≥ log₂(2‖θ₀‖/tol)
        ExpressionSurface bowl = ExpressionSurface.of("x^2 + y^2");
        double tol = 1e-6;
        BasinMap.Result r = BasinMap.compute(bowl, BasinMap.Spec.of(gd(0.25), new Domain(-1, 1, -1, 1), 5, 100).withGradientTolerance(tol));
        for (int iy = 0; iy < 5; iy++) {
            for (int ix = 0; ix < 5; ix++) {
                double x = -1 + ix * 0.5, y = -1 + iy * 0.5, norm = Math.hypot(x, y);
                int expected = norm == 0 ? 0 : (int) Math.ceil(Math.log(2 * norm / tol) / Math.log(2));
                assertEquals(expected, r.steps()[iy * 5 + ix], "start " + x + "," + y);
                assertEquals(0, r.label(ix, iy));
            }
        }
    }

    @Test void tooLargeLearningRateDivergesEverywhereExceptTheMinimumItself() {
        ExpressionSurface bowl = ExpressionSurface.of("x^2 + y^2");
        BasinMap.Result r = BasinMap.compute(bowl, BasinMap.Spec.of(gd(1.5), new Domain(-1, 1, -1, 1), 5, 200));
        for (int i = 0; i < 25; i++) assertEquals(i == 12 ? 0 : BasinMap.DIVERGED, r.labels()[i], "start " + i);
        // |θ_k| = 2^k |θ₀| passes 1e10 at step 34 or 35
        assertTrue(r.steps()[0] >= 33 && r.steps()[0] <= 35, "steps " + r.steps()[0]);
    }

    @Test void tooFewStepsLeaveStartsNotConverged() {
        BasinMap.Result r = BasinMap.compute(HIMMELBLAU, BasinMap.Spec.of(gd(0.0001), new Domain(-5, 5, -5, 5), 6, 3)
                .withMinima(List.of(HIMMELBLAU_MINIMA)));
        assertEquals(36, r.count(BasinMap.NOT_CONVERGED));
        for (int s : r.steps()) assertEquals(3, s);
    }

    @Test void progressAndCancel() {
        AtomicInteger polls = new AtomicInteger();
        assertThrows(CancellationException.class, () -> BasinMap.compute(HIMMELBLAU,
                BasinMap.Spec.of(gd(0.005), new Domain(-5, 5, -5, 5), 64, 1000), p -> { }, () -> polls.incrementAndGet() > 5));
        double[] last = {0};
        BasinMap.compute(HIMMELBLAU, BasinMap.Spec.of(gd(0.005), new Domain(-5, 5, -5, 5), 8, 10), p -> last[0] = Math.max(last[0], p), () -> false);
        assertEquals(1.0, last[0]);
    }

    static int labelNear(BasinMap.Result r, double[] m) {
        for (int i = 0; i < r.attractors().size(); i++) {
            BasinMap.Attractor a = r.attractors().get(i);
            if (Math.hypot(a.x() - m[0], a.y() - m[1]) < 1e-4) return i;
        }
        throw new AssertionError("no attractor at " + m[0] + "," + m[1] + " in " + r.attractors());
    }
}
