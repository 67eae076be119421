package org.saddlepoint.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.saddlepoint.compute.HyperparameterSweep.Metric;
import org.saddlepoint.compute.HyperparameterSweep.Trial;
import org.saddlepoint.optim.Noise;
import org.saddlepoint.optim.OptimizerKind;
import org.saddlepoint.optim.OptimizerSpec;
import org.saddlepoint.optim.RunSpec;
import org.saddlepoint.optim.Schedule;
import org.saddlepoint.surface.ExpressionSurface;

class HyperparameterSweepTest {
    static final ExpressionSurface BOWL = ExpressionSurface.of("x^2 + y^2");
    static final RunSpec BASE = new RunSpec(1, 1, OptimizerSpec.defaults(OptimizerKind.SGD), Schedule.CONSTANT, Noise.NONE, 500);

    @Test void heavyBallDivergesExactlyWhenLrExceedsOnePlusMomentum() {
        // f = x² + y² (curvature h = 2); SGD with momentum β is stable iff η·h < 2(1 + β) ⇔ η < 1 + β.
        HyperparameterSweep.Spec spec = new HyperparameterSweep.Spec(BASE, SweepAxis.parse("lr=0.05:3.85"),
                SweepAxis.parse("momentum=0:0.9"), 20, Metric.FINAL_LOSS, 0, 16, 42);
        // the grid is 20 lr values 0.05 + 0.2·i and 20 momenta 0.9·j/19: keep away from the boundary
        HyperparameterSweep.Result r = HyperparameterSweep.run(BOWL, spec);
        int checked = 0;
        for (int ib = 0; ib < 20; ib++) {
            for (int ia = 0; ia < 20; ia++) {
                double lr = spec.a().value(ia, 20), beta = spec.b().value(ib, 20);
                if (Math.abs(lr - (1 + beta)) < 0.03) continue;
                double v = r.value(ia, ib);
                if (lr > 1 + beta) {
                    assertEquals(Double.POSITIVE_INFINITY, v, "lr " + lr + " β " + beta + " must diverge");
                } else {
                    assertTrue(v < 2, "lr " + lr + " β " + beta + " converges, final loss " + v);
                }
                checked++;
            }
        }
        assertTrue(checked > 380, "checked " + checked);
    }

    @Test void plainSgdOnXSquaredDivergesIffLrAboveOne() {
        RunSpec base = new RunSpec(1, 0, OptimizerSpec.defaults(OptimizerKind.SGD), Schedule.CONSTANT, Noise.NONE, 300);
        HyperparameterSweep.Spec spec = new HyperparameterSweep.Spec(base, SweepAxis.parse("lr=0.05:1.95"),
                SweepAxis.parse("dampening=0:0"), 20, Metric.FINAL_LOSS, 0, 4, 1);
        HyperparameterSweep.Result r = HyperparameterSweep.run(ExpressionSurface.of("x^2"), spec);
        for (int ia = 0; ia < 20; ia++) {
            double lr = spec.a().value(ia, 20);
            // θ_k = (1 − 2η)^k: final loss (1 − 2η)^600
            if (lr > 1) assertEquals(Double.POSITIVE_INFINITY, r.value(ia, 0), "lr " + lr);
            else assertEquals(Math.pow(1 - 2 * lr, 600), r.value(ia, 0), 1e-12 + 1e-9 * Math.pow(1 - 2 * lr, 600), "lr " + lr);
        }
    }

    @Test void stepsToToleranceMatchTheClosedForm() {
        // loss_k = 2·(1 − 2η)^{2k} ≤ tol ⇔ k ≥ ln(tol/2) / (2·ln|1 − 2η|)
        double tol = 1e-8;
        HyperparameterSweep.Spec spec = new HyperparameterSweep.Spec(BASE, SweepAxis.parse("lr=0.1:0.4"),
                SweepAxis.parse("dampening=0:0"), 4, Metric.STEPS_TO_TOLERANCE, tol, 4, 1);
        HyperparameterSweep.Result r = HyperparameterSweep.run(BOWL, spec);
        for (int ia = 0; ia < 4; ia++) {
            double lr = spec.a().value(ia, 4);
            double expected = Math.ceil(Math.log(tol / 2) / (2 * Math.log(Math.abs(1 - 2 * lr))));
            assertEquals(expected, r.value(ia, 0), 1.0, "lr " + lr); // ±1 for rounding at the threshold
        }
        HyperparameterSweep.Spec tooShort = new HyperparameterSweep.Spec(BASE.withSteps(3), SweepAxis.parse("lr=0.01:0.02"),
                SweepAxis.parse("dampening=0:0"), 2, Metric.STEPS_TO_TOLERANCE, tol, 1, 1);
        assertTrue(Double.isNaN(HyperparameterSweep.run(BOWL, tooShort).value(0, 0)), "never reached → NaN");
    }

    @Test void gridAndRandomSearchOfTheSameBudget() {
        HyperparameterSweep.Spec spec = new HyperparameterSweep.Spec(BASE.withSteps(50), SweepAxis.parse("lr=1e-3:2:log"),
                SweepAxis.parse("momentum=0:0.9"), 5, Metric.FINAL_LOSS, 0, 16, 7);
        HyperparameterSweep.Result r = HyperparameterSweep.run(BOWL, spec);
        assertEquals(16, r.gridSearch().size());
        assertEquals(16, r.randomSearch().size());
        assertEquals(1e-3, r.gridSearch().get(0).a(), 1e-15);
        assertEquals(2, r.gridSearch().get(3).a(), 1e-15);
        for (Trial t : r.randomSearch()) {
            assertTrue(t.a() >= 1e-3 && t.a() <= 2 && t.b() >= 0 && t.b() <= 0.9, t.toString());
            assertEquals(HyperparameterSweep.evaluate(BOWL, spec, t.a(), t.b()), t.value());
        }
        Trial bestG = r.bestGrid().orElseThrow(), bestR = r.bestRandom().orElseThrow();
        for (Trial t : r.gridSearch()) assertTrue(!(t.value() < bestG.value()));
        for (Trial t : r.randomSearch()) assertTrue(!(t.value() < bestR.value()));
        assertEquals(r.randomSearch(), HyperparameterSweep.run(BOWL, spec).randomSearch(), "seeded");
    }

    @Test void badAxesAreRejectedWithTheName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SweepAxis.parse("learning=0:1"));
        assertTrue(e.getMessage().startsWith("unknown hyperparameter 'learning'"));
        assertThrows(IllegalArgumentException.class, () -> SweepAxis.parse("lr=0:1:log"));
        assertThrows(IllegalArgumentException.class, () -> HyperparameterSweep.run(BOWL, new HyperparameterSweep.Spec(BASE,
                SweepAxis.parse("lr=0.1:0.2"), SweepAxis.parse("batch_size=1:8"), 2, Metric.FINAL_LOSS, 0, 1, 1)));
    }
}
