package org.saddlepoint.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.saddlepoint.compute.CpuSampler;

/**
 * The first trajectories of a surface chosen from the list go through the executor the app gives
 * (one that waits for an idle render thread), with the grid held for them; every later result
 * (a new start, another learning rate) is applied at once, and a waiting result that a newer one
 * overtook is dropped.
 */
class LabModelSwitchResultsTest {
    final List<Runnable> gridJobs = new ArrayList<>(), trajectoryJobs = new ArrayList<>(), paced = new ArrayList<>();
    final List<String> applied = new ArrayList<>();
    LabModel model;

    @BeforeEach void setUp() {
        model = new LabModel(CatalogChoice.bundled(), new TrajectoryComputer(trajectoryJobs::add, Runnable::run),
                new GridComputer(new CpuSampler(), gridJobs::add, Runnable::run, 9, 11));
        model.setSwitchResults(paced::add);
        model.gridProperty().addListener((o, a, b) -> applied.add("grid on " + b.surface().describe()));
        model.snapshotProperty().addListener((o, a, b) -> applied.add("trajectories on " + b.surface().describe()
                + " from " + b.trajectories().get(0).x(0)));
    }

    SurfaceChoice choice(int i) { return model.catalog().get(i); }

    @Test void theFirstTrajectoriesOfASwitchWaitForTheExecutorAndBringTheHeldGrid() {
        model.choose(choice(0));
        LabModelGridOrderTest.run(trajectoryJobs);
        LabModelGridOrderTest.run(gridJobs);
        assertEquals(List.of(), applied, "both wait: the trajectories in the executor, the grid for them");
        assertEquals(1, paced.size());
        LabModelGridOrderTest.run(paced);
        String on = model.surfaceProperty().get().describe();
        double x0 = choice(0).start()[0];
        assertEquals(List.of("trajectories on " + on + " from " + x0, "grid on " + on), applied);
        assertSame(model.surfaceProperty().get(), model.gridProperty().get().surface());
    }

    @Test void laterResultsOnTheSameSurfaceAreAppliedAtOnce() {
        model.choose(choice(0));
        LabModelGridOrderTest.run(trajectoryJobs);
        LabModelGridOrderTest.run(paced);
        applied.clear();
        model.startXProperty().set(0.5);
        LabModelGridOrderTest.run(trajectoryJobs);
        assertEquals(List.of(), paced, "not a switch: nothing goes through the executor");
        assertEquals(List.of("trajectories on " + model.surfaceProperty().get().describe() + " from 0.5"), applied);
    }

    @Test void aWaitingResultOvertakenByANewerOneIsDropped() {
        model.choose(choice(0));
        LabModelGridOrderTest.run(trajectoryJobs); // waits in the executor
        model.startXProperty().set(0.25);          // the user moves the start before it is shown
        LabModelGridOrderTest.run(trajectoryJobs); // the newer result waits too: still the switch's first
        assertEquals(2, paced.size());
        LabModelGridOrderTest.run(paced);
        assertEquals(List.of("trajectories on " + model.surfaceProperty().get().describe() + " from 0.25"), applied,
                "only the newest result is shown");
    }

    @Test void anotherChoiceBeforeTheFirstIsShownShowsOnlyTheSecond() {
        model.choose(choice(0));
        LabModelGridOrderTest.run(trajectoryJobs);
        model.choose(choice(1));
        LabModelGridOrderTest.run(trajectoryJobs);
        LabModelGridOrderTest.run(paced);
        LabModelGridOrderTest.run(gridJobs);
        String on = model.surfaceProperty().get().describe();
        assertEquals(List.of("trajectories on " + on + " from " + choice(1).start()[0], "grid on " + on), applied);
    }
}
