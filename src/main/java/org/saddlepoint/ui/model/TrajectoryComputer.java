package org.saddlepoint.ui.model;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.saddlepoint.optim.Trajectory;
import org.saddlepoint.optim.TrajectoryRunner;

/**
 * Runs snapshot requests on a worker and hands the newest result to the UI thread: a request
 * that is no longer the newest when the worker reaches it is skipped, and a result that is no
 * longer the newest when it arrives is dropped. With same-thread executors it is synchronous
 * (tests).
 */
public final class TrajectoryComputer {
    private final Executor worker;
    private final Executor uiThread;
    private final AtomicLong latest = new AtomicLong();

    public TrajectoryComputer(Executor worker, Executor uiThread) {
        this.worker = worker;
        this.uiThread = uiThread;
    }

    /** The id the next request must carry. */
    public long nextId() { return latest.incrementAndGet(); }

    public boolean isLatest(long id) { return latest.get() == id; }

    /** Computes {@code request} off the UI thread and passes the result to {@code apply} on it if still newest. */
    public void submit(SnapshotRequest request, Consumer<Snapshot> apply) {
        worker.execute(() -> {
            if (!isLatest(request.id())) return;
            Snapshot result = compute(request);
            uiThread.execute(() -> {
                if (isLatest(result.id())) apply.accept(result);
            });
        });
    }

    /** Runs every optimizer of {@code request}; a run that fails leaves its first message in {@link Snapshot#error()}. */
    public static Snapshot compute(SnapshotRequest request) {
        long t0 = System.nanoTime();
        List<OptimizerEntry> entries = new ArrayList<>();
        List<Trajectory> trajectories = new ArrayList<>();
        String error = null;
        for (int i = 0; i < request.runs().size(); i++) {
            try {
                trajectories.add(TrajectoryRunner.run(request.surface(), request.runs().get(i)));
                entries.add(request.entries().get(i));
            } catch (RuntimeException e) {
                if (error == null) error = request.entries().get(i).spec().kind().displayName() + ": " + e.getMessage();
            }
        }
        return new Snapshot(request.id(), entries, trajectories, System.nanoTime() - t0, error, request.surface());
    }
}
