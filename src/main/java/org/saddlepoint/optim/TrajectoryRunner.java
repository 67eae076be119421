package org.saddlepoint.optim;

import java.util.function.BooleanSupplier;
import org.saddlepoint.surface.Surface;

/** Runs a {@link RunSpec} on a {@link Surface} into an immutable {@link Trajectory}. */
public final class TrajectoryRunner {
    /** How many steps pass between two polls of the cancel flag. */
    static final int CANCEL_POLL = 1024;

    private TrajectoryRunner() { }

    /**
     * Runs all steps (or until a non-finite value: then the trajectory ends with
     * "diverged at step k" and keeps only the finite rows 0..k−1). Thread-safe: uses its own
     * evaluator. The same spec (seed included) on the same surface gives a bit-identical trajectory.
     */
    public static Trajectory run(Surface surface, RunSpec spec) {
        OptimizerRun run = new OptimizerRun(surface, spec);
        while (run.step()) {
            // all work is in step()
        }
        return run.trajectory();
    }

    /**
     * As {@link #run(Surface, RunSpec)}, polling {@code cancelled} every {@value #CANCEL_POLL}
     * steps; once it returns true the run stops and the trajectory so far is returned with stop
     * reason "cancelled at step k" (k = steps taken).
     */
    public static Trajectory run(Surface surface, RunSpec spec, BooleanSupplier cancelled) {
        OptimizerRun run = new OptimizerRun(surface, spec);
        while (!run.finished()) {
            if (cancelled.getAsBoolean()) {
                run.stop("cancelled at step " + run.stepsTaken());
                break;
            }
            for (int i = 0; i < CANCEL_POLL && run.step(); i++) {
                // all work is in step()
            }
        }
        return run.trajectory();
    }
}
