package org.saddlepoint.compute;

import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.saddlepoint.surface.Domain;
import org.saddlepoint.surface.ScalarGrid;
import org.saddlepoint.surface.Surface;

/**
 * Tries an accelerated sampler (OpenCL) and, on any failure — no library
 * ({@link LinkageError}), no platform, kernel build failure, out of resources, device lost in
 * the middle of a job, or any other exception — completes the same job on the CPU. Each
 * distinct reason is reported once, as a one-line notice ({@link #notices()} and listeners);
 * a permanent fault (see {@link AcceleratorException.Kind#permanent()}) or an unexpected one
 * stops further attempts for the life of this sampler. Surfaces the accelerator does not
 * support (data surfaces) go straight to the CPU without a notice. Cancellation is passed on,
 * never treated as a failure. Thread-safe. The contract itself lives in {@link AcceleratorFallback}.
 */
public final class FallbackSampler implements Sampler, ToleranceReporting {
    private final Predicate<Surface> acceleratedSupports;
    private final Sampler cpu;
    private final AcceleratorFallback<Sampler> fallback;

    /**
     * @param acceleratedFactory opens the accelerated sampler on first use; may throw
     * @param acceleratedSupports which surfaces the accelerated sampler can take
     * @param cpu the reference sampler that always works
     */
    public FallbackSampler(Supplier<? extends Sampler> acceleratedFactory, Predicate<Surface> acceleratedSupports, Sampler cpu) {
        this.fallback = new AcceleratorFallback<>(acceleratedFactory, "sampling");
        this.acceleratedSupports = Objects.requireNonNull(acceleratedSupports);
        this.cpu = Objects.requireNonNull(cpu);
    }

    @Override public String name() { return "auto"; }

    /** The backend the next job on an expression surface will use: e.g. {@code opencl} or {@code cpu}. */
    public String activeBackend() {
        if (fallback.disabled()) return cpu.name();
        Sampler acc = fallback.openedOrNull();
        return acc == null ? "auto (OpenCL not probed yet)" : acc.name();
    }

    /**
     * The tolerance of the backend the next job will use (opens the accelerator if not yet
     * tried): the accelerator's until it fails, then exact.
     */
    @Override public Tolerance tolerance() {
        if (fallback.acceleratedOrNull() instanceof ToleranceReporting t) return t.tolerance();
        return Tolerance.EXACT;
    }

    /** Every notice given so far, oldest first (each distinct reason once). */
    public List<String> notices() { return fallback.notices(); }

    /** Called (on the sampling thread) with each new notice. */
    public void addNoticeListener(Consumer<String> listener) { fallback.addNoticeListener(listener); }

    public void removeNoticeListener(Consumer<String> listener) { fallback.removeNoticeListener(listener); }

    @Override public ScalarGrid sample(Surface surface, Domain domain, int nx, int ny,
                                       DoubleConsumer progress, BooleanSupplier cancelled) {
        if (!acceleratedSupports.test(surface)) return cpu.sample(surface, domain, nx, ny, progress, cancelled);
        return fallback.run(acc -> acc.sample(surface, domain, nx, ny, progress, cancelled),
                () -> cpu.sample(surface, domain, nx, ny, progress, cancelled));
    }

    /** As {@link #sample}, into the caller's {@code out} (the CPU rewrites all of it after a device failure). */
    @Override public ScalarGrid sampleInto(Surface surface, Domain domain, int nx, int ny, double[] out,
                                           DoubleConsumer progress, BooleanSupplier cancelled) {
        Sampler.requireLength(out, nx, ny);
        if (!acceleratedSupports.test(surface)) return cpu.sampleInto(surface, domain, nx, ny, out, progress, cancelled);
        return fallback.run(acc -> acc.sampleInto(surface, domain, nx, ny, out, progress, cancelled),
                () -> cpu.sampleInto(surface, domain, nx, ny, out, progress, cancelled));
    }
}
