package org.saddlepoint.ui.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.saddlepoint.nn.NetworkObjective;
import org.saddlepoint.optim.Trajectory;
import org.saddlepoint.surface.ScalarGrid;

/** The Network mode's pipeline without the UI. */
class NetworkComputationTest {
    private static NetworkSettings small(String directions) {
        return new NetworkSettings("moons", "6", "tanh", "ce", false, "adam", 0.02, 150, 32, 3, directions, 1.0, 11);
    }

    @Test void producesFiniteGridsATrajectoryAndAConsistentSpectrum() {
        AtomicReference<ScalarGrid> coarse = new AtomicReference<>();
        double[] progress = {-1};
        NetworkResult r = NetworkComputation.run(small("filter"), coarse::set, p -> {
            assertTrue(p >= progress[0] - 1e-12, "progress never goes back");
            progress[0] = p;
        }, () -> false);
        assertEquals(1.0, progress[0]);
        assertNotNull(coarse.get());
        assertEquals(5, coarse.get().nx());
        for (ScalarGrid g : new ScalarGrid[] {r.trainGrid(), r.testGrid()}) {
            assertEquals(11, g.nx());
            for (double z : g.values()) assertTrue(Double.isFinite(z) && z >= 0, "finite cross-entropy");
        }
        // the centre of the plane is θ*: the grid's middle equals the full-batch training loss computed independently
        double atCentre = new NetworkObjective(r.mlp(), r.data().train()).value(r.theta());
        assertEquals(atCentre, r.trainGrid().at(5, 5), 1e-9);
        assertEquals(r.trainLoss(), atCentre, 1e-9);
        Trajectory t = r.trajectory();
        assertTrue(t.size() > 10, "snapshots of the training path");
        assertEquals(0, t.x(t.size() - 1), 1e-9, "the path ends at θ*, the plane's centre");
        assertEquals(0, t.y(t.size() - 1), 1e-9);
        assertEquals(r.mlp().parameterCount(), r.fullSpectrum().size(), "6 hidden units: 32 parameters, full spectrum");
        assertEquals(r.fullSpectrum().largest(0), r.topEigenvalues()[0], 1e-6 * Math.abs(r.fullSpectrum().largest(0)));
        assertEquals(r.fullSpectrum().trace(), r.trace().trace(), 5 * r.trace().standardError() + 1e-9);
        assertEquals(r.decisionN() * r.decisionN() * 2, r.decision().length);
        assertTrue(r.trainAccuracy() > 0.75, "trained: " + r.trainAccuracy());
    }

    @Test void pcaDirectionsReportExplainedVarianceAndDistance() {
        NetworkResult r = NetworkComputation.run(small("pca"), g -> { }, p -> { }, () -> false);
        double[] ev = r.directions().explainedVariance();
        assertNotNull(ev);
        assertTrue(ev[0] >= ev[1] && ev[0] + ev[1] <= 1 + 1e-9, java.util.Arrays.toString(ev));
        assertTrue(r.path().meanDistance() >= 0);
    }

    @Test void badSettingsAreOneLineAndCancelStops() {
        NetworkSettings bad = new NetworkSettings("moons", "8,x", "tanh", "ce", false, "adam", 0.01, 10, 8, 0, "filter", 1, 11);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, bad::check);
        assertEquals("hidden widths: 'x' is not a whole number", e.getMessage());
        assertThrows(CancellationException.class, () -> NetworkComputation.run(small("filter"), g -> { }, p -> { }, () -> true));
    }
}
