package org.saddlepoint.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.saddlepoint.compute.CpuSampler;
import org.saddlepoint.optim.Trajectory;
import org.saddlepoint.surface.ScalarGrid;
import org.saddlepoint.ui.model.CatalogChoice;
import org.saddlepoint.ui.model.GridComputer;
import org.saddlepoint.ui.model.LabModel;
import org.saddlepoint.ui.model.TrajectoryComputer;

/**
 * The app's model (no window: same-thread executors, JavaFX properties only) given a surface
 * full of poles and domain errors: the grids carry the holes where {@link Math} has them, every
 * optimizer's trajectory keeps only finite rows and says why it stopped, and the model keeps
 * working afterwards.
 */
class AppModelFaultsTest {
    private static LabModel model() {
        return new LabModel(CatalogChoice.bundled(), new TrajectoryComputer(Runnable::run, Runnable::run),
                new GridComputer(new CpuSampler(), Runnable::run, Runnable::run, 21, 41));
    }

    @Test void polesAndDomainErrorsBecomeHolesAndStoppedTrajectories() {
        LabModel m = model();
        m.choose("saddle");
        assertEquals(-2, m.choice().domain().xMin(), 0, "the saddle lesson's domain is [−2, 2]²: x = 0 and y = 0 are grid lines");
        m.editExpression("log(x) + 1/y", "faults", "故障");
        assertNull(m.customErrorProperty().get(), "it parses: the faults are numerical, not syntax");
        ScalarGrid g = m.gridProperty().get().grid3d();
        int holes = 0;
        for (int iy = 0; iy < g.ny(); iy++) {
            for (int ix = 0; ix < g.nx(); ix++) {
                double want = Math.log(g.x(ix)) + 1 / g.y(iy);
                if (!Double.isFinite(want)) holes++;
                assertEquals(Double.isFinite(want), Double.isFinite(g.at(ix, iy)), "(" + g.x(ix) + ", " + g.y(iy) + ")");
            }
        }
        // x < 0 and x = 0: 11 of 21 columns; y = 0 in the other 10 columns
        assertEquals(11 * 21 + 10, holes);
        assertEquals(holes, g.holeCount());
        assertTrue(Double.isFinite(g.finiteMin()) && Double.isFinite(g.finiteMax()));

        // a start in the NaN half: every optimizer keeps the start row and reports step 0
        m.setStart(-1, 1);
        assertFalse(m.snapshot().trajectories().isEmpty());
        for (Trajectory t : m.snapshot().trajectories()) {
            assertEquals(1, t.size());
            assertTrue(t.stopReason().orElseThrow().startsWith("diverged at step 0"), t.stopReason().orElseThrow());
        }
        // a start in the finite quarter: log(x) pulls x to the wall at 0, 1/y pushes y to the pole at 0⁺ … they stop, finitely
        m.setStart(1, 1);
        for (Trajectory t : m.snapshot().trajectories()) {
            for (int r = 0; r < t.size(); r++) {
                assertTrue(Double.isFinite(t.x(r)) && Double.isFinite(t.y(r)) && Double.isFinite(t.loss(r)), "row " + r);
            }
            t.stopReason().ifPresent(reason -> assertTrue(reason.startsWith("diverged at step "), reason));
        }
        assertEquals(m.optimizers(), m.snapshot().entries());

        // and the model goes on: a good surface, no holes, full runs
        m.choose("himmelblau");
        assertEquals(0, m.gridProperty().get().grid3d().holeCount());
        for (Trajectory t : m.snapshot().trajectories()) assertFalse(t.diverged(), t.stopReason().orElse(""));
        assertNotNull(m.snapshot());
    }
}
