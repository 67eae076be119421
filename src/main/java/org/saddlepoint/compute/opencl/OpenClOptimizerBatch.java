package org.saddlepoint.compute.opencl;

import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import org.saddlepoint.compute.Backend;
import org.saddlepoint.compute.OptimizerBatch;
import org.saddlepoint.compute.Tolerance;
import org.saddlepoint.expr.Expression;
import org.saddlepoint.expr.OpenClEmitter.Precision;
import org.saddlepoint.optim.OptimizerSpec;
import org.saddlepoint.optim.Schedule;
import org.saddlepoint.surface.ExpressionSurface;
import org.saddlepoint.surface.Surface;

/**
 * Runs many optimizers at once on one OpenCL device, one work-item per start
 * ({@link OptimizerKernel}): the kernel is built once per (gradient program, optimizer kind and
 * flags, precision) and cached by the backend; the learning rates of all K steps are computed on
 * the host by the job's schedule ({@link Job#learningRates()}), so every schedule works. Starts
 * go in bands of about {@value #BAND_STEPS} start-steps; progress and cancel are checked between
 * bands. fp64 devices agree with {@link org.saddlepoint.compute.CpuOptimizerBatch} to rounding
 * ({@link #tolerance()}). Takes expression surfaces and first-order optimizers; anything else
 * is {@link #unsupported} and belongs on the CPU (running it here throws
 * UnsupportedOperationException with that reason).
 */
public final class OpenClOptimizerBatch implements OptimizerBatch {
    static final long BAND_STEPS = 1L << 23;
    private final OpenClBackend backend;

    public OpenClOptimizerBatch(OpenClBackend backend) { this.backend = Objects.requireNonNull(backend); }

    /** On the process-wide default device ({@link OpenClRuntime#shared()}); throws AcceleratorException if there is none. */
    public static OpenClOptimizerBatch onDefaultDevice() { return new OpenClOptimizerBatch(OpenClRuntime.shared()); }

    @Override public String name() { return "opencl"; }

    @Override public String lastBackend() { return Backend.of(backend.device()).describe(); }

    public DeviceInfo device() { return backend.device(); }

    /** Final points agree with the CPU to rounding in fp64; in fp32 much less closely. */
    public Tolerance tolerance() { return backend.precision() == Precision.DOUBLE ? Tolerance.FP64 : Tolerance.FP32; }

    @Override public String unsupported(Surface surface, Job job) {
        if (!(surface instanceof ExpressionSurface)) return "OpenCL runs optimizers on formula surfaces only, not on data surfaces";
        if (!OptimizerKernel.supports(job.optimizer().kind())) return job.optimizer().kind().displayName() + " needs the Hessian";
        return null;
    }

    /** Per-item learning-rate tables (an lr axis under a schedule: K values per item) are kept up to this many values. */
    static final long MAX_LR_TABLE = 1L << 23;

    @Override public String unsupported(Surface surface, SweepJob job) {
        if (!(surface instanceof ExpressionSurface)) return "OpenCL runs optimizers on formula surfaces only, not on data surfaces";
        if (job.count() == 0 || job.steps() < 1) return "nothing to run";
        OptimizerSpec first = job.optimizers().get(0);
        if (!OptimizerKernel.supports(first.kind())) return first.kind().displayName() + " needs the Hessian";
        for (OptimizerSpec o : job.optimizers()) {
            if (o.kind() != first.kind() || o.nesterov() != first.nesterov() || o.amsgrad() != first.amsgrad() || o.centered() != first.centered()) {
                return "a sweep that changes the optimizer's kind or flags runs on the CPU";
            }
        }
        if (job.schedule() != Schedule.CONSTANT && !sameLr(job) && (long) job.count() * job.steps() > MAX_LR_TABLE) {
            return "a scheduled learning-rate axis this large runs on the CPU";
        }
        return null;
    }

    private static boolean sameLr(SweepJob job) {
        double lr = job.optimizers().get(0).lr();
        for (OptimizerSpec o : job.optimizers()) if (Double.compare(o.lr(), lr) != 0) return false;
        return true;
    }

    /**
     * Every item's whole trajectory, one work-item each ({@link OptimizerKernel.Mode#SWEEP}). The
     * learning rate of step k is the CPU's {@code schedule.lr(k−1, η_i)}: a constant schedule
     * gives η_i·1, a schedule with one η for all a shared table, otherwise one table per item.
     * Adam's βᵏ come from the host: one row of K values per distinct β, indexed per item.
     */
    @Override public SweepRuns runSweep(Surface surface, SweepJob job, DoubleConsumer progress, BooleanSupplier cancelled) {
        String why = unsupported(surface, job);
        if (why != null) throw new UnsupportedOperationException(why);
        ExpressionSurface s = (ExpressionSurface) surface;
        int count = job.count(), steps = job.steps();
        OptimizerSpec first = job.optimizers().get(0);
        String source = OptimizerKernel.source(s.expression().compile(Expression.Order.GRADIENT, s.parameterValues()), first,
                backend.precision(), OptimizerKernel.Mode.SWEEP);
        int stride = OptimizerKernel.HYPERPARAMETERS.length;
        double[] hp = new double[count * stride], lrs;
        int lrStride = 0;
        boolean constant = job.schedule() == Schedule.CONSTANT;
        if (constant) {
            lrs = new double[steps];
            java.util.Arrays.fill(lrs, 1.0);
        } else if (sameLr(job)) {
            lrs = new OptimizerBatch.Job(first, job.schedule(), new double[0], new double[0], steps, 0).learningRates();
        } else {
            lrs = new double[count * steps];
            lrStride = steps;
            for (int i = 0; i < count; i++) {
                double lr = job.optimizers().get(i).lr();
                for (int k = 0; k < steps; k++) lrs[i * steps + k] = job.schedule().lr(k, lr);
            }
        }
        for (int i = 0; i < count; i++) {
            OptimizerSpec o = job.optimizers().get(i);
            System.arraycopy(OptimizerKernel.hyperparameters(o, constant ? o.lr() : 1.0), 0, hp, i * stride, stride);
        }
        // Adam's powers: one row of K values per distinct β, two row indices per item
        java.util.Map<Double, Integer> rows = new java.util.LinkedHashMap<>();
        int[] powIndex = new int[2 * count];
        for (int i = 0; i < count; i++) {
            OptimizerSpec o = job.optimizers().get(i);
            powIndex[2 * i] = rows.computeIfAbsent(o.beta1(), v -> rows.size());
            powIndex[2 * i + 1] = rows.computeIfAbsent(o.beta2(), v -> rows.size());
        }
        double[] powers = new double[rows.size() * steps];
        for (var e : rows.entrySet()) System.arraycopy(OptimizerKernel.powerRow(e.getKey(), steps), 0, powers, e.getValue() * steps, steps);
        double[] sx = new double[count], sy = new double[count];
        java.util.Arrays.fill(sx, job.startX());
        java.util.Arrays.fill(sy, job.startY());
        double[] l0 = new double[count], last = new double[count];
        int[] below = new int[count], status = new int[count];
        int band = (int) Math.max(256, Math.min(1 << 16, BAND_STEPS / steps) / 256 * 256);
        for (int from = 0; from < count; from += band) {
            if (cancelled.getAsBoolean()) throw new CancellationException("sweep cancelled");
            int n = Math.min(band, count - from);
            backend.runOptimizers(source, sx, sy, from, n, hp, stride, lrs, lrStride, powers, powIndex, 2, job.lossTolerance(), l0, last, below, status);
            progress.accept((double) (from + n) / count);
        }
        if (cancelled.getAsBoolean()) throw new CancellationException("sweep cancelled");
        SweepRuns out = new SweepRuns(l0, last, below, new boolean[count]);
        for (int i = 0; i < count; i++) out.diverged()[i] = status[i] == OptimizerBatch.DIVERGED;
        return out;
    }

    /** The kernel source this batch builds for {@code job} on {@code surface}. */
    public String kernelSource(Surface surface, Job job) {
        String why = unsupported(surface, job);
        if (why != null) throw new UnsupportedOperationException(why);
        ExpressionSurface s = (ExpressionSurface) surface;
        return OptimizerKernel.source(s.expression().compile(Expression.Order.GRADIENT, s.parameterValues()), job.optimizer(), backend.precision());
    }

    @Override public Finals run(Surface surface, Job job, DoubleConsumer progress, BooleanSupplier cancelled) {
        String source = kernelSource(surface, job);
        int count = job.count();
        Finals out = Finals.of(count);
        double[] hp = OptimizerKernel.hyperparameters(job.optimizer(), 1.0); // η per step comes whole from lrs
        double[] lrs = job.learningRates();
        double[] powers = OptimizerKernel.powers(job.optimizer(), job.steps());
        double tol2 = job.gradientTolerance() * job.gradientTolerance();
        int band = (int) Math.max(256, Math.min(1 << 16, BAND_STEPS / job.steps()) / 256 * 256);
        int[] taken = new int[count], status = new int[count];
        for (int from = 0; from < count; from += band) {
            if (cancelled.getAsBoolean()) throw new CancellationException("optimizer batch cancelled");
            int n = Math.min(band, count - from);
            backend.runOptimizers(source, job.startX(), job.startY(), from, n, hp, 0, lrs, 0, powers, new int[] {0, 1}, 0, tol2, out.x(), out.y(), taken, status);
            progress.accept((double) (from + n) / count);
        }
        if (cancelled.getAsBoolean()) throw new CancellationException("optimizer batch cancelled");
        System.arraycopy(taken, 0, out.steps(), 0, count);
        for (int i = 0; i < count; i++) out.status()[i] = (byte) status[i];
        return out;
    }
}
