package org.saddlepoint.optim;

/**
 * Everything that determines one trajectory: start point, optimizer, schedule, noise and number
 * of steps. Immutable; two runs of the same spec on the same surface give identical trajectories.
 */
public record RunSpec(double startX, double startY, OptimizerSpec optimizer, Schedule schedule, Noise noise, int steps) {
    public static final int MAX_STEPS = 10_000_000;

    public RunSpec {
        if (!Double.isFinite(startX) || !Double.isFinite(startY)) throw new IllegalArgumentException("start must be finite");
        if (optimizer == null) throw new IllegalArgumentException("optimizer is required");
        if (schedule == null) schedule = Schedule.CONSTANT;
        if (noise == null) noise = Noise.NONE;
        if (steps < 0 || steps > MAX_STEPS) throw new IllegalArgumentException("steps must be in [0, " + MAX_STEPS + "], got " + steps);
    }

    public RunSpec withStart(double x, double y) { return new RunSpec(x, y, optimizer, schedule, noise, steps); }

    public RunSpec withOptimizer(OptimizerSpec o) { return new RunSpec(startX, startY, o, schedule, noise, steps); }

    public RunSpec withSteps(int n) { return new RunSpec(startX, startY, optimizer, schedule, noise, n); }
}
