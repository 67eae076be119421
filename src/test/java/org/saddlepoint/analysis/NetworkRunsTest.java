package org.saddlepoint.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.saddlepoint.nn.NetworkOptimizer;
import org.saddlepoint.nn.ProjectedPath;
import org.saddlepoint.optim.OptimizerKind;
import org.saddlepoint.optim.OptimizerSpec;
import org.saddlepoint.optim.Schedule;
import org.saddlepoint.optim.Trajectory;

class NetworkRunsTest {
    @Test
    void mapsEveryHyperparameter() {
        OptimizerSpec s = OptimizerSpec.defaults(OptimizerKind.RMSPROP).withLr(0.03).withMomentum(0.5).withAlpha(0.8)
                .withCentered(true).withEps(1e-6).withWeightDecay(0.1);
        NetworkOptimizer o = NetworkRuns.optimizer(s);
        assertEquals(NetworkOptimizer.Method.RMSPROP, o.method());
        assertEquals(0.03, o.lr());
        assertEquals(0.5, o.momentum());
        assertEquals(0.8, o.alpha());
        assertTrue(o.centered());
        assertEquals(1e-6, o.eps());
        assertEquals(0.1, o.weightDecay());
        OptimizerSpec a = OptimizerSpec.defaults(OptimizerKind.ADAMW).withBeta1(0.7).withAmsgrad(true);
        assertEquals(0.7, NetworkRuns.optimizer(a).beta1());
        assertTrue(NetworkRuns.optimizer(a).amsgrad());
        assertEquals(NetworkOptimizer.Method.ADAMW, NetworkRuns.optimizer(a).method());
        assertThrows(IllegalArgumentException.class, () -> NetworkRuns.optimizer(OptimizerSpec.defaults(OptimizerKind.NEWTON)));
    }

    @Test
    void learningRateFollowsTheSchedule() {
        Schedule halving = new Schedule() {
            @Override public double lr(int k, double baseLr) { return baseLr / (1 << k); }

            @Override public String spec() { return "test"; }
        };
        IntToDoubleFunction lr = NetworkRuns.learningRate(OptimizerSpec.defaults(OptimizerKind.SGD).withLr(0.8), halving);
        assertEquals(0.8, lr.applyAsDouble(0));
        assertEquals(0.2, lr.applyAsDouble(2));
    }

    @Test
    void projectedPathBecomesATrajectory() {
        ProjectedPath p = new ProjectedPath(new double[] {1, 0.5, 0}, new double[] {-1, -0.2, 0}, new double[3], new int[] {0, 10, 20});
        Trajectory t = NetworkRuns.trajectory(p, new double[] {2, 1, 0.5}, OptimizerSpec.defaults(OptimizerKind.ADAM), null);
        assertEquals(3, t.size());
        assertEquals(0.5, t.x(1));
        assertEquals(-0.2, t.y(1));
        assertEquals(0.5, t.finalLoss());
        assertEquals(0, t.get(Trajectory.LR, 0));
        assertTrue(Double.isNaN(t.get(Trajectory.LR, 2)));
    }
}
