package org.saddlepoint.ui.compute;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

/**
 * Runs a map in stages off the UI thread — coarse first, then fine — so a picture appears at
 * once. Each stage's result, the progress (fraction done, at most every 40 ms) with an ETA, and
 * a one-line failure reach the UI thread only while the job is the newest: a newer
 * {@link #submit} or {@link #cancel} stops the running one at its next check and drops what it
 * would still deliver.
 */
final class MapJob {
    /** One stage: computes its result, reporting progress in [0, 1], throwing CancellationException once cancelled. */
    interface Stage<R> { R run(DoubleConsumer progress, BooleanSupplier cancelled); }

    /** What the UI thread hears about a job. */
    interface Listener<R> {
        /** A stage finished; {@code last} for the final (fine) one. */
        void stage(R result, boolean last);

        /** Fraction done over all stages and the estimated seconds left (NaN before there is an estimate). */
        void progress(double fraction, double etaSeconds);

        void failed(String message);
    }

    private final Executor worker, uiThread;
    private final AtomicLong latest = new AtomicLong();
    private volatile boolean running;
    private volatile long lastReport;

    MapJob(Executor worker, Executor uiThread) {
        this.worker = worker;
        this.uiThread = uiThread;
    }

    /**
     * Starts {@code stages} (weights: their share of the total work, for progress and ETA);
     * cancels the job that ran before.
     */
    <R> void submit(List<Stage<R>> stages, double[] weights, Listener<R> listener) {
        if (stages.size() != weights.length || stages.isEmpty()) throw new IllegalArgumentException("one weight per stage");
        long id = latest.incrementAndGet();
        running = true;
        double total = 0;
        for (double w : weights) total += w;
        double sum = total;
        worker.execute(() -> {
            if (latest.get() != id) return;
            long t0 = System.nanoTime();
            BooleanSupplier cancelled = () -> latest.get() != id;
            double before = 0;
            try {
                for (int s = 0; s < stages.size(); s++) {
                    double offset = before / sum, share = weights[s] / sum;
                    R r = stages.get(s).run(p -> report(id, t0, offset + share * p, listener), cancelled);
                    if (cancelled.getAsBoolean()) return;
                    boolean last = s == stages.size() - 1;
                    before += weights[s];
                    double done = before / sum;
                    ui(id, () -> {
                        if (last) running = false;
                        listener.progress(done, last ? 0 : Double.NaN);
                        listener.stage(r, last);
                    });
                }
            } catch (CancellationException e) {
                // replaced or cancelled: nothing to show
            } catch (RuntimeException e) {
                String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
                ui(id, () -> {
                    running = false;
                    listener.failed(msg);
                });
            }
        });
    }

    private void report(long id, long t0, double fraction, Listener<?> l) {
        long now = System.nanoTime();
        if (now - lastReport < 40_000_000L && fraction < 1) return;
        lastReport = now;
        double elapsed = (now - t0) / 1e9;
        double eta = fraction > 0.02 ? elapsed * (1 - fraction) / fraction : Double.NaN;
        ui(id, () -> { if (running) l.progress(fraction, eta); }); // a late report never overwrites the finished state
    }

    private void ui(long id, Runnable r) {
        uiThread.execute(() -> { if (latest.get() == id) r.run(); });
    }

    /** Stops the running job; nothing more of it reaches the UI. */
    void cancel() {
        latest.incrementAndGet();
        running = false;
    }

    /** Whether a job was submitted and has neither finished, failed nor been cancelled. */
    boolean running() { return running; }
}
