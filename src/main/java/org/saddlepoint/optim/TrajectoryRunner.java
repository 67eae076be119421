package org.saddlepoint.optim;

import org.saddlepoint.surface.Surface;

/** Runs a {@link RunSpec} on a {@link Surface} into an immutable {@link Trajectory}. */
public final class TrajectoryRunner {
    private TrajectoryRunner() { }

    /**
     * Runs all steps (or until a non-finite value: then the trajectory ends with
     * "diverged at step k"). Thread-safe: uses its own evaluator.
     */
    public static Trajectory run(Surface surface, RunSpec spec) {
        throw new UnsupportedOperationException("TODO(optim helper)");
    }
}
