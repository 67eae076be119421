package org.saddlepoint.compute;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.Function;
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
        return dispatch(acc -> acc.unsupported(surface, job), acc -> acc.run(surface, job, progress, cancelled),
                () -> cpu.run(surface, job, progress, cancelled));
    }

    @Override public SweepRuns runSweep(Surface surface, SweepJob job, DoubleConsumer progress, BooleanSupplier cancelled) {
        return dispatch(acc -> acc.unsupported(surface, job), acc -> acc.runSweep(surface, job, progress, cancelled),
                () -> cpu.runSweep(surface, job, progress, cancelled));
    }

    @Override public void ranOnCpu(String why) {
        tell(why + " — runs on the CPU");
        last = cpu.lastBackend() + " — " + why;
    }

    /** The accelerator if it opens and takes the job (else the CPU, telling why once); a failure completes on the CPU. */
    private <R> R dispatch(Function<OptimizerBatch, String> unsupported, Function<OptimizerBatch, R> onAccelerator, Supplier<R> onCpu) {
        OptimizerBatch acc = fallback.acceleratedOrNull();
        if (acc == null) return onCpu(onCpu, " — fallback");
        String why = unsupported.apply(acc);
        if (why != null) {
            tell(why + " — runs on the CPU");
            return onCpu(onCpu, " — " + why);
        }
        boolean[] accelerated = new boolean[1];
        R r = fallback.run(a -> {
            R out = onAccelerator.apply(a);
            accelerated[0] = true;
            return out;
        }, onCpu);
        last = accelerated[0] ? acc.lastBackend() : cpu.lastBackend() + " — fallback";
        return r;
    }

    private <R> R onCpu(Supplier<R> job, String why) {
        R r = job.get();
        last = cpu.lastBackend() + why;
        return r;
    }

    private void tell(String line) {
        boolean fresh;
        synchronized (this) {
            fresh = told.add(line);
        }
        if (fresh) for (Consumer<String> l : listeners) l.accept(line);
    }
}
