package org.saddlepoint.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.saddlepoint.optim.Noise;
import org.saddlepoint.optim.OptimizerKind;
import org.saddlepoint.optim.OptimizerSpec;
import org.saddlepoint.optim.RunSpec;
import org.saddlepoint.optim.Schedule;
import org.saddlepoint.surface.ExpressionSurface;

class LrRangeTestTest {
    static final RunSpec BASE = new RunSpec(1, 1, OptimizerSpec.defaults(OptimizerKind.SGD), Schedule.CONSTANT, Noise.NONE, 1);

    @Test void suggestionOnABowlLiesInTheStableRange() {
        // f = x² + y²: SGD is stable iff η < 1 (θ ← (1 − 2η)θ)
        LrRangeTest.Result r = LrRangeTest.run(ExpressionSurface.of("x^2 + y^2"), new LrRangeTest.Spec(BASE, 1e-4, 10, 200));
        assertTrue(r.stoppedEarly(), "the loss blows up past η = 1");
        assertTrue(r.suggestedLr() > 1e-3 && r.suggestedLr() < 1, "suggested " + r.suggestedLr());
        assertTrue(r.lrs()[r.lrs().length - 1] > 1, "ran into the unstable range before stopping");
        // the learning rates grow geometrically from η_min
        assertEquals(1e-4, r.lrs()[0], 1e-18);
        assertEquals(Math.pow(1e5, 1.0 / 199), r.lrs()[1] / r.lrs()[0], 1e-12);
        // the first loss is f(start), and the smoothed loss starts equal to it (bias correction)
        assertEquals(2, r.losses()[0], 0);
        assertEquals(2, r.smoothed()[0], 1e-15);
    }

    @Test void smoothingIsFastaisBiasCorrectedAverage() {
        LrRangeTest.Result r = LrRangeTest.run(ExpressionSurface.of("x^2 + y^2"), new LrRangeTest.Spec(BASE, 1e-3, 1e-2, 20));
        double avg = 0;
        for (int k = 0; k < r.losses().length; k++) {
            avg = 0.98 * avg + 0.02 * r.losses()[k];
            assertEquals(avg / (1 - Math.pow(0.98, k + 1)), r.smoothed()[k], 1e-14);
        }
    }

    @Test void steepestRulePicksTheMostNegativeSlopeInLogLr() {
        int n = 40;
        double[] lrs = new double[n], s = new double[n];
        for (int k = 0; k < n; k++) {
            lrs[k] = Math.pow(10, -4 + k * 0.1);
            double u = Math.log10(lrs[k]);           // −4 … −0.1
            s[k] = 1 - Math.tanh(3 * (u + 2));       // steepest descent at u = −2
        }
        double got = LrRangeTest.steepest(lrs, s);
        assertTrue(Math.abs(Math.log10(got) + 2) <= 0.1, "steepest at 1e-2, got " + got);
    }
}
