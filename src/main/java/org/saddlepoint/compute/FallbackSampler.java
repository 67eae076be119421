package org.saddlepoint.compute;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
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
 * never treated as a failure. Thread-safe.
 */
public final class FallbackSampler implements Sampler, ToleranceReporting {
    private final Supplier<? extends Sampler> acceleratedFactory;
    private final Predicate<Surface> acceleratedSupports;
    private final Sampler cpu;
    private final Set<String> noticeSet = new LinkedHashSet<>();
    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();
    private Sampler accelerated;
    private boolean disabled;

    /**
     * @param acceleratedFactory opens the accelerated sampler on first use; may throw
     * @param acceleratedSupports which surfaces the accelerated sampler can take
     * @param cpu the reference sampler that always works
     */
    public FallbackSampler(Supplier<? extends Sampler> acceleratedFactory, Predicate<Surface> acceleratedSupports, Sampler cpu) {
        this.acceleratedFactory = Objects.requireNonNull(acceleratedFactory);
        this.acceleratedSupports = Objects.requireNonNull(acceleratedSupports);
        this.cpu = Objects.requireNonNull(cpu);
    }

    @Override public String name() { return "auto"; }

    /** The backend the next job on an expression surface will use: e.g. {@code opencl} or {@code cpu}. */
    public synchronized String activeBackend() {
        if (disabled) return cpu.name();
        return accelerated == null ? "auto (OpenCL not probed yet)" : accelerated.name();
    }

    /**
     * The tolerance of the backend the next job will use (opens the accelerator if not yet
     * tried): the accelerator's until it fails, then exact.
     */
    @Override public synchronized Tolerance tolerance() {
        if (acceleratedOrNull() instanceof ToleranceReporting t) return t.tolerance();
        return Tolerance.EXACT;
    }

    /** Every notice given so far, oldest first (each distinct reason once). */
    public synchronized List<String> notices() { return new ArrayList<>(noticeSet); }

    /** Called (on the sampling thread) with each new notice. */
    public void addNoticeListener(Consumer<String> listener) { listeners.add(Objects.requireNonNull(listener)); }

    public void removeNoticeListener(Consumer<String> listener) { listeners.remove(listener); }

    @Override public ScalarGrid sample(Surface surface, Domain domain, int nx, int ny,
                                       DoubleConsumer progress, BooleanSupplier cancelled) {
        if (!acceleratedSupports.test(surface)) return cpu.sample(surface, domain, nx, ny, progress, cancelled);
        Sampler acc = acceleratedOrNull();
        if (acc != null) {
            try {
                return acc.sample(surface, domain, nx, ny, progress, cancelled);
            } catch (CancellationException e) {
                throw e;
            } catch (AcceleratorException e) {
                fail(e.getMessage(), e.kind().permanent());
            } catch (LinkageError e) {
                fail("no OpenCL library: " + firstLine(e.getMessage()), true);
            } catch (RuntimeException e) {
                fail("OpenCL failed: " + e.getClass().getSimpleName() + ": " + firstLine(e.getMessage()), true);
            }
        }
        return cpu.sample(surface, domain, nx, ny, progress, cancelled);
    }

    private synchronized Sampler acceleratedOrNull() {
        if (disabled) return null;
        if (accelerated != null) return accelerated;
        try {
            accelerated = acceleratedFactory.get();
            return accelerated;
        } catch (AcceleratorException e) {
            failLocked(e.getMessage(), true);
        } catch (LinkageError e) {
            failLocked("no OpenCL library: " + firstLine(e.getMessage()), true);
        } catch (RuntimeException e) {
            failLocked("OpenCL unavailable: " + e.getClass().getSimpleName() + ": " + firstLine(e.getMessage()), true);
        }
        return null;
    }

    private void fail(String reason, boolean permanent) {
        String notice;
        synchronized (this) {
            notice = record(reason, permanent);
        }
        if (notice != null) for (Consumer<String> l : listeners) l.accept(notice);
    }

    private void failLocked(String reason, boolean permanent) {
        String notice = record(reason, permanent);
        if (notice != null) for (Consumer<String> l : listeners) l.accept(notice);
    }

    /** Records the failure; returns the notice text if it is new, else null. */
    private String record(String reason, boolean permanent) {
        if (permanent) disabled = true;
        String notice = reason + " — sampling on the CPU instead";
        return noticeSet.add(notice) ? notice : null;
    }

    private static String firstLine(String s) {
        if (s == null) return "(no message)";
        String t = s.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl).strip();
    }
}
