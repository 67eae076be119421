package org.saddlepoint.compute;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.saddlepoint.compute.opencl.DeviceInfo;
import org.saddlepoint.compute.opencl.OpenClOptimizerBatch;
import org.saddlepoint.compute.opencl.OpenClRuntime;
import org.saddlepoint.surface.Surface;

/**
 * The optimizer batch behind the user's backend choice ({@link Backend}, the same choice that
 * drives sampling: {@link SelectableSampler#selected()}): CPU, Auto, or one OpenCL device. Auto and
 * every device go through a {@link FallbackOptimizerBatch} (kept per backend, so kernels stay
 * cached), so a device that fails completes the job on the CPU and each reason is told once.
 * {@link #lastBackend()} says what computed the last map.
 *
 * <p>Auto runs jobs of fewer than {@link #AUTO_MIN_STEPS} start-steps on the CPU: there a new
 * kernel's build (0.1–0.7 s with PoCL on 2 cores) costs more than the CPU needs for the whole job
 * (about 50 million Adam steps/s on Himmelblau). Choosing a device explicitly always uses it.
 */
public final class SelectableOptimizerBatch implements OptimizerBatch {
    /** Auto sends jobs of at least this many start × step pairs (2²⁴ ≈ 16.8 million) to OpenCL. */
    public static final long AUTO_MIN_STEPS = 1L << 24;
    private final Supplier<Backend> selection;
    private final OptimizerBatch cpu;
    private final Supplier<? extends OptimizerBatch> autoFactory;
    private final Function<DeviceInfo, ? extends OptimizerBatch> deviceFactory;
    private final long autoMinSteps;
    private final Map<String, FallbackOptimizerBatch> fallbacks = new HashMap<>();
    private final OnceNotices notices = new OnceNotices();
    private volatile String last;

    /** Over the real backends, following {@code selection} (e.g. the sampler's {@code selected()}). */
    public SelectableOptimizerBatch(Supplier<Backend> selection) {
        this(selection, OptimizerBatches.cpu(), OpenClOptimizerBatch::onDefaultDevice,
                d -> new OpenClOptimizerBatch(OpenClRuntime.open(d)), AUTO_MIN_STEPS);
    }

    /**
     * @param selection the backend chosen now (read at the start of every job)
     * @param cpu the reference that always works
     * @param autoFactory opens Auto's accelerated batch (may throw)
     * @param deviceFactory opens a batch on one device (may throw)
     * @param autoMinSteps Auto sends jobs of at least this many start-steps to the accelerator
     */
    public SelectableOptimizerBatch(Supplier<Backend> selection, OptimizerBatch cpu, Supplier<? extends OptimizerBatch> autoFactory,
                                    Function<DeviceInfo, ? extends OptimizerBatch> deviceFactory, long autoMinSteps) {
        this.selection = Objects.requireNonNull(selection);
        this.cpu = Objects.requireNonNull(cpu);
        this.autoFactory = Objects.requireNonNull(autoFactory);
        this.deviceFactory = Objects.requireNonNull(deviceFactory);
        this.autoMinSteps = autoMinSteps;
        this.last = cpu.lastBackend();
    }

    @Override public String name() { return selection.get().id(); }

    /** What computed the last job: e.g. {@code OpenCL 0:0 — …}, {@code Auto → CPU (2 cores) — small job}, {@code CPU (2 cores) — fallback}. */
    @Override public String lastBackend() { return last; }

    /** Every notice so far, oldest first, each once. */
    public List<String> notices() { return notices.all(); }

    /** Called (on the job's thread) once per distinct notice (fallback, or a job OpenCL cannot take). */
    public void addNoticeListener(Consumer<String> l) { notices.addListener(l); }

    @Override public Finals run(Surface surface, Job job, DoubleConsumer progress, BooleanSupplier cancelled) {
        return dispatch((long) job.count() * job.steps(), b -> b.run(surface, job, progress, cancelled));
    }

    @Override public SweepRuns runSweep(Surface surface, SweepJob job, DoubleConsumer progress, BooleanSupplier cancelled) {
        return dispatch((long) job.count() * job.steps(), b -> b.runSweep(surface, job, progress, cancelled));
    }

    @Override public void ranOnCpu(String why) {
        Backend b = selection.get();
        if (b.kind() == Backend.Kind.CPU) {
            last = cpu.lastBackend();
        } else {
            FallbackOptimizerBatch fb = fallback(b);
            fb.ranOnCpu(why);
            last = fb.lastBackend();
        }
    }

    private <R> R dispatch(long work, Function<OptimizerBatch, R> job) {
        Backend b = selection.get();
        R r;
        if (b.kind() == Backend.Kind.CPU) {
            r = job.apply(cpu);
            last = cpu.lastBackend();
        } else if (b.kind() == Backend.Kind.AUTO && work < autoMinSteps) {
            r = job.apply(cpu);
            last = "Auto → " + cpu.lastBackend() + " — small job";
        } else {
            FallbackOptimizerBatch fb = fallback(b);
            r = job.apply(fb);
            last = (b.kind() == Backend.Kind.AUTO ? "Auto → " : "") + fb.lastBackend();
        }
        return r;
    }

    private synchronized FallbackOptimizerBatch fallback(Backend b) {
        return fallbacks.computeIfAbsent(b.id(), id -> {
            Supplier<? extends OptimizerBatch> open = b.kind() == Backend.Kind.AUTO ? autoFactory : () -> deviceFactory.apply(b.device());
            FallbackOptimizerBatch f = new FallbackOptimizerBatch(open, cpu);
            f.addNoticeListener(notices::tell);
            return f;
        });
    }

}
