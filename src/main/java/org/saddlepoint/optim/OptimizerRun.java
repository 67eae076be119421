package org.saddlepoint.optim;

import java.util.Arrays;
import org.saddlepoint.surface.PointFunction;
import org.saddlepoint.surface.Surface;

/**
 * A run in progress: one {@link RunSpec} on one {@link Surface}, advanced one step at a time
 * ({@link #step()}), so a caller can pause, single-step, or snapshot it ({@link #trajectory()})
 * at any point; rewinding is replaying a fresh run to the wanted step (runs are deterministic:
 * the same spec, seed and surface give bit-identical rows).
 *
 * <p>Each step k evaluates the exact gradient at θ_{k−1} (which also yields f(θ_{k−1}), the loss
 * of the row before), draws the gradient to use ({@link Noise}), asks the schedule for η_k, and
 * lets the {@link Optimizer} move θ. A non-finite θ, loss or gradient ends the run with
 * "diverged at step k", keeping only rows 0..k−1 (all finite). Not thread-safe; nothing is
 * allocated per step except when the row arrays grow (doubling).
 */
public final class OptimizerRun {
    /** Rows allocated up front (more grow by doubling): 2¹⁶ rows = 7 MiB. */
    private static final int INITIAL_CAPACITY = 1 << 16;
    private final RunSpec spec;
    private final PointFunction f;
    private final Optimizer optimizer;
    private final GradientSampler sampler;
    private final Schedule schedule;
    private final double baseLr;
    private final boolean needsHessian;
    private final double[] theta = new double[2], exact = new double[2], used = new double[2], hessian = new double[3];
    private final StepRecord record = new StepRecord();
    private double[][] cols = new double[Trajectory.COLUMNS][];
    private String[] notes;
    /** Rows written (the last one's loss is pending while {@code lossPending}). */
    private int rows;
    private boolean lossPending;
    private String stopReason;
    private boolean finished;

    public OptimizerRun(Surface surface, RunSpec spec) {
        this.spec = spec;
        this.f = surface.newEvaluator();
        this.optimizer = Optimizer.create(spec.optimizer());
        this.sampler = new GradientSampler(f, spec.noise(), surface.exampleCount());
        this.schedule = spec.schedule();
        this.baseLr = spec.optimizer().lr();
        this.needsHessian = optimizer.needsHessian();
        int capacity = (int) Math.min(spec.steps() + 1L, INITIAL_CAPACITY);
        for (int c = 0; c < Trajectory.COLUMNS; c++) cols[c] = new double[capacity];
        theta[0] = spec.startX();
        theta[1] = spec.startY();
        cols[Trajectory.X][0] = theta[0];
        cols[Trajectory.Y][0] = theta[1];
        cols[Trajectory.LOSS][0] = Double.NaN;
        rows = 1;
        lossPending = true;
        finished = spec.steps() == 0;
    }

    /** Steps taken so far. */
    public int stepsTaken() { return rows - 1; }

    /** Whether no more steps will be taken (all done, diverged or stopped). */
    public boolean finished() { return finished; }

    /** Current θ. */
    public double x() { return theta[0]; }

    public double y() { return theta[1]; }

    /** Why the run ended early, or null. */
    public String stopReason() { return stopReason; }

    /** Takes one optimizer step; returns false (and does nothing) once the run has finished. */
    public boolean step() {
        if (finished) return false;
        final int k = rows;                       // the step being taken; θ_{k−1} is row k−1
        double x = theta[0], y = theta[1];
        double loss = f.gradient(x, y, exact);
        if (lossPending) {
            if (!Double.isFinite(loss)) return diverge(k - 1);
            cols[Trajectory.LOSS][k - 1] = loss;
            lossPending = false;
        }
        if (!(Double.isFinite(exact[0]) && Double.isFinite(exact[1]))) return diverge(k);
        sampler.sample(x, y, exact, used);
        if (!(Double.isFinite(used[0]) && Double.isFinite(used[1]))) return diverge(k);
        if (needsHessian) f.hessian(x, y, hessian);
        double lr = schedule.lr(k - 1, baseLr);
        optimizer.step(theta, used, hessian, k, lr, record);
        double nx = theta[0], ny = theta[1];
        if (!(Double.isFinite(nx) && Double.isFinite(ny))) return diverge(k);
        if (k == cols[0].length) grow();
        double[][] c = cols;
        c[Trajectory.X][k] = nx;
        c[Trajectory.Y][k] = ny;
        c[Trajectory.LOSS][k] = Double.NaN;
        c[Trajectory.GRAD_X][k] = exact[0];
        c[Trajectory.GRAD_Y][k] = exact[1];
        c[Trajectory.USED_GRAD_X][k] = used[0];
        c[Trajectory.USED_GRAD_Y][k] = used[1];
        c[Trajectory.MOMENTUM_X][k] = record.momentumX;
        c[Trajectory.MOMENTUM_Y][k] = record.momentumY;
        c[Trajectory.SCALE_X][k] = record.scaleX;
        c[Trajectory.SCALE_Y][k] = record.scaleY;
        c[Trajectory.LR][k] = record.lr;
        c[Trajectory.UPDATE_X][k] = nx - x;
        c[Trajectory.UPDATE_Y][k] = ny - y;
        if (record.note != null) {
            if (notes == null) notes = new String[cols[0].length];
            notes[k] = record.note;
        }
        rows = k + 1;
        lossPending = true;
        if (k == spec.steps()) finished = true;
        return true;
    }

    /** Ends the run early with {@code reason} (e.g. "cancelled at step 120"); later steps do nothing. */
    public void stop(String reason) {
        if (!finished) {
            finished = true;
            stopReason = reason;
        }
    }

    /**
     * The rows so far as an immutable trajectory (evaluating the loss of the newest row if it is
     * still pending; if that loss is not finite the row is dropped and the run ends as diverged).
     */
    public Trajectory trajectory() {
        if (lossPending) {
            double loss = f.value(theta[0], theta[1]);
            if (Double.isFinite(loss) || rows == 1) {
                cols[Trajectory.LOSS][rows - 1] = loss;
                lossPending = false;
                if (!Double.isFinite(loss)) stop(startNotFinite());
            } else {
                diverge(rows - 1);
            }
        }
        double[][] copy;
        if (finished && cols[0].length == rows) {
            copy = cols; // never written again: hand the arrays over instead of copying
        } else {
            copy = new double[Trajectory.COLUMNS][];
            for (int c = 0; c < Trajectory.COLUMNS; c++) copy[c] = Arrays.copyOf(cols[c], rows);
        }
        return new Trajectory(spec, copy, rows, stopReason, notes == null ? null : Arrays.copyOf(notes, rows));
    }

    /** Step {@code k} produced a non-finite value: keep rows 0..k−1 (row 0 always) and stop. */
    private boolean diverge(int k) {
        if (k == 0) {
            // the start itself has a non-finite loss: keep it so the trajectory is never empty
            cols[Trajectory.LOSS][0] = f.value(theta[0], theta[1]);
            lossPending = false;
            stop(startNotFinite());
            return false;
        }
        rows = k;
        lossPending = false;
        theta[0] = cols[Trajectory.X][k - 1];
        theta[1] = cols[Trajectory.Y][k - 1];
        stop("diverged at step " + k);
        return false;
    }

    private static String startNotFinite() {
        return "diverged at step 0 (the loss at the start is not finite)";
    }

    private void grow() {
        int cap = (int) Math.min((long) cols[0].length * 2, spec.steps() + 1L);
        for (int c = 0; c < Trajectory.COLUMNS; c++) cols[c] = Arrays.copyOf(cols[c], cap);
        if (notes != null) notes = Arrays.copyOf(notes, cap);
    }
}
