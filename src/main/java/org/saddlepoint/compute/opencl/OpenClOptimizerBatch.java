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
 * is {@link #unsupported} and belongs on the CPU.
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

    /** The kernel source this batch builds for {@code job} on {@code surface}. */
    public String kernelSource(Surface surface, Job job) {
        String why = unsupported(surface, job);
        if (why != null) throw new IllegalArgumentException(why);
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
            backend.runOptimizers(source, job.startX(), job.startY(), from, n, hp, 0, lrs, powers, tol2, out.x(), out.y(), taken, status);
            progress.accept((double) (from + n) / count);
        }
        if (cancelled.getAsBoolean()) throw new CancellationException("optimizer batch cancelled");
        System.arraycopy(taken, 0, out.steps(), 0, count);
        for (int i = 0; i < count; i++) out.status()[i] = (byte) status[i];
        return out;
    }
}
