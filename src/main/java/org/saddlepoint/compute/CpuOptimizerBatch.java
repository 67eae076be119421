package org.saddlepoint.compute;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import java.util.stream.IntStream;
import org.saddlepoint.optim.Noise;
import org.saddlepoint.optim.Optimizer;
import org.saddlepoint.optim.RunSpec;
import org.saddlepoint.optim.Trajectory;
import org.saddlepoint.optim.TrajectoryRunner;
import org.saddlepoint.optim.StepRecord;
import org.saddlepoint.surface.PointFunction;
import org.saddlepoint.surface.Surface;

/**
 * The reference {@link OptimizerBatch}: the optim package's own {@link Optimizer}s, starts in
 * chunks of {@value #CHUNK} on the common fork/join pool, allocation-free per step. Runs every
 * surface and every optimizer (Newton methods read the Hessian).
 */
public final class CpuOptimizerBatch implements OptimizerBatch {
    static final int CHUNK = 256;
    private static final CpuOptimizerBatch INSTANCE = new CpuOptimizerBatch();

    private CpuOptimizerBatch() { }

    public static CpuOptimizerBatch instance() { return INSTANCE; }

    @Override public String name() { return "cpu"; }

    @Override public String lastBackend() { return Backend.CPU.describe(); }

    @Override public Finals run(Surface surface, Job job, DoubleConsumer progress, BooleanSupplier cancelled) {
        Finals out = Finals.of(job.count());
        double[] lrs = job.learningRates();
        int chunks = (job.count() + CHUNK - 1) / CHUNK;
        ForkJoinPool.commonPool().invoke(new Chunks(surface, job, lrs, 0, chunks, out, new AtomicInteger(), chunks, progress, cancelled));
        if (cancelled.getAsBoolean()) throw new CancellationException("optimizer batch cancelled");
        return out;
    }

    /** Every item's trajectory by {@link TrajectoryRunner}, items in parallel; the reference for sweeps. */
    @Override public SweepRuns runSweep(Surface surface, SweepJob job, DoubleConsumer progress, BooleanSupplier cancelled) {
        SweepRuns out = SweepRuns.of(job.count());
        AtomicInteger done = new AtomicInteger();
        IntStream.range(0, job.count()).parallel().forEach(i -> {
            if (cancelled.getAsBoolean()) return;
            RunSpec run = new RunSpec(job.startX(), job.startY(), job.optimizers().get(i), job.schedule(), Noise.NONE, job.steps());
            record(TrajectoryRunner.run(surface, run), job.lossTolerance(), out, i);
            progress.accept((double) done.incrementAndGet() / job.count());
        });
        if (cancelled.getAsBoolean()) throw new CancellationException("sweep cancelled");
        return out;
    }

    /** Writes item {@code i}'s L₀, final loss, first row with loss ≤ {@code tolerance} and divergence from {@code t}. */
    static void record(Trajectory t, double tolerance, SweepRuns out, int i) {
        out.startLoss()[i] = t.loss(0);
        out.finalLoss()[i] = t.finalLoss();
        out.diverged()[i] = t.diverged() || !Double.isFinite(t.finalLoss());
        out.firstBelow()[i] = -1;
        for (int r = 0; r < t.size(); r++) {
            if (t.loss(r) <= tolerance) {
                out.firstBelow()[i] = r;
                break;
            }
        }
    }

    /** Runs one start; writes final θ into {@code theta}; returns the status and the step count in stepsOut[0]. */
    static byte run(PointFunction f, Optimizer opt, Job job, double[] lrs, double x0, double y0, double[] theta, double[] g,
                    double[] h, StepRecord rec, int[] stepsOut) {
        opt.reset();
        theta[0] = x0;
        theta[1] = y0;
        boolean hess = opt.needsHessian();
        double tol2 = job.gradientTolerance() * job.gradientTolerance();
        for (int k = 1; k <= job.steps(); k++) {
            double loss = f.gradient(theta[0], theta[1], g);
            if (!(Double.isFinite(loss) && Double.isFinite(g[0]) && Double.isFinite(g[1]))) {
                stepsOut[0] = k - 1;
                return DIVERGED;
            }
            if (g[0] * g[0] + g[1] * g[1] <= tol2) {
                stepsOut[0] = k - 1;
                return CONVERGED;
            }
            if (hess) f.hessian(theta[0], theta[1], h);
            opt.step(theta, g, h, k, lrs[k - 1], rec);
            if (!(Math.abs(theta[0]) <= BasinMap.ESCAPE && Math.abs(theta[1]) <= BasinMap.ESCAPE)) { // false for NaN too
                stepsOut[0] = k;
                return DIVERGED;
            }
        }
        stepsOut[0] = job.steps();
        double loss = f.gradient(theta[0], theta[1], g);
        if (!(Double.isFinite(loss) && Double.isFinite(g[0]) && Double.isFinite(g[1]))) return DIVERGED;
        return g[0] * g[0] + g[1] * g[1] <= tol2 ? CONVERGED : RUNNING;
    }

    private static final class Chunks extends RecursiveAction {
        private static final long serialVersionUID = 1L;
        private final transient Surface surface;
        private final transient Job job;
        private final double[] lrs;
        private final int from, to, total;
        private final transient Finals out;
        private final AtomicInteger done;
        private final transient DoubleConsumer progress;
        private final transient BooleanSupplier cancelled;

        Chunks(Surface surface, Job job, double[] lrs, int from, int to, Finals out, AtomicInteger done, int total,
               DoubleConsumer progress, BooleanSupplier cancelled) {
            this.surface = surface; this.job = job; this.lrs = lrs; this.from = from; this.to = to; this.out = out;
            this.done = done; this.total = total; this.progress = progress; this.cancelled = cancelled;
        }

        @Override protected void compute() {
            if (to - from > 2) {
                int mid = (from + to) >>> 1;
                invokeAll(new Chunks(surface, job, lrs, from, mid, out, done, total, progress, cancelled),
                          new Chunks(surface, job, lrs, mid, to, out, done, total, progress, cancelled));
                return;
            }
            PointFunction f = surface.newEvaluator();
            Optimizer opt = Optimizer.create(job.optimizer());
            StepRecord rec = new StepRecord();
            double[] theta = new double[2], g = new double[2], h = new double[3];
            int[] k = new int[1];
            for (int c = from; c < to; c++) {
                if (cancelled.getAsBoolean()) return;
                int end = Math.min(job.count(), (c + 1) * CHUNK);
                for (int i = c * CHUNK; i < end; i++) {
                    out.status()[i] = run(f, opt, job, lrs, job.startX()[i], job.startY()[i], theta, g, h, rec, k);
                    out.x()[i] = theta[0];
                    out.y()[i] = theta[1];
                    out.steps()[i] = k[0];
                }
                progress.accept((double) done.incrementAndGet() / total);
            }
        }
    }
}
