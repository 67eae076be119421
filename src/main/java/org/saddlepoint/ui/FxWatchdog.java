package org.saddlepoint.ui;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/**
 * Measures how long the JavaFX application thread keeps the user waiting. A daemon thread
 * posts a {@link Platform#runLater} ping every {@code interval} (one at a time: the next ping
 * is posted only after the previous one ran) and records the latency from posting to running:
 * the count, the maximum, a histogram for the median and the 99th percentile (resolution
 * {@value #BUCKET_MICROS} µs, exact maximum), and how many pings waited longer than
 * {@value #STALL_MS} ms. Once a second it also samples the heap in use right after the most
 * recent garbage collection ({@link MemoryPoolMXBean#getCollectionUsage()}, summed over the
 * heap pools), which forces no collection.
 *
 * <p>Tests start one with {@link #start()} and read {@link #stats()}; the app starts one when
 * run with {@code -Dsaddlepoint.watchdog=true} ({@link #installFromSystemProperty()}) and prints
 * {@link Stats#summary()} to stderr on exit. With {@code -Dsaddlepoint.watchdog.stallStacks=FILE}
 * each wait over {@value #STALL_MS} ms is written to FILE with the stacks of the FX and render
 * threads sampled while it lasted ({@link StallStacks}).
 */
public final class FxWatchdog implements AutoCloseable {
    public static final String PROPERTY = "saddlepoint.watchdog";
    /** A ping that waits longer than this counts as a stall. */
    public static final int STALL_MS = 100;
    static final int BUCKET_MICROS = 250;
    /** Histogram range: 0 … 10 s in {@value #BUCKET_MICROS} µs buckets; longer pings land in the last one. */
    private static final int BUCKETS = 10_000_000 / BUCKET_MICROS;
    private static final long HEAP_SAMPLE_NANOS = 1_000_000_000L;

    private final long intervalMillis;
    private final long[] histogram = new long[BUCKETS];
    private long count, stalls, maxNanos;
    private long heapFirst = -1, heapLast = -1, heapMax = -1;
    private volatile boolean running = true;
    private final Thread thread;
    private final StallStacks stallStacks = StallStacks.fromSystemProperty();

    private FxWatchdog(long intervalMillis) {
        this.intervalMillis = intervalMillis;
        thread = new Thread(this::loop, "fx-watchdog");
        thread.setDaemon(true);
    }

    /** Starts a watchdog that pings every 20 ms. The JavaFX toolkit must be running. */
    public static FxWatchdog start() { return start(20); }

    public static FxWatchdog start(long intervalMillis) {
        if (intervalMillis < 1) throw new IllegalArgumentException("watchdog interval must be ≥ 1 ms, got " + intervalMillis);
        FxWatchdog w = new FxWatchdog(intervalMillis);
        w.thread.start();
        return w;
    }

    /**
     * With {@code -Dsaddlepoint.watchdog=true}: starts a watchdog and prints its one-line
     * summary (after a final full collection) to stderr when the JVM exits. Otherwise nothing.
     */
    public static void installFromSystemProperty() {
        if (!Boolean.getBoolean(PROPERTY)) return;
        FxWatchdog w = start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            w.close();
            System.err.println("saddlepoint watchdog: " + w.stats().summary() + ", heap after full GC at exit "
                    + mb(heapAfterFullGc()) + " MB");
        }, "fx-watchdog-report"));
    }

    private void loop() {
        Semaphore ran = new Semaphore(0);
        long nextHeap = System.nanoTime();
        while (running) {
            long now = System.nanoTime();
            if (now >= nextHeap) {
                sampleHeap();
                nextHeap = now + HEAP_SAMPLE_NANOS;
            }
            long sent = System.nanoTime();
            long[] waited = {0};
            try {
                Platform.runLater(() -> {
                    waited[0] = System.nanoTime() - sent;
                    record(waited[0]);
                    ran.release();
                });
            } catch (IllegalStateException toolkitGone) {
                return;
            }
            try {
                if (stallStacks != null) stallStacks.begin(sent);
                long pollMillis = stallStacks == null ? 50 : 10;
                while (running && !ran.tryAcquire(pollMillis, TimeUnit.MILLISECONDS)) {
                    // the FX thread is busy: keep waiting for this ping (its latency is the stall)
                    if (stallStacks != null) stallStacks.poll(System.nanoTime());
                }
                if (stallStacks != null) stallStacks.end(waited[0]);
                Thread.sleep(intervalMillis);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private synchronized void record(long nanos) {
        count++;
        if (nanos > maxNanos) maxNanos = nanos;
        if (nanos > STALL_MS * 1_000_000L) stalls++;
        histogram[(int) Math.min(BUCKETS - 1, nanos / (BUCKET_MICROS * 1000L))]++;
    }

    private void sampleHeap() {
        long used = heapAfterLastGc();
        if (used < 0) return;
        synchronized (this) {
            if (heapFirst < 0) heapFirst = used;
            heapLast = used;
            heapMax = Math.max(heapMax, used);
        }
    }

    /** Heap in use after the most recent collection of each heap pool, in bytes (−1 if the JVM does not say). */
    public static long heapAfterLastGc() {
        long sum = 0;
        boolean any = false;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() != MemoryType.HEAP) continue;
            MemoryUsage u = pool.getCollectionUsage();
            if (u == null) continue;
            sum += u.getUsed();
            any = true;
        }
        return any ? sum : -1;
    }

    /**
     * Heap in use, in bytes: the least of three to five full collections 100 ms apart (it stops
     * after the third once a reading is within 1% of the least), so that a background job that
     * still holds its arrays is not counted as growth (right after 1,000 soak switches one reading said 579 MB, a minute later
     * 250 MB). Each reading is what the full collection itself reports having left in the heap
     * pools, so that what other threads allocate between the collection and the reading does not
     * count: read as total − free, a soak's start once came out at 422 MB where the class
     * histogram taken the moment after held 246 MB (and the pools' "usage after the last
     * collection", which young collections also write, once said 75 MB). Falls back to total −
     * free where the JVM does not report its collections. For tests and the exit report only: it
     * stops the world.
     */
    public static long heapAfterFullGc() {
        Runtime rt = Runtime.getRuntime();
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long reported = heapLeftBy(System::gc);
            long used = reported >= 0 ? reported : rt.totalMemory() - rt.freeMemory();
            if (i >= 2 && used >= best * 0.99) return Math.min(best, used);
            best = Math.min(best, used);
            try {
                Thread.sleep(100); // a job that still holds its arrays gets time to finish
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return best;
    }

    /**
     * Runs {@code collection} and returns the heap the collector that ran it last reported as left
     * in use (summed over the heap pools), or −1 when no collector reports it.
     */
    private static long heapLeftBy(Runnable collection) {
        java.util.List<java.lang.management.GarbageCollectorMXBean> beans = ManagementFactory.getGarbageCollectorMXBeans();
        long[] before = new long[beans.size()];
        for (int i = 0; i < before.length; i++) before[i] = beans.get(i).getCollectionCount();
        collection.run();
        com.sun.management.GcInfo last = null;
        for (int i = 0; i < before.length; i++) {
            if (beans.get(i).getCollectionCount() == before[i]) continue;
            if (!(beans.get(i) instanceof com.sun.management.GarbageCollectorMXBean b)) continue;
            com.sun.management.GcInfo info = b.getLastGcInfo();
            if (info != null && (last == null || info.getEndTime() > last.getEndTime())) last = info;
        }
        if (last == null) return -1;
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() != MemoryType.HEAP) continue;
            MemoryUsage u = last.getMemoryUsageAfterGc().get(pool.getName());
            if (u != null) sum += u.getUsed();
        }
        return sum;
    }

    /** Stops pinging (a ping still in flight is not waited for). */
    @Override public void close() {
        running = false;
        thread.interrupt();
    }

    /** The numbers so far. */
    public synchronized Stats stats() {
        return new Stats(count, maxNanos / 1e6, percentileMillis(0.5), percentileMillis(0.99), stalls, heapFirst, heapLast, heapMax);
    }

    /** Forgets the pings so far (heap samples stay), e.g. after a warm-up. */
    public synchronized void resetLatencies() {
        java.util.Arrays.fill(histogram, 0);
        count = 0;
        stalls = 0;
        maxNanos = 0;
    }

    /** The upper edge of the bucket holding the q-quantile, capped at the exact maximum. */
    private double percentileMillis(double q) {
        if (count == 0) return 0;
        long rank = (long) Math.ceil(q * count), seen = 0;
        for (int i = 0; i < BUCKETS; i++) {
            seen += histogram[i];
            if (seen >= rank) return Math.min((i + 1) * BUCKET_MICROS / 1000.0, maxNanos / 1e6);
        }
        return maxNanos / 1e6;
    }

    private static long mb(long bytes) { return bytes < 0 ? -1 : Math.round(bytes / (1024.0 * 1024.0)); }

    /**
     * FX-thread ping latencies (ms) and heap-after-GC samples (bytes, −1 = no sample yet).
     *
     * @param pings pings that ran
     * @param stalls pings that waited longer than {@value FxWatchdog#STALL_MS} ms
     */
    public record Stats(long pings, double maxMillis, double p50Millis, double p99Millis, long stalls,
                        long heapFirstBytes, long heapLastBytes, long heapMaxBytes) {
        /** One line, e.g. {@code pings 1500, max 42.1 ms, p50 0.3 ms, p99 12.0 ms, stalls >100 ms 0, heap after GC first 40 MB last 52 MB max 80 MB}. */
        public String summary() {
            return String.format(Locale.ROOT, "pings %d, max %.1f ms, p50 %.2f ms, p99 %.2f ms, stalls >%d ms %d, heap after GC first %d MB last %d MB max %d MB",
                    pings, maxMillis, p50Millis, p99Millis, STALL_MS, stalls, mb(heapFirstBytes), mb(heapLastBytes), mb(heapMaxBytes));
        }
    }
}
