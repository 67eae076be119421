package org.saddlepoint.ui.network;

import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import org.saddlepoint.surface.ScalarGrid;

/**
 * Runs {@link NetworkComputation} (or any {@link Work}, e.g. a {@link ComparisonComputation})
 * off the UI thread; a newer submit or {@link #cancel} stops the running one at its next check,
 * and only the newest run's coarse grid, progress (at most every 30 ms), result or one-line
 * error reach the UI thread.
 */
public final class NetworkJob {
    /** Background work that reports progress in [0, 1] and stops (CancellationException) when cancelled. */
    @FunctionalInterface
    public interface Work<T> { T run(DoubleConsumer progress, BooleanSupplier cancelled); }

    private final Executor worker, uiThread;
    private final AtomicLong latest = new AtomicLong();
    private volatile long lastReport;

    public NetworkJob(Executor worker, Executor uiThread) {
        this.worker = worker;
        this.uiThread = uiThread;
    }

    public void submit(NetworkSettings settings, Consumer<ScalarGrid> coarse, DoubleConsumer progress, Consumer<NetworkResult> done,
                       Consumer<String> failed) {
        long id = latest.incrementAndGet();
        start(id, (p, c) -> NetworkComputation.run(settings, g -> ui(id, () -> coarse.accept(g)), p, c), progress, done, failed);
    }

    /** Runs {@code work} in the background; only the newest submission's progress, result or error arrive. */
    public <T> void submit(Work<T> work, DoubleConsumer progress, Consumer<T> done, Consumer<String> failed) {
        start(latest.incrementAndGet(), work, progress, done, failed);
    }

    private <T> void start(long id, Work<T> work, DoubleConsumer progress, Consumer<T> done, Consumer<String> failed) {
        worker.execute(() -> {
            if (latest.get() != id) return;
            try {
                T r = work.run(p -> {
                    long now = System.nanoTime();
                    if (now - lastReport < 30_000_000L && p < 1) return;
                    lastReport = now;
                    ui(id, () -> progress.accept(p));
                }, () -> latest.get() != id);
                ui(id, () -> done.accept(r));
            } catch (CancellationException e) {
                // replaced or cancelled
            } catch (RuntimeException e) {
                ui(id, () -> failed.accept(e.getMessage() == null ? e.toString() : e.getMessage()));
            }
        });
    }

    private void ui(long id, Runnable r) {
        uiThread.execute(() -> { if (latest.get() == id) r.run(); });
    }

    /** Stops the running computation (its results are dropped). */
    public void cancel() { latest.incrementAndGet(); }
}
