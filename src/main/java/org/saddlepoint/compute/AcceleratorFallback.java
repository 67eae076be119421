package org.saddlepoint.compute;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The fallback-and-tell-once contract shared by every accelerated job ({@link FallbackSampler},
 * {@link FallbackOptimizerBatch}): the accelerator {@code A} is opened on first use; a job runs
 * on it and, on any failure — no library ({@link LinkageError}), no platform, kernel build
 * failure, out of resources, device lost mid-job, or any other exception — the same job
 * completes on the CPU. Each distinct reason is told once as one line ending in
 * {@code " — " + what + " on the CPU instead"}; a permanent fault
 * ({@link AcceleratorException.Kind#permanent()}) or an unexpected one stops further attempts
 * for the life of this object. Cancellation is passed on, never treated as a failure. Thread-safe.
 *
 * @param <A> the accelerated implementation (a sampler, an optimizer batch)
 */
public final class AcceleratorFallback<A> {
    private final Supplier<? extends A> factory;
    private final String what;
    private final Set<String> noticeSet = new LinkedHashSet<>();
    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();
    private A accelerated;
    private boolean disabled;

    /**
     * @param factory opens the accelerator on first use; may throw
     * @param what the work named in notices, e.g. {@code "sampling"} ("— sampling on the CPU instead")
     */
    public AcceleratorFallback(Supplier<? extends A> factory, String what) {
        this.factory = Objects.requireNonNull(factory);
        this.what = Objects.requireNonNull(what);
    }

    /** Whether a failure has switched the accelerator off for good. */
    public synchronized boolean disabled() { return disabled; }

    /** Every notice given so far, oldest first (each distinct reason once). */
    public synchronized List<String> notices() { return new ArrayList<>(noticeSet); }

    /** Called (on the job's thread) with each new notice. */
    public void addNoticeListener(Consumer<String> listener) { listeners.add(Objects.requireNonNull(listener)); }

    public void removeNoticeListener(Consumer<String> listener) { listeners.remove(listener); }

    /** The accelerator, opened now if not yet tried; null when it failed to open or is disabled. */
    public synchronized A acceleratedOrNull() {
        if (disabled) return null;
        if (accelerated != null) return accelerated;
        try {
            accelerated = factory.get();
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

    /** The accelerator if it has been opened and not disabled (never opens it). */
    public synchronized A openedOrNull() { return disabled ? null : accelerated; }

    /**
     * Runs {@code job} on the accelerator; when there is none, or it fails, runs {@code cpu}
     * instead (after telling the reason once).
     */
    public <R> R run(Function<? super A, ? extends R> job, Supplier<? extends R> cpu) {
        A acc = acceleratedOrNull();
        if (acc != null) {
            try {
                return job.apply(acc);
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
        return cpu.get();
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
        String notice = reason + " — " + what + " on the CPU instead";
        return noticeSet.add(notice) ? notice : null;
    }

    static String firstLine(String s) {
        if (s == null) return "(no message)";
        String t = s.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl).strip();
    }
}
