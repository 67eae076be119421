package org.saddlepoint.ui.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.saddlepoint.nn.LossKind;
import org.saddlepoint.nn.MlpEvaluator;
import org.saddlepoint.nn.NetworkObjective;
import org.saddlepoint.optim.Trajectory;

/** The side-by-side pipelines without the UI; every number shown is recomputed independently. */
class ComparisonComputationTest {
    private static NetworkSettings small() {
        return new NetworkSettings("moons", "6", "tanh", "ce", false, "adam", 0.02, 150, 32, 3, "filter", 1.0, 11);
    }

    @Test void trainVsTestGapIsTestLossMinusTrainLossAtThetaStar() {
        NetworkComparison c = ComparisonComputation.run(small(), ComparisonMode.TRAIN_VS_TEST, p -> { }, () -> false);
        NetworkResult r = c.left().run();
        assertSame(r, c.right().run(), "one trained network");
        double train = new NetworkObjective(r.mlp(), r.data().train()).value(r.theta());
        double test = new NetworkObjective(r.mlp(), r.data().test()).value(r.theta());
        assertEquals(test - train, c.gap(), 1e-12);
        assertEquals(train, c.left().loss(), 1e-12);
        assertEquals(test, c.right().loss(), 1e-12);
        assertTrue(c.gap() != 0);
        assertSame(r.trainGrid(), c.left().grid());
        assertSame(r.testGrid(), c.right().grid());
        assertEquals(test, c.right().grid().at(5, 5), 1e-12, "the test grid's centre is θ*");
        // the test side's path is valued on the test landscape, at each snapshot's projection
        Trajectory path = c.right().path();
        MlpEvaluator ev = new MlpEvaluator(r.mlp());
        double[] th = new double[r.theta().length], d1 = r.directions().d1(), d2 = r.directions().d2();
        for (int i = 0; i < path.size(); i += 7) {
            for (int k = 0; k < th.length; k++) th[k] = r.theta()[k] + path.x(i) * d1[k] + path.y(i) * d2[k];
            assertEquals(ev.loss(th, r.data().test(), null, 0, r.data().test().size()), path.loss(i), 1e-12);
        }
        // sharpness: centre = that side's loss at θ*, radius = span / 2, λ_max of the train side = the spectrum's top
        assertEquals(train, c.left().sharpness().centre(), 1e-12);
        assertEquals(test, c.right().sharpness().centre(), 1e-12);
        assertEquals(0.5, c.left().sharpness().radius());
        assertEquals(r.fullSpectrum().largest(0), c.left().sharpness().lambdaMax(), 1e-8 * r.fullSpectrum().largest(0));
        double testTop = org.saddlepoint.nn.Spectrum.ofSymmetric(new NetworkObjective(r.mlp(), r.data().test()).fullHessian(r.theta(), 1),
                r.mlp().parameterCount()).largest(0);
        assertEquals(testTop, c.right().sharpness().lambdaMax(), 1e-8 * Math.abs(testTop));
        double[] w = c.sharedWindow();
        assertNotNull(w);
        assertEquals(Math.min(r.trainGrid().finiteMin(), r.testGrid().finiteMin()), w[0], "the union of both ranges");
        assertEquals(Math.max(r.trainGrid().finiteMax(), r.testGrid().finiteMax()), w[1]);
    }

    @Test void mseVsCeTrainsTheSameSetupTwiceWithEachLoss() {
        List<Double> progress = new ArrayList<>();
        NetworkComparison c = ComparisonComputation.run(small(), ComparisonMode.MSE_VS_CE, progress::add, () -> false);
        NetworkResult mse = c.left().run(), ce = c.right().run();
        assertEquals(LossKind.MSE, mse.mlp().loss());
        assertEquals(LossKind.CROSS_ENTROPY, ce.mlp().loss());
        assertArrayEquals(mse.mlp().widths(), ce.mlp().widths());
        assertArrayEquals(mse.data().train().x(), ce.data().train().x(), 0, "same data");
        assertEquals(mse.settings().withLoss("ce"), ce.settings(), "everything but the loss is the same");
        // each title's number is that network's final full-batch train loss
        assertEquals(new NetworkObjective(mse.mlp(), mse.data().train()).value(mse.theta()), c.left().loss(), 1e-12);
        assertEquals(new NetworkObjective(ce.mlp(), ce.data().train()).value(ce.theta()), c.right().loss(), 1e-12);
        assertEquals(new NetworkObjective(ce.mlp(), ce.data().test()).value(ce.theta()) - c.right().loss(), c.right().gap(), 1e-12);
        assertTrue(Double.isNaN(c.gap()), "no single gap for two networks");
        assertSame(ce, c.primary());
        for (int i = 1; i < progress.size(); i++) assertTrue(progress.get(i) >= progress.get(i - 1) - 1e-12, "progress never goes back");
        assertEquals(1.0, progress.get(progress.size() - 1));
    }

    @Test void cancelStopsAndOneLandscapeIsNoComparison() {
        assertThrows(CancellationException.class, () -> ComparisonComputation.run(small(), ComparisonMode.MSE_VS_CE, p -> { }, () -> true));
        assertThrows(IllegalArgumentException.class, () -> ComparisonComputation.run(small(), ComparisonMode.SINGLE, p -> { }, () -> false));
    }

    @Test void aCancelledJobDeliversNothing() {
        List<Runnable> queue = new ArrayList<>();
        NetworkJob job = new NetworkJob(queue::add, Runnable::run);
        Object[] got = {null};
        job.submit((p, c) -> ComparisonComputation.run(small(), ComparisonMode.TRAIN_VS_TEST, p, c), p -> { }, r -> got[0] = r,
                msg -> got[0] = msg);
        job.cancel();
        queue.forEach(Runnable::run);
        assertEquals(null, got[0]);
    }
}
