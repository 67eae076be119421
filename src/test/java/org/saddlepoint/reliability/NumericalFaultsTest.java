package org.saddlepoint.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.DoubleBinaryOperator;
import org.junit.jupiter.api.Test;
import org.saddlepoint.compute.CpuSampler;
import org.saddlepoint.compute.HyperparameterSweep;
import org.saddlepoint.compute.HyperparameterSweep.Metric;
import org.saddlepoint.compute.SweepAxis;
import org.saddlepoint.optim.Noise;
import org.saddlepoint.optim.OptimizerKind;
import org.saddlepoint.optim.OptimizerSpec;
import org.saddlepoint.optim.RunSpec;
import org.saddlepoint.optim.Schedule;
import org.saddlepoint.optim.Trajectory;
import org.saddlepoint.optim.TrajectoryRunner;
import org.saddlepoint.render.ColorMap;
import org.saddlepoint.render.ColorScale;
import org.saddlepoint.surface.Domain;
import org.saddlepoint.surface.ExpressionSurface;
import org.saddlepoint.surface.ScalarGrid;

/**
 * Poles, domain errors and overflow are data, not crashes: they become NaN/±∞ holes in sampled
 * grids that the finite range and the colour scale skip, trajectories that reach them stop with
 * a reason and keep their finite rows, and a sweep cell that blows up is the value +∞.
 * References are {@link Math} evaluated here at the same grid coordinates, and hand iterations.
 */
class NumericalFaultsTest {
    /** 5×5 on [−1, 1]²: x, y ∈ {−1, −0.5, 0, 0.5, 1}, so x = 0 is sampled exactly. */
    static final Domain SQUARE = new Domain(-1, 1, -1, 1);

    private static ScalarGrid sample(String expr) {
        return new CpuSampler().sample(ExpressionSurface.of(expr), SQUARE, 5, 5, p -> { }, () -> false);
    }

    /** Every cell against the Java reference: the same value, or a hole exactly where the reference has one. */
    private static void assertMatches(ScalarGrid g, DoubleBinaryOperator reference, int expectedHoles) {
        int holes = 0;
        double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
        for (int iy = 0; iy < g.ny(); iy++) {
            for (int ix = 0; ix < g.nx(); ix++) {
                double want = reference.applyAsDouble(g.x(ix), g.y(iy)), got = g.at(ix, iy);
                if (!Double.isFinite(want)) {
                    holes++;
                    assertFalse(Double.isFinite(got), "hole at (" + g.x(ix) + ", " + g.y(iy) + "), got " + got);
                } else {
                    assertEquals(want, got, 1e-12 * (1 + Math.abs(want)), "(" + g.x(ix) + ", " + g.y(iy) + ")");
                    min = Math.min(min, want);
                    max = Math.max(max, want);
                }
            }
        }
        assertEquals(expectedHoles, holes, "reference hole count");
        assertEquals(expectedHoles, g.holeCount());
        assertEquals(min, g.finiteMin(), 1e-12 * (1 + Math.abs(min)));
        assertEquals(max, g.finiteMax(), 1e-12 * (1 + Math.abs(max)));
    }

    @Test void aPoleIsAColumnOfHolesAndOutOfTheRange() {
        ScalarGrid g = sample("1/x + y");
        assertMatches(g, (x, y) -> 1 / x + y, 5);                      // the column x = 0
        assertEquals(-3, g.finiteMin(), 0);                            // 1/(−0.5) − 1
        assertEquals(3, g.finiteMax(), 0);                             // 1/0.5 + 1
    }

    @Test void logOfNegativeAndSqrtOfNegativeAreHoles() {
        ScalarGrid g = sample("log(x) + sqrt(y + 1)");
        // x < 0: NaN (2 columns), x = 0: −∞ (1 column)
        assertMatches(g, (x, y) -> Math.log(x) + Math.sqrt(y + 1), 15);
        assertEquals(Math.log(0.5), g.finiteMin(), 1e-15);             // x = 0.5, y = −1
        assertEquals(Math.sqrt(2), g.finiteMax(), 1e-15);              // x = 1, y = 1
    }

    @Test void overflowIsAHoleNotAnEnormousRange() {
        ScalarGrid g = sample("exp(1000*x) + y");
        // exp(1000) overflows; exp(500) ≈ 1.4e217 does not
        assertMatches(g, (x, y) -> Math.exp(1000 * x) + y, 5);
        assertEquals(Math.exp(500) + 1, g.finiteMax(), 1e-12 * Math.exp(500));
        ColorScale s = ColorScale.of(g, false);
        assertEquals(g.finiteMin(), s.lo(), 0);
        assertEquals(g.finiteMax(), s.hi(), 0);
        for (int iy = 0; iy < 5; iy++) assertEquals(ColorMap.HOLE_ARGB, s.argb(g.at(4, iy), ColorMap.VIRIDIS));
    }

    @Test void theColourScaleSpansOnlyTheFiniteValuesAndPaintsHolesGrey() {
        ScalarGrid g = sample("1/x + log(y + 1)");
        ColorScale lin = ColorScale.of(g, false), log = ColorScale.of(g, true);
        for (ColorScale s : new ColorScale[] {lin, log}) {
            assertTrue(Double.isFinite(s.lo()) && Double.isFinite(s.hi()) && s.lo() < s.hi(), s.lo() + " " + s.hi());
            assertEquals(g.finiteMin(), s.lo(), 0);
            assertEquals(g.finiteMax(), s.hi(), 0);
            for (double z : g.values()) {
                if (Double.isFinite(z)) {
                    double t = s.t(z);
                    assertTrue(t >= 0 && t <= 1, "t = " + t);
                    assertTrue(s.argb(z, ColorMap.VIRIDIS) != ColorMap.HOLE_ARGB);
                } else {
                    assertTrue(Double.isNaN(s.t(z)));
                    assertEquals(ColorMap.HOLE_ARGB, s.argb(z, ColorMap.VIRIDIS));
                }
            }
        }
    }

    @Test void aGridWithNoFiniteValueStillGetsAScale() {
        ScalarGrid g = sample("log(-1 - x^2) + y");
        assertEquals(25, g.holeCount());
        assertEquals(Double.POSITIVE_INFINITY, g.finiteMin());
        assertEquals(Double.NEGATIVE_INFINITY, g.finiteMax());
        ColorScale s = ColorScale.of(g, true);
        assertEquals(0, s.lo(), 0);
        assertEquals(1, s.hi(), 0);
    }

    @Test void aTrajectoryThatStepsOntoAPoleStopsThere() {
        // f = 1/x + y², from (−0.5, 0): g = (−1/x², 0) = (−4, 0); SGD η = 1/8: x₁ = −0.5 + 0.5 = 0, f(0, 0) = 1/0 = ∞
        ExpressionSurface pole = ExpressionSurface.of("1/x + y^2");
        Trajectory t = TrajectoryRunner.run(pole, new RunSpec(-0.5, 0, OptimizerSpec.defaults(OptimizerKind.SGD).withLr(0.125),
                Schedule.CONSTANT, Noise.NONE, 100));
        assertTrue(t.diverged());
        assertEquals("diverged at step 1", t.stopReason().orElseThrow());
        assertEquals(1, t.size(), "only the finite start row is kept");
        assertEquals(-2, t.loss(0), 0);
    }

    @Test void aTrajectoryThatOverflowsExpStopsWithOnlyFiniteRows() {
        // f = −exp(x), unbounded below; SGD η = 1: x ← x + exp(x). Iterate by hand until f is not finite.
        ExpressionSurface cliff = ExpressionSurface.of("-exp(x) + y^2");
        Trajectory t = TrajectoryRunner.run(cliff, new RunSpec(0, 0, OptimizerSpec.defaults(OptimizerKind.SGD).withLr(1),
                Schedule.CONSTANT, Noise.NONE, 1000));
        double x = 0;
        int k = 0;
        while (Double.isFinite(-Math.exp(x))) {
            assertEquals(x, t.x(k), 1e-9 * (1 + Math.abs(x)), "row " + k);
            x += Math.exp(x);
            k++;
        }
        assertEquals(4, k, "0 → 1 → 1 + e → … → ≈3e19, where exp overflows");
        assertEquals("diverged at step " + k, t.stopReason().orElseThrow());
        assertEquals(k, t.size());
        for (int col : new int[] {Trajectory.X, Trajectory.Y, Trajectory.LOSS, Trajectory.GRAD_X, Trajectory.GRAD_Y}) {
            for (double v : t.column(col)) assertTrue(Double.isFinite(v), "column " + col);
        }
    }

    @Test void sweepCellsThatHitADomainErrorAreInfiniteValuesNotExceptions() {
        // f = x² + y² + √(x + 2) from (1, 0). The first SGD step (momentum does not change it:
        // the buffer starts as g) is x₁ = 1 − η·(2 + 1/(2√3)); x₁ < −2 (√ of a negative) ⇔ η > 3/(2 + 1/(2√3)) ≈ 1.311.
        ExpressionSurface s = ExpressionSurface.of("x^2 + y^2 + sqrt(x + 2)");
        RunSpec base = new RunSpec(1, 0, OptimizerSpec.defaults(OptimizerKind.SGD), Schedule.CONSTANT, Noise.NONE, 2000);
        HyperparameterSweep.Spec spec = new HyperparameterSweep.Spec(base, SweepAxis.parse("lr=0.01:3"),
                SweepAxis.parse("momentum=0:0.5"), 12, Metric.FINAL_LOSS, 0, 9, 7);
        HyperparameterSweep.Result r = HyperparameterSweep.run(s, spec);
        double threshold = 3 / (2 + 1 / (2 * Math.sqrt(3)));
        int diverged = 0, converged = 0;
        // the minimum of x² + √(x + 2) on the x axis: 2x + 1/(2√(x + 2)) = 0, by bisection
        double lo = -1, hi = 0;
        for (int i = 0; i < 200; i++) {
            double mid = (lo + hi) / 2;
            if (2 * mid + 1 / (2 * Math.sqrt(mid + 2)) > 0) hi = mid; else lo = mid;
        }
        double fMin = lo * lo + Math.sqrt(lo + 2);
        for (int ib = 0; ib < 12; ib++) {
            for (int ia = 0; ia < 12; ia++) {
                double lr = spec.a().value(ia, 12), v = r.value(ia, ib);
                if (lr > threshold + 0.01) {
                    assertEquals(Double.POSITIVE_INFINITY, v, "lr " + lr);
                    diverged++;
                } else if (lr < 0.3) {
                    // curvature ≈ 2 at the minimum: stable for η·2 < 2(1 + β); 2000 steps get there
                    assertEquals(fMin, v, 1e-6, "lr " + lr);
                    converged++;
                }
            }
        }
        assertTrue(diverged >= 12 * 6 && converged >= 12, diverged + " diverged, " + converged + " converged cells checked");
        assertTrue(r.bestGrid().isPresent() && Double.isFinite(r.bestGrid().get().value()), "the best is a finite cell");
        assertTrue(r.bestRandom().isPresent() && Double.isFinite(r.bestRandom().get().value()));
    }
}
