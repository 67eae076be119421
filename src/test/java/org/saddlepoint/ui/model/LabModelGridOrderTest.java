package org.saddlepoint.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.saddlepoint.compute.CpuSampler;

/**
 * A grid that comes before the trajectories of its surface waits for them, so the views get the
 * trajectories first and draw both in one redraw (as when sampling is the slower of the two).
 */
class LabModelGridOrderTest {
    final List<Runnable> gridJobs = new ArrayList<>(), trajectoryJobs = new ArrayList<>();
    final List<String> applied = new ArrayList<>();
    LabModel model;

    @BeforeEach void setUp() {
        model = new LabModel(CatalogChoice.bundled(), new TrajectoryComputer(trajectoryJobs::add, Runnable::run),
                new GridComputer(new CpuSampler(), gridJobs::add, Runnable::run, 9, 11));
        model.gridProperty().addListener((o, a, b) -> applied.add("grid on " + b.surface().describe()));
        model.snapshotProperty().addListener((o, a, b) -> applied.add("trajectories on " + b.surface().describe()));
    }

    static void run(List<Runnable> jobs) {
        List<Runnable> now = new ArrayList<>(jobs);
        jobs.clear();
        now.forEach(Runnable::run);
    }

    SurfaceChoice choice(int i) { return model.catalog().get(i); }

    @Test void aGridThatComesFirstWaitsForItsTrajectories() {
        model.choose(choice(0));
        run(gridJobs);
        assertEquals(List.of(), applied, "held: its trajectories are still being computed");
        run(trajectoryJobs);
        String on = model.surfaceProperty().get().describe();
        assertEquals(List.of("trajectories on " + on, "grid on " + on), applied);
        assertSame(model.surfaceProperty().get(), model.gridProperty().get().surface());
    }

    @Test void aGridThatComesAfterItsTrajectoriesIsAppliedAtOnce() {
        model.choose(choice(0));
        run(trajectoryJobs);
        run(gridJobs);
        String on = model.surfaceProperty().get().describe();
        assertEquals(List.of("trajectories on " + on, "grid on " + on), applied);
    }

    @Test void aHeldGridIsDroppedWhenTheUserMovesOnAndTheNewSurfacesGridIsShown() {
        model.choose(choice(0));
        run(gridJobs); // held
        model.choose(choice(1));
        run(trajectoryJobs); // only the newest request runs
        run(gridJobs);
        String on = model.surfaceProperty().get().describe();
        assertEquals(List.of("trajectories on " + on, "grid on " + on), applied, "the first surface's grid never showed");
        assertNotNull(model.gridProperty().get());
        assertSame(model.surfaceProperty().get(), model.gridProperty().get().surface());
    }

    @Test void goingBackToACachedSurfaceShowsItsTrajectoriesThenItsCachedGrid() {
        model.choose(choice(0));
        run(trajectoryJobs);
        run(gridJobs);
        var firstGrid = model.gridProperty().get().grid3d();
        model.choose(choice(1));
        run(trajectoryJobs);
        run(gridJobs);
        applied.clear();
        model.choose(choice(0));
        assertEquals(List.of(), gridJobs, "answered from the cache, nothing to sample");
        assertEquals(List.of(), applied, "the cached grid waits for the trajectories");
        run(trajectoryJobs);
        String on = model.surfaceProperty().get().describe();
        assertEquals(List.of("trajectories on " + on, "grid on " + on), applied);
        assertSame(firstGrid, model.gridProperty().get().grid3d());
    }
}
