package org.saddlepoint.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import org.junit.jupiter.api.Test;
import org.saddlepoint.optim.OptimizerKind;
import org.saddlepoint.optim.OptimizerSpec;
import org.saddlepoint.optim.RunSpec;
import org.saddlepoint.optim.Schedule;
import org.saddlepoint.surface.ExpressionSurface;
import org.saddlepoint.surface.Surface;

/** Newest-wins delivery of snapshot results, with hand-driven worker and UI queues. */
class TrajectoryComputerTest {
    private final Queue<Runnable> worker = new ArrayDeque<>(), ui = new ArrayDeque<>();
    private final TrajectoryComputer computer = new TrajectoryComputer(worker::add, ui::add);
    private final Surface bowl = ExpressionSurface.of("x^2 + 4*y^2");
    private final List<Snapshot> applied = new ArrayList<>();

    private SnapshotRequest request(double lr) {
        OptimizerSpec sgd = OptimizerSpec.defaults(OptimizerKind.SGD).withLr(lr);
        OptimizerEntry e = new OptimizerEntry(sgd, 10, Color.RED);
        return new SnapshotRequest(computer.nextId(), bowl, List.of(e), List.of(new RunSpec(1, 1, sgd, Schedule.CONSTANT, null, 10)));
    }

    private static void drain(Queue<Runnable> q) {
        while (!q.isEmpty()) q.poll().run();
    }

    @Test void aRequestOvertakenBeforeItRunsIsSkipped() {
        computer.submit(request(0.1), applied::add);
        SnapshotRequest newest = request(0.2);
        computer.submit(newest, applied::add);
        drain(worker);
        assertEquals(1, ui.size(), "the stale request never ran");
        drain(ui);
        assertEquals(1, applied.size());
        assertEquals(newest.id(), applied.get(0).id());
        // SGD on x² + 4y² from (1, 1) with η = 0.2: x₁ = 1 − 0.2·2 = 0.6, y₁ = 1 − 0.2·8 = −0.6
        assertEquals(0.6, applied.get(0).trajectories().get(0).x(1), 1e-15);
        assertEquals(-0.6, applied.get(0).trajectories().get(0).y(1), 1e-15);
        assertNull(applied.get(0).error());
    }

    @Test void aResultOvertakenOnItsWayToTheUiIsDropped() {
        computer.submit(request(0.1), applied::add);
        drain(worker);              // computed, waiting for the UI thread
        SnapshotRequest newest = request(0.05);
        computer.submit(newest, applied::add);
        drain(ui);                  // the old result arrives after a newer request: dropped
        assertTrue(applied.isEmpty());
        drain(worker);
        drain(ui);
        assertEquals(List.of(newest.id()), applied.stream().map(Snapshot::id).toList());
    }

    @Test void aRunThatCannotBeMadeIsReportedAndTheOthersStillRun() {
        OptimizerSpec sgd = OptimizerSpec.defaults(OptimizerKind.SGD).withLr(0.1);
        OptimizerEntry good = new OptimizerEntry(sgd, 5, Color.RED), bad = new OptimizerEntry(sgd, 5, Color.BLUE);
        Surface pole = ExpressionSurface.of("x^2 + y^2");
        RunSpec ok = new RunSpec(1, 1, sgd, Schedule.CONSTANT, null, 5);
        RunSpec failing = new RunSpec(1, 1, sgd, new Schedule() {
            @Override public double lr(int k, double baseLr) { throw new IllegalArgumentException("broken schedule"); }

            @Override public String spec() { return "broken"; }
        }, null, 5);
        Snapshot s = TrajectoryComputer.compute(new SnapshotRequest(1, pole, List.of(bad, good), List.of(failing, ok)));
        assertEquals(List.of(good), s.entries());
        assertEquals(1, s.trajectories().size());
        assertEquals("SGD: broken schedule", s.error());
        assertEquals(5, s.maxSteps());
    }
}
