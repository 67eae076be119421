package org.saddlepoint.compute;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.Supplier;
import org.saddlepoint.surface.Surface;

/**
 * An accelerated {@link OptimizerBatch} (OpenCL) with the CPU behind it, under the same contract
 * as {@link FallbackSampler} ({@link AcceleratorFallback}): a failure to open or to run (no
 * library, no platform, build error, device lost mid-job) completes the job on the CPU and is
 * told once, {@code "… — computing on the CPU instead"}. A job the accelerator cannot take
 * (Newton methods need the Hessian; data surfaces) runs on the CPU and its reason is told once
 * too, {@code "… — runs on the CPU"}, without switching the accelerator off. Thread-safe.
 */
public final class FallbackOptimizerBatch implements OptimizerBatch {
    private final AcceleratorFallback<OptimizerBatch> fallback;
    private final OptimizerBatch cpu;
    private final Set<String> told = new LinkedHashSet<>();
    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();
    private volatile String last;

    /**
     * @param acceleratedFactory opens the accelerated batch on first use; may throw
     * @param cpu the reference that always works
     */
    public FallbackOptimizerBatch(Supplier<? extends OptimizerBatch> acceleratedFactory, OptimizerBatch cpu) {
        this.fallback = new AcceleratorFallback<>(acceleratedFactory, "computing");
        this.cpu = Objects.requireNonNull(cpu);
        this.last = "auto";
    }

    @Override public String name() { return "auto"; }

    /** Where the last job ran: the accelerator's description, or the CPU's with why. */
    @Override public String lastBackend() { return last; }

    /** Every notice so far (fallbacks and unsupported jobs), oldest first, each once. */
    public synchronized List<String> notices() {
        Set<String> all = new LinkedHashSet<>(told);
        all.addAll(fallback.notices());
        return List.copyOf(all);
    }

    /** Called (on the job's thread) with each new notice. */
    public void addNoticeListener(Consumer<String> listener) {
        fallback.addNoticeListener(listener);
        listeners.add(listener);
    }

    @Override public Finals run(Surface surface, Job job, DoubleConsumer progress, BooleanSupplier cancelled) {
        OptimizerBatch acc = fallback.acceleratedOrNull();
        if (acc == null) return onCpu(surface, job, progress, cancelled, " — fallback");
        String why = acc.unsupported(surface, job);
        if (why != null) {
            tell(why + " — runs on the CPU");
            return onCpu(surface, job, progress, cancelled, " — " + why);
        }
        boolean[] onAccelerator = new boolean[1];
        Finals f = fallback.run(a -> {
            Finals r = a.run(surface, job, progress, cancelled);
            onAccelerator[0] = true;
            return r;
        }, () -> cpu.run(surface, job, progress, cancelled));
        last = onAccelerator[0] ? acc.lastBackend() : cpu.lastBackend() + " — fallback";
        return f;
    }

    private Finals onCpu(Surface surface, Job job, DoubleConsumer progress, BooleanSupplier cancelled, String why) {
        Finals f = cpu.run(surface, job, progress, cancelled);
        last = cpu.lastBackend() + why;
        return f;
    }

    private void tell(String line) {
        boolean fresh;
        synchronized (this) {
            fresh = told.add(line);
        }
        if (fresh) for (Consumer<String> l : listeners) l.accept(line);
    }
}
