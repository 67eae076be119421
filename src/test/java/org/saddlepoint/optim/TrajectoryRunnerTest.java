package org.saddlepoint.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.saddlepoint.surface.ExpressionSurface;

/** The runner: columns, noise, minibatches, reproducibility, divergence, cancelling, stepping. */
class TrajectoryRunnerTest {
    static final ExpressionSurface BOWL = ExpressionSurface.of("x^2 + 3*y^2");
    static final ExpressionSurface ROSENBROCK = ExpressionSurface.of("(1-x)^2 + 100*(y-x^2)^2");

    private static RunSpec spec(OptimizerSpec o, Noise noise, int steps) {
        return new RunSpec(-1.5, 2, o, Schedule.CONSTANT, noise, steps);
    }

    @Test void columnsHoldEachStepsComponents() {
        OptimizerSpec adam = OptimizerSpec.defaults(OptimizerKind.ADAM).withLr(0.01);
        Trajectory t = TrajectoryRunner.run(ROSENBROCK, spec(adam, Noise.NONE, 50));
        assertEquals(51, t.size());
        assertEquals(50, t.stepsTaken());
        assertTrue(t.stopReason().isEmpty());
        assertEquals(-1.5, t.x(0));
        assertEquals(2, t.y(0));
        assertEquals(6.25 + 100 * 0.0625, t.loss(0), 1e-12);              // (2.5)² + 100·(2 − 2.25)²
        double[] g = new double[2];
        var f = ROSENBROCK.newEvaluator();
        for (int k = 1; k < t.size(); k++) {
            double loss = f.gradient(t.x(k - 1), t.y(k - 1), g);
            assertEquals(g[0], t.get(Trajectory.GRAD_X, k), 0.0, "exact gradient at θ_{k−1}");
            assertEquals(g[1], t.get(Trajectory.USED_GRAD_Y, k), 0.0, "no noise: used = exact");
            assertEquals(loss, t.loss(k - 1), 0.0);
            assertEquals(t.x(k) - t.x(k - 1), t.get(Trajectory.UPDATE_X, k), 0.0);
            double lr = t.get(Trajectory.LR, k);
            assertEquals(0.01 / (1 - Math.pow(0.9, k)), lr, 1e-15);
            // Adam: Δθ = −lr·m/d from the recorded columns
            double predicted = -lr * t.get(Trajectory.MOMENTUM_Y, k) / t.get(Trajectory.SCALE_Y, k);
            assertEquals(predicted, t.get(Trajectory.UPDATE_Y, k), 1e-15 * Math.max(1, Math.abs(t.y(k))));
        }
        assertEquals(f.value(t.x(50), t.y(50)), t.finalLoss(), 0.0);
    }

    @Test void sgdWithoutMomentumHasNaNMomentumAndScale() {
        Trajectory t = TrajectoryRunner.run(BOWL, spec(OptimizerSpec.defaults(OptimizerKind.SGD), Noise.NONE, 3));
        assertTrue(Double.isNaN(t.get(Trajectory.MOMENTUM_X, 2)));
        assertTrue(Double.isNaN(t.get(Trajectory.SCALE_Y, 2)));
        assertEquals(0, t.get(Trajectory.MOMENTUM_X, 0), "row 0 components are 0");
        assertEquals(-1.5 - 0.01 * 2 * -1.5, t.x(1), 1e-15);
    }

    @Test void scheduleDrivesTheLearningRateColumn() {
        Schedule s = Schedules.parse("warmup:steps=3,start_factor=0.5+step:step_size=2,gamma=0.1");
        RunSpec r = new RunSpec(1, 1, OptimizerSpec.defaults(OptimizerKind.SGD).withLr(0.1), s, Noise.NONE, 8);
        Trajectory t = TrajectoryRunner.run(BOWL, r);
        for (int k = 1; k <= 8; k++) assertEquals(s.lr(k - 1, 0.1), t.get(Trajectory.LR, k), 0.0);
        assertEquals(0.05, t.get(Trajectory.LR, 1), 1e-15);
        assertEquals(0.01, t.get(Trajectory.LR, 6), 1e-15);   // k−1 = 5 → step schedule at 2 → 0.1·0.1^⌊2/2⌋
        assertEquals(0.1, t.get(Trajectory.LR, 5), 1e-15);    // k−1 = 4 → step schedule at 1 → 0.1
        assertEquals(1 - 0.05 * 2, t.x(1), 1e-15);
    }

    @Test void sameSpecAndSeedGiveBitIdenticalTrajectories() {
        OptimizerSpec o = OptimizerSpec.defaults(OptimizerKind.RMSPROP).withMomentum(0.5);
        Trajectory a = TrajectoryRunner.run(ROSENBROCK, spec(o, Noise.gaussian(0.5, 7), 500));
        Trajectory b = TrajectoryRunner.run(ROSENBROCK, spec(o, Noise.gaussian(0.5, 7), 500));
        Trajectory c = TrajectoryRunner.run(ROSENBROCK, spec(o, Noise.gaussian(0.5, 8), 500));
        for (int col = 0; col < Trajectory.COLUMNS; col++) assertArrayEquals(a.column(col), b.column(col), "column " + col);
        assertFalse(Arrays.equals(a.column(Trajectory.X), c.column(Trajectory.X)), "another seed, another path");
        LinearRegressionSurface data = new LinearRegressionSurface(50, 1);
        Trajectory d1 = TrajectoryRunner.run(data, spec(o, Noise.minibatch(8, 3), 200));
        Trajectory d2 = TrajectoryRunner.run(new LinearRegressionSurface(50, 1), spec(o, Noise.minibatch(8, 3), 200));
        for (int col = 0; col < Trajectory.COLUMNS; col++) assertArrayEquals(d1.column(col), d2.column(col), "column " + col);
    }

    @Test void gaussianNoiseHasMeanZeroAndStandardDeviationSigma() {
        // lr = 0 keeps θ fixed, so used − exact are independent N(0, σ²) draws
        OptimizerSpec frozen = OptimizerSpec.defaults(OptimizerKind.SGD).withLr(0);
        int n = 20_000;
        Trajectory t = TrajectoryRunner.run(BOWL, spec(frozen, Noise.gaussian(0.3, 11), n));
        for (int axis = 0; axis < 2; axis++) {
            double sum = 0, sq = 0;
            for (int k = 1; k <= n; k++) {
                double e = t.get(Trajectory.USED_GRAD_X + axis, k) - t.get(Trajectory.GRAD_X + axis, k);
                sum += e;
                sq += e * e;
            }
            double mean = sum / n, sd = Math.sqrt(sq / n - mean * mean);
            assertEquals(0, mean, 4 * 0.3 / Math.sqrt(n), "mean of the noise, axis " + axis);
            assertEquals(0.3, sd, 0.01, "σ of the noise, axis " + axis);
        }
    }

    @Test void fullBatchRunEqualsTheExactGradientRun() {
        LinearRegressionSurface data = new LinearRegressionSurface(20, 5);
        OptimizerSpec sgd = OptimizerSpec.defaults(OptimizerKind.SGD).withLr(0.1).withMomentum(0.9);
        Trajectory exact = TrajectoryRunner.run(data, spec(sgd, Noise.NONE, 100));
        Trajectory full = TrajectoryRunner.run(data, spec(sgd, Noise.minibatch(20, 99), 100));
        Trajectory bigger = TrajectoryRunner.run(data, spec(sgd, Noise.minibatch(64, 99), 100));
        for (int col = 0; col < Trajectory.COLUMNS; col++) {
            assertArrayEquals(exact.column(col), full.column(col), "column " + col);
            assertArrayEquals(exact.column(col), bigger.column(col), "column " + col);
        }
        // and the batch gradient over all examples is the exact gradient (checks the test surface)
        double[] g = new double[2], gb = new double[2];
        int[] all = new int[20];
        for (int i = 0; i < 20; i++) all[i] = 19 - i;
        var f = data.newEvaluator();
        f.gradient(0.3, -0.2, g);
        f.batchGradient(0.3, -0.2, all, 0, 20, gb);
        assertArrayEquals(g, gb, 1e-14);
    }

    @Test void minibatchesCoverEachEpochOnceInShuffledConsecutiveBatches() {
        LinearRegressionSurface data = new LinearRegressionSurface(10, 2);
        OptimizerSpec frozen = OptimizerSpec.defaults(OptimizerKind.SGD).withLr(0);
        Trajectory t = TrajectoryRunner.run(data, spec(frozen, Noise.minibatch(4, 21), 9));   // 3 epochs of 4 + 4 + 2
        assertEquals(9, data.batches.size());
        Set<String> orders = new HashSet<>();
        for (int epoch = 0; epoch < 3; epoch++) {
            int[] sizes = new int[3];
            int[] seen = new int[10];
            StringBuilder order = new StringBuilder();
            for (int j = 0; j < 3; j++) {
                int[] batch = data.batches.get(3 * epoch + j);
                sizes[j] = batch.length;
                for (int i : batch) {
                    seen[i]++;
                    order.append(i).append(',');
                }
            }
            assertArrayEquals(new int[] {4, 4, 2}, sizes, "last partial batch used as is");
            int[] once = new int[10];
            Arrays.fill(once, 1);
            assertArrayEquals(once, seen, "each example once per epoch");
            orders.add(order.toString());
        }
        assertEquals(3, orders.size(), "a fresh shuffle each epoch");
        // the minibatch gradients of one epoch, weighted by batch size, average to the exact gradient
        for (int epoch = 0; epoch < 3; epoch++) {
            double sx = 0, sy = 0;
            for (int j = 0; j < 3; j++) {
                int k = 3 * epoch + j + 1, m = data.batches.get(k - 1).length;
                sx += m * t.get(Trajectory.USED_GRAD_X, k);
                sy += m * t.get(Trajectory.USED_GRAD_Y, k);
            }
            assertEquals(t.get(Trajectory.GRAD_X, 1), sx / 10, 1e-13);
            assertEquals(t.get(Trajectory.GRAD_Y, 1), sy / 10, 1e-13);
        }
    }

    @Test void minibatchNoiseIsUnbiasedAndNonZero() {
        LinearRegressionSurface data = new LinearRegressionSurface(40, 9);
        OptimizerSpec frozen = OptimizerSpec.defaults(OptimizerKind.SGD).withLr(0);
        int steps = 4000;
        Trajectory t = TrajectoryRunner.run(data, new RunSpec(0.5, 0.5, frozen, null, Noise.minibatch(8, 4), steps));
        double mean = 0, var = 0;
        for (int k = 1; k <= steps; k++) mean += t.get(Trajectory.USED_GRAD_X, k);
        mean /= steps;
        for (int k = 1; k <= steps; k++) var += Math.pow(t.get(Trajectory.USED_GRAD_X, k) - mean, 2);
        var /= steps;
        assertEquals(t.get(Trajectory.GRAD_X, 1), mean, 1e-12, "whole epochs: exact mean");
        assertTrue(var > 1e-3, "minibatch gradients vary, variance " + var);
    }

    @Test void batchSizeOnAnAnalyticSurfaceIsRejected() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> TrajectoryRunner.run(BOWL, spec(OptimizerSpec.defaults(OptimizerKind.SGD), Noise.minibatch(8, 1), 5)));
        assertTrue(e.getMessage().startsWith("batch size 8 needs a data surface"), e.getMessage());
    }

    @Test void hugeLearningRateDivergesWithOnlyFiniteRows() {
        ExpressionSurface bowl = ExpressionSurface.of("x^2 + y^2");
        RunSpec r = new RunSpec(1, 1, OptimizerSpec.defaults(OptimizerKind.SGD).withLr(10), null, null, 1000);
        Trajectory t = TrajectoryRunner.run(bowl, r);
        // by hand: θ ← θ − 10·2θ = −19θ; the first step whose loss 2x² is not finite
        double x = 1;
        int expected = 0;
        while (Double.isFinite(x * x + x * x)) {
            x -= 10 * 2 * x;
            expected++;
        }
        assertTrue(t.diverged());
        assertEquals("diverged at step " + expected, t.stopReason().orElseThrow());
        assertEquals(expected, t.size(), "rows 0 .. k−1 kept");
        for (int col = 0; col < Trajectory.COLUMNS; col++) {
            if (col == Trajectory.MOMENTUM_X || col == Trajectory.MOMENTUM_Y || col == Trajectory.SCALE_X || col == Trajectory.SCALE_Y) {
                continue; // NaN by design for plain SGD
            }
            for (double v : t.column(col)) assertTrue(Double.isFinite(v), "column " + col + " finite");
        }
        assertTrue(Math.abs(t.x(expected - 1)) > 1e150, "it got far before diverging");
    }

    @Test void nonFiniteLossRightAfterTheStartKeepsOnlyTheStart() {
        ExpressionSurface root = ExpressionSurface.of("sqrt(x) + y^2");
        RunSpec r = new RunSpec(0.01, 1, OptimizerSpec.defaults(OptimizerKind.SGD).withLr(1), null, null, 10);
        Trajectory t = TrajectoryRunner.run(root, r);   // x → 0.01 − 5 < 0: sqrt is NaN
        assertEquals("diverged at step 1", t.stopReason().orElseThrow());
        assertEquals(1, t.size());
        assertEquals(0.1 + 1, t.loss(0), 1e-15);
    }

    @Test void aStartWithNonFiniteLossIsKeptAndReported() {
        ExpressionSurface root = ExpressionSurface.of("sqrt(x) + y^2");
        Trajectory t = TrajectoryRunner.run(root, new RunSpec(-1, 1, OptimizerSpec.defaults(OptimizerKind.SGD), null, null, 10));
        assertEquals(1, t.size());
        assertTrue(t.diverged());
        assertTrue(t.stopReason().orElseThrow().startsWith("diverged at step 0"));
    }

    @Test void cancellingStopsAtAPollAndKeepsTheRowsSoFar() {
        AtomicInteger polls = new AtomicInteger();
        RunSpec r = spec(OptimizerSpec.defaults(OptimizerKind.ADAM), Noise.NONE, 1_000_000);
        Trajectory t = TrajectoryRunner.run(ROSENBROCK, r, () -> polls.incrementAndGet() > 2);
        assertEquals("cancelled at step " + 2 * TrajectoryRunner.CANCEL_POLL, t.stopReason().orElseThrow());
        assertEquals(2 * TrajectoryRunner.CANCEL_POLL + 1, t.size());
        assertFalse(t.diverged());
        Trajectory full = TrajectoryRunner.run(ROSENBROCK, r.withSteps(2 * TrajectoryRunner.CANCEL_POLL));
        assertArrayEquals(full.column(Trajectory.X), t.column(Trajectory.X));
        assertArrayEquals(full.column(Trajectory.LOSS), t.column(Trajectory.LOSS));
    }

    @Test void steppingASnapshotAndContinuingGivesTheSameRows() {
        RunSpec r = spec(OptimizerSpec.defaults(OptimizerKind.SGD).withLr(1e-3).withMomentum(0.9), Noise.gaussian(1, 3), 30);
        OptimizerRun run = new OptimizerRun(ROSENBROCK, r);
        for (int i = 0; i < 10; i++) assertTrue(run.step());
        Trajectory early = run.trajectory();
        assertEquals(11, early.size());
        while (run.step()) {
            assertTrue(run.stepsTaken() <= 30);
        }
        assertFalse(run.step());
        Trajectory all = run.trajectory(), batch = TrajectoryRunner.run(ROSENBROCK, r);
        for (int col = 0; col < Trajectory.COLUMNS; col++) assertArrayEquals(batch.column(col), all.column(col), "column " + col);
        assertEquals(batch.x(10), early.x(10));
        assertEquals(batch.loss(10), early.loss(10));
        assertNotEquals(early.size(), all.size());
    }

    @Test void zeroStepsIsJustTheStart() {
        Trajectory t = TrajectoryRunner.run(BOWL, spec(OptimizerSpec.defaults(OptimizerKind.ADAM), Noise.NONE, 0));
        assertEquals(1, t.size());
        assertEquals(2.25 + 12, t.loss(0), 1e-15);
        assertTrue(t.stopReason().isEmpty());
    }
}
