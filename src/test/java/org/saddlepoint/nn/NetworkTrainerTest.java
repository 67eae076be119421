package org.saddlepoint.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class NetworkTrainerTest {
    static double trainAndScore(String dataset, double noise, Activation act, boolean bn) {
        DataSplit d = Datasets.generate(dataset, 400, 400, noise, 1);
        Mlp m = Mlp.of(new int[] {16, 16}, 2, act, LossKind.CROSS_ENTROPY, bn);
        NetworkTrainer t = new NetworkTrainer(m, NetworkOptimizer.defaults(NetworkOptimizer.Method.ADAM, 0.01),
                NetworkTrainer.constant(0.01), 32, 1500, 100, 2);
        TrainingRun run = t.train(m.initialize(new Random(3)), d.train());
        assertTrue(run.stop().isEmpty());
        MlpEvaluator ev = new MlpEvaluator(m);
        NormStats st = ev.statistics(run.thetaFinal(), d.train());
        double[] probs = ev.predictGrid(run.thetaFinal(), st, new org.saddlepoint.surface.Domain(-1.5, 2.5, -1.5, 1.5), 9);
        double[] single = new double[2];
        ev.probabilities(run.thetaFinal(), new double[] {-1.0, 0.75}, 1, st, single); // grid point ix = 1, iy = 6
        assertEquals(single[1], probs[(6 * 9 + 1) * 2 + 1], 1e-12);
        assertEquals(1, probs[2 * 40] + probs[2 * 40 + 1], 1e-12);
        return ev.accuracy(run.thetaFinal(), d.test(), st);
    }

    @Test
    void adamLearnsXorAndMoons() {
        assertTrue(trainAndScore("xor", 0.02, Activation.TANH, false) > 0.97);
        assertTrue(trainAndScore("moons", 0.1, Activation.RELU, false) > 0.97);
        assertTrue(trainAndScore("moons", 0.1, Activation.RELU, true) > 0.95);
    }

    @Test
    void crossEntropyEscapesASaturatedStartFasterThanMse() {
        // lecture: with softmax outputs, MSE is flat where the outputs saturate; CE keeps a gradient
        DataSplit d = Datasets.generate("gaussians", 200, 0, 0.1, 4);
        double[] drop = new double[2];
        for (LossKind loss : LossKind.values()) {
            Mlp m = Mlp.of(new int[] {8}, 2, Activation.TANH, loss, false);
            double[] theta0 = m.initialize(new Random(9));
            int out = m.weightOffset(1);
            for (int i = out; i < theta0.length; i++) theta0[i] *= 25; // saturate the softmax
            for (int i = out; i < m.biasOffset(1); i += 2) theta0[i] = -Math.abs(theta0[i]) - 5; // confidently wrong start
            MlpEvaluator ev = new MlpEvaluator(m);
            double before = ev.loss(theta0, d.train(), null, 0, 200);
            NetworkTrainer t = new NetworkTrainer(m, NetworkOptimizer.defaults(NetworkOptimizer.Method.SGD, 0.1),
                    NetworkTrainer.constant(0.1), 200, 200, 50, 1);
            TrainingRun run = t.train(theta0, d.train());
            drop[loss.ordinal()] = 1 - ev.loss(run.thetaFinal(), d.train(), null, 0, 200) / before;
        }
        assertTrue(drop[LossKind.CROSS_ENTROPY.ordinal()] > 0.5, "CE relative drop " + drop[0]);
        assertTrue(drop[LossKind.CROSS_ENTROPY.ordinal()] > 3 * drop[LossKind.MSE.ordinal()],
                "CE " + drop[0] + " vs MSE " + drop[1]);
    }

    @Test
    void runsAreSeededAndSnapshotsKept() {
        DataSplit d = Datasets.generate("circles", 100, 0, 0.05, 2);
        Mlp m = Mlp.of(new int[] {6}, 2, Activation.SIGMOID, LossKind.MSE, false);
        NetworkTrainer t = new NetworkTrainer(m, NetworkOptimizer.defaults(NetworkOptimizer.Method.SGD, 0.5), k -> 0.5 * Math.pow(0.99, k), 16, 50, 20, 7);
        double[] th = m.initialize(new Random(1));
        TrainingRun a = t.train(th, d.train()), b = t.train(th, d.train());
        assertArrayEquals(a.thetaFinal(), b.thetaFinal(), 0);
        assertArrayEquals(new int[] {0, 20, 40, 50}, a.snapshotSteps());
        assertArrayEquals(th, a.snapshots().get(0), 0);
        assertArrayEquals(a.thetaFinal(), a.snapshots().get(3), 0);
        assertEquals(50, a.stepLoss().length);
        Mlp relu = Mlp.of(new int[] {6}, 2, Activation.RELU, LossKind.CROSS_ENTROPY, false);
        NetworkTrainer big = new NetworkTrainer(relu, NetworkOptimizer.defaults(NetworkOptimizer.Method.SGD, 1e200),
                NetworkTrainer.constant(1e200), 16, 50, 20, 7);
        TrainingRun bad = big.train(relu.initialize(new Random(1)), d.train());
        assertTrue(bad.stop().orElse("").startsWith("diverged at step"), String.valueOf(bad.stopReason()));
    }
}
