package org.saddlepoint.compute;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One result array allocated ahead of need: {@link #take} hands out the spare when it has the
 * asked length (else allocates), and {@link #prepare} allocates the next spare on a background
 * thread, so the JVM's zeroing of a large array (about 0.09 ms per MB here) runs beside the work
 * instead of before it. A spare is handed out once, so no two grids share an array. Arrays above
 * {@value #MAX_LENGTH} values (64 MB) are never kept. Thread-safe.
 */
public final class SpareArray {
    static final int MAX_LENGTH = 1 << 23;
    private static final ExecutorService ALLOCATOR = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "grid-array-allocator");
        t.setDaemon(true);
        return t;
    });
    private final AtomicReference<double[]> spare = new AtomicReference<>();

    /** An array of {@code length} zeros: the spare if it fits, else a new one. */
    public double[] take(int length) {
        double[] s = spare.getAndSet(null);
        return s != null && s.length == length ? s : new double[length];
    }

    /** Allocates a spare of {@code length} in the background (unless one of that length waits, or it is too large). */
    public void prepare(int length) {
        if (length > MAX_LENGTH) return;
        double[] s = spare.get();
        if (s != null && s.length == length) return;
        ALLOCATOR.execute(() -> {
            double[] now = spare.get();
            if (now == null || now.length != length) spare.set(new double[length]);
        });
    }
}
