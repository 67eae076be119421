package org.saddlepoint.ui.curvature;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import org.saddlepoint.analysis.CriticalPoint;
import org.saddlepoint.analysis.CriticalPointFinder;
import org.saddlepoint.surface.Domain;
import org.saddlepoint.surface.Surface;

/**
 * Runs {@link CriticalPointFinder} off the UI thread: a newer {@link #submit} or {@link #cancel}
 * stops the running search at its next start point, and only the newest search's progress and
 * result reach the UI thread.
 */
public final class CriticalPointSearch {
    private final CriticalPointFinder finder;
    private final Executor worker, uiThread;
    private final AtomicLong latest = new AtomicLong();

    public CriticalPointSearch(CriticalPointFinder finder, Executor worker, Executor uiThread) {
        this.finder = finder;
        this.worker = worker;
        this.uiThread = uiThread;
    }

    /**
     * Searches {@code surface} on {@code domain}; {@code progress} gets values in [0, 1],
     * {@code done} the points (sorted by value), {@code failed} a one-line reason; all on the UI thread.
     */
    public void submit(Surface surface, Domain domain, DoubleConsumer progress, Consumer<List<CriticalPoint>> done, Consumer<String> failed) {
        long id = latest.incrementAndGet();
        worker.execute(() -> {
            if (latest.get() != id) return;
            try {
                List<CriticalPoint> points = finder.find(surface, domain,
                        p -> uiThread.execute(() -> { if (latest.get() == id) progress.accept(p); }), () -> latest.get() != id);
                uiThread.execute(() -> {
                    if (latest.get() == id) {
                        progress.accept(1);
                        done.accept(points);
                    }
                });
            } catch (CancellationException e) {
                // replaced or cancelled
            } catch (RuntimeException e) {
                uiThread.execute(() -> { if (latest.get() == id) failed.accept(e.getMessage()); });
            }
        });
    }

    /** Stops the running search (its result is dropped). */
    public void cancel() { latest.incrementAndGet(); }
}
