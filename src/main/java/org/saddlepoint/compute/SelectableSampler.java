package org.saddlepoint.compute;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.saddlepoint.compute.opencl.DeviceInfo;
import org.saddlepoint.compute.opencl.OpenClRuntime;
import org.saddlepoint.compute.opencl.OpenClSampler;
import org.saddlepoint.surface.Domain;
import org.saddlepoint.surface.ScalarGrid;
import org.saddlepoint.surface.Surface;

/**
 * The sampler behind a user's backend choice ({@link Backend}): CPU, Auto, or one OpenCL device,
 * switchable at any time (the next job uses the new choice). Auto and every device go through a
 * {@link FallbackSampler}, so a device that fails completes the job on the CPU; each distinct
 * fallback reason is told once ({@link #addNoticeListener}). {@link #inUse()} says what produced
 * the last grid: the device, the CPU, or the CPU after a fallback. The accelerated samplers are
 * opened on first use and kept per backend (kernels stay cached). Thread-safe.
 *
 * <p>Auto samples grids smaller than {@link #AUTO_MIN_POINTS} on the CPU: there a new kernel's
 * build costs more than it saves (PoCL on 2 cores: 256² + 400² points of a new expression take
 * 10–40 ms on the CPU and about 450 ms through OpenCL, almost all of it the kernel build).
 * Choosing a device explicitly always uses it.
 */
public final class SelectableSampler implements Sampler, ToleranceReporting {
    private final Sampler cpu;
    private final Supplier<Sampler> autoFactory;
    private final Supplier<DeviceInfo> autoDevice;
    private final Function<DeviceInfo, Sampler> deviceFactory;
    private final Predicate<Surface> acceleratedSupports;
    private final Map<String, FallbackSampler> fallbacks = new HashMap<>();
    private final OnceNotices notices = new OnceNotices();
    private final List<Runnable> changeListeners = new CopyOnWriteArrayList<>();
    /** Auto sends grids of at least this many points (1024²) to OpenCL. */
    public static final long AUTO_MIN_POINTS = 1L << 20;
    private final long autoMinPoints;
    private volatile Backend selected = Backend.AUTO;
    private volatile String inUse;

    /** Over the real backends: the shared CPU sampler, OpenCL's default device for Auto, any device on request. */
    public SelectableSampler() {
        this(Samplers.cpu(), OpenClSampler::onDefaultDevice, OpenClRuntime::defaultDevice,
                d -> new OpenClSampler(OpenClRuntime.open(d)), OpenClSampler::supports, AUTO_MIN_POINTS);
    }

    /**
     * @param cpu the reference that always works
     * @param autoFactory opens Auto's accelerated sampler (may throw)
     * @param autoDevice the device Auto uses (may throw when there is none)
     * @param deviceFactory opens a sampler on one device (may throw)
     * @param acceleratedSupports which surfaces an accelerated sampler takes
     * @param autoMinPoints Auto sends grids of at least this many points to the accelerator, smaller ones to the CPU
     */
    public SelectableSampler(Sampler cpu, Supplier<Sampler> autoFactory, Supplier<DeviceInfo> autoDevice,
                             Function<DeviceInfo, Sampler> deviceFactory, Predicate<Surface> acceleratedSupports, long autoMinPoints) {
        this.autoMinPoints = autoMinPoints;
        this.cpu = Objects.requireNonNull(cpu);
        this.autoFactory = Objects.requireNonNull(autoFactory);
        this.autoDevice = Objects.requireNonNull(autoDevice);
        this.deviceFactory = Objects.requireNonNull(deviceFactory);
        this.acceleratedSupports = Objects.requireNonNull(acceleratedSupports);
    }

    @Override public String name() { return selected.id(); }

    public Backend selected() { return selected; }

    /** Chooses the backend for the next jobs; tells the change listeners. */
    public void select(Backend b) {
        Objects.requireNonNull(b);
        if (b.equals(selected)) return;
        selected = b;
        inUse = null;
        fire();
    }

    /**
     * What ran the last job (before the first job: what is chosen): e.g. {@code CPU (2 cores)},
     * {@code Auto → OpenCL 0:0 — … (…)}, {@code Auto → CPU (2 cores) — small grid},
     * {@code CPU (2 cores) — data surface} or {@code CPU (2 cores) — fallback}.
     */
    public String inUse() {
        String s = inUse;
        return s != null ? s : planned();
    }

    private String planned() {
        Backend b = selected;
        if (b.kind() == Backend.Kind.CPU) return Backend.CPU.describe();
        if (b.kind() == Backend.Kind.AUTO) return "Auto";
        FallbackSampler f = fallback(b);
        if (f.activeBackend().equals(cpu.name())) return Backend.CPU.describe() + " — fallback";
        return b.kind() == Backend.Kind.OPENCL ? b.describe() : "Auto → " + autoDescription();
    }

    private String autoDescription() {
        try {
            return Backend.of(autoDevice.get()).describe();
        } catch (RuntimeException | LinkageError e) {
            return Backend.CPU.describe();
        }
    }

    /** Every fallback notice so far, oldest first, each once. */
    public List<String> notices() { return notices.all(); }

    /** Called (on the sampling thread) once per distinct fallback reason. */
    public void addNoticeListener(Consumer<String> l) { notices.addListener(l); }

    /** Called (on any thread) when the selection or {@link #inUse()} changes. */
    public void addChangeListener(Runnable l) { changeListeners.add(Objects.requireNonNull(l)); }

    public void removeChangeListener(Runnable l) { changeListeners.remove(l); }

    @Override public Tolerance tolerance() {
        Backend b = selected;
        return b.kind() == Backend.Kind.CPU ? Tolerance.EXACT : fallback(b).tolerance();
    }

    @Override public ScalarGrid sample(Surface surface, Domain domain, int nx, int ny, DoubleConsumer progress, BooleanSupplier cancelled) {
        Backend b = selected;
        String used;
        ScalarGrid g;
        if (b.kind() == Backend.Kind.CPU) {
            g = cpu.sample(surface, domain, nx, ny, progress, cancelled);
            used = Backend.CPU.describe();
        } else if (b.kind() == Backend.Kind.AUTO && (long) nx * ny < autoMinPoints) {
            g = cpu.sample(surface, domain, nx, ny, progress, cancelled);
            used = "Auto → " + Backend.CPU.describe() + " — small grid";
        } else if (!acceleratedSupports.test(surface)) {
            g = cpu.sample(surface, domain, nx, ny, progress, cancelled);
            used = Backend.CPU.describe() + " — data surface";
        } else {
            FallbackSampler f = fallback(b);
            int before = f.notices().size();
            g = f.sample(surface, domain, nx, ny, progress, cancelled);
            boolean fellBack = f.notices().size() > before || f.activeBackend().equals(cpu.name());
            used = fellBack ? Backend.CPU.describe() + " — fallback" : b.kind() == Backend.Kind.OPENCL ? b.describe() : "Auto → " + autoDescription();
        }
        if (!used.equals(inUse)) {
            inUse = used;
            fire();
        }
        return g;
    }

    private synchronized FallbackSampler fallback(Backend b) {
        return fallbacks.computeIfAbsent(b.id(), id -> {
            Supplier<Sampler> open = b.kind() == Backend.Kind.AUTO ? autoFactory : () -> deviceFactory.apply(b.device());
            FallbackSampler f = new FallbackSampler(open, acceleratedSupports, cpu);
            f.addNoticeListener(notices::tell);
            return f;
        });
    }


    private void fire() {
        for (Runnable r : changeListeners) r.run();
    }
}
