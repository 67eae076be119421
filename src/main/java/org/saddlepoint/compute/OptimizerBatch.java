package org.saddlepoint.compute;

import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import org.saddlepoint.optim.OptimizerSpec;
import org.saddlepoint.optim.Schedule;
import org.saddlepoint.surface.Surface;

/**
 * Runs one optimizer (exact gradients, no noise) from many starts at once, for at most K steps
 * each: the engine under {@link BasinMap}. Implementations: {@link CpuOptimizerBatch} (the
 * reference, all cores), the OpenCL one (one work-item per start), and
 * {@link FallbackOptimizerBatch} (OpenCL, else the CPU, telling why once).
 *
 * <p>Per start, with g = ∇f(θ_{k−1}) for step k = 1 … K:
 * <ul>
 * <li>if f or g is not finite: <b>diverged</b>, k−1 steps taken;</li>
 * <li>if ‖g‖₂² ≤ tol²: <b>converged</b>, k−1 steps taken;</li>
 * <li>else θ_k = optimizer step (learning rate {@code schedule.lr(k−1, η)}); if θ_k is not
 *     finite or |θ_k|∞ > {@value BasinMap#ESCAPE}: <b>diverged</b>, k steps taken.</li>
 * </ul>
 * After K steps the same two tests at θ_K decide converged / diverged / still running.
 */
public interface OptimizerBatch {
    /** Status of a start after the run. */
    byte RUNNING = 0, CONVERGED = 1, DIVERGED = 2;

    /** What to run: the optimizer and its schedule from every start (startX[i], startY[i]). */
    record Job(OptimizerSpec optimizer, Schedule schedule, double[] startX, double[] startY, int steps, double gradientTolerance) {
        public Job {
            Objects.requireNonNull(optimizer);
            Objects.requireNonNull(schedule);
            if (startX.length != startY.length) throw new IllegalArgumentException("startX and startY differ in length");
            if (steps < 1) throw new IllegalArgumentException("steps must be ≥ 1, got " + steps);
            if (!(gradientTolerance >= 0)) throw new IllegalArgumentException("gradient tolerance must be ≥ 0");
        }

        public int count() { return startX.length; }

        /** The learning rate of step k = 1 … K at index k−1: {@code schedule.lr(k−1, η)}, as the CPU computes it. */
        public double[] learningRates() {
            double[] lr = new double[steps];
            for (int k = 0; k < steps; k++) lr[k] = schedule.lr(k, optimizer.lr());
            return lr;
        }
    }

    /** Per start: final θ, steps taken and status ({@link #RUNNING}, {@link #CONVERGED}, {@link #DIVERGED}). */
    record Finals(double[] x, double[] y, int[] steps, byte[] status) {
        public static Finals of(int n) { return new Finals(new double[n], new double[n], new int[n], new byte[n]); }
    }

    /**
     * A sweep: one whole trajectory per item (no convergence stop, exact gradients, no noise), all
     * from one start and with one schedule, each item with its own hyperparameters, as
     * {@link org.saddlepoint.optim.TrajectoryRunner} runs it; {@code lossTolerance} marks the first
     * row whose loss is ≤ it.
     */
    record SweepJob(List<OptimizerSpec> optimizers, Schedule schedule, double startX, double startY, int steps, double lossTolerance) {
        public SweepJob {
            optimizers = List.copyOf(optimizers);
            Objects.requireNonNull(schedule);
            if (steps < 0) throw new IllegalArgumentException("steps must be ≥ 0, got " + steps);
        }

        public int count() { return optimizers.size(); }
    }

    /**
     * Per sweep item: the start loss L₀, the final loss, the first row (0 … K) with loss ≤ the
     * tolerance (−1: none) and whether the run diverged (a non-finite loss, gradient or θ; then
     * the losses are meaningless).
     */
    record SweepRuns(double[] startLoss, double[] finalLoss, int[] firstBelow, boolean[] diverged) {
        public static SweepRuns of(int n) { return new SweepRuns(new double[n], new double[n], new int[n], new boolean[n]); }
    }

    /** As {@link #unsupported(Surface, Job)}, for a sweep. */
    default String unsupported(Surface surface, SweepJob job) { return null; }

    /** Runs every sweep item (the CPU reference unless an implementation says otherwise); cancellable. */
    default SweepRuns runSweep(Surface surface, SweepJob job, DoubleConsumer progress, BooleanSupplier cancelled) {
        return CpuOptimizerBatch.instance().runSweep(surface, job, progress, cancelled);
    }

    /**
     * Told that a job is being run on the CPU outside this batch because no batch can take it
     * ({@code why}: one line, e.g. noisy gradients); a batch with notices tells it once. No-op by default.
     */
    default void ranOnCpu(String why) { }

    /** A short name: {@code cpu}, {@code opencl}, {@code auto}. */
    String name();

    /**
     * Null when this batch can run {@code job} on {@code surface}; otherwise one line saying why
     * not (e.g. the optimizer needs the Hessian), and the job belongs on the CPU.
     */
    default String unsupported(Surface surface, Job job) { return null; }

    /** Runs every start; progress in [0, 1]; throws CancellationException once {@code cancelled}. */
    Finals run(Surface surface, Job job, DoubleConsumer progress, BooleanSupplier cancelled);

    /** Where the last job ran, for the status line: e.g. {@code CPU (2 cores)} or {@code OpenCL 0:0 — …}. */
    default String lastBackend() { return name(); }
}
