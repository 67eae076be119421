package org.saddlepoint.optim;

/**
 * The per-step components an {@link Optimizer} reports besides the new θ: a reusable,
 * mutable out-parameter (one per run, overwritten by every step, so stepping allocates
 * nothing). What each field holds per optimizer is listed in {@link Trajectory}.
 */
public final class StepRecord {
    /** Momentum buffer or first moment after the step, per component; NaN if the optimizer has none. */
    public double momentumX, momentumY;
    /** Adaptive scale after the step (a denominator or curvature), per component; NaN if none. */
    public double scaleX, scaleY;
    /** The effective learning rate the step used (see {@link Trajectory}). */
    public double lr;
    /** Why the step did something other than its rule (e.g. Newton falling back to a gradient step); null normally. */
    public String note;

    /** Resets every field to "absent" (NaN / null) before a step. */
    public void clear() {
        momentumX = momentumY = scaleX = scaleY = lr = Double.NaN;
        note = null;
    }
}
