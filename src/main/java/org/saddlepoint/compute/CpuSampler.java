package org.saddlepoint.compute;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import org.saddlepoint.surface.Domain;
import org.saddlepoint.surface.RowEvaluator;
import org.saddlepoint.surface.ScalarGrid;
import org.saddlepoint.surface.Surface;

/**
 * CPU sampler: splits the grid into bands of rows over a fork/join pool with one worker per core
 * (the common pool has one fewer, and a caller blocked in {@code invoke} does not compute, which
 * left one of two cores idle); each band fills its rows with a {@link RowEvaluator} (inner loops
 * allocate nothing; evaluators are reused across bands of one job, at most one per worker). It
 * writes values only, as NumPy does: the grid gathers its finite range and holes on first use
 * ({@link ScalarGrid#finiteMin()}, on all cores), and the app asks for them on its background
 * thread right after sampling.
 *
 * <p>The result array for the next job of the same size is allocated ahead, on a background
 * thread, once a job is done ({@link SpareArray}): a fresh 8 MB array costs 0.7 ms of zeroing
 * (32 MB: 2.8 ms) on the calling thread before any worker can start, a serial part as long as
 * the parallel evaluation of x² − y². Every grid still gets an array of its own.
 */
public final class CpuSampler implements Sampler {
    /** A task's band holds at least this many points (and one row): enough to amortize the task hand-off. */
    private static final int POINTS_PER_TASK = 1 << 16;
    private static final ForkJoinPool ALL_CORES = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
    private final ForkJoinPool pool;
    private final SpareArray spare = new SpareArray();

    /** On a pool with one worker per core. */
    public CpuSampler() { this(ALL_CORES); }

    public CpuSampler(ForkJoinPool pool) { this.pool = pool; }

    @Override public String name() { return "cpu"; }

    @Override public ScalarGrid sample(Surface surface, Domain domain, int nx, int ny,
                                       DoubleConsumer progress, BooleanSupplier cancelled) {
        checkSize(nx, ny);
        double[] z = spare.take(nx * ny);
        spare.prepare(nx * ny);
        return fill(surface, domain, nx, ny, z, progress, cancelled);
    }

    /** Writes straight into the caller's {@code out}; allocates nothing of grid size. */
    @Override public ScalarGrid sampleInto(Surface surface, Domain domain, int nx, int ny, double[] out,
                                           DoubleConsumer progress, BooleanSupplier cancelled) {
        checkSize(nx, ny);
        Sampler.requireLength(out, nx, ny);
        return fill(surface, domain, nx, ny, out, progress, cancelled);
    }

    private static void checkSize(int nx, int ny) {
        if (nx < 2 || ny < 2) throw new IllegalArgumentException("grid must be at least 2×2, got " + nx + "×" + ny);
        if ((long) nx * ny > 64L * 1024 * 1024) throw new IllegalArgumentException("grid " + nx + "×" + ny + " is too large (limit 67 million points)");
    }

    private ScalarGrid fill(Surface surface, Domain domain, int nx, int ny, double[] z,
                            DoubleConsumer progress, BooleanSupplier cancelled) {
        int rowsPerBand = Math.max(1, POINTS_PER_TASK / nx);
        Job job = new Job(surface, domain, nx, ny, rowsPerBand, z, progress, cancelled);
        pool.invoke(new Bands(job, 0, job.done.length));
        if (cancelled.getAsBoolean()) throw new CancellationException("sampling cancelled");
        for (boolean d : job.done) if (!d) throw new CancellationException("sampling cancelled"); // a band saw the flag
        return new ScalarGrid(domain, nx, ny, job.z);
    }

    /** What every band of one sampling job shares. */
    private static final class Job {
        final Surface surface;
        final Domain domain;
        final int nx, ny, rowsPerBand;
        final double dx, dy;
        final double[] z;
        final boolean[] done;
        final AtomicInteger rowsDone = new AtomicInteger();
        final ConcurrentLinkedDeque<RowEvaluator> idle = new ConcurrentLinkedDeque<>();
        final DoubleConsumer progress;
        final BooleanSupplier cancelled;

        Job(Surface surface, Domain domain, int nx, int ny, int rowsPerBand, double[] z, DoubleConsumer progress, BooleanSupplier cancelled) {
            this.surface = surface; this.domain = domain; this.nx = nx; this.ny = ny; this.rowsPerBand = rowsPerBand; this.z = z;
            this.dx = domain.width() / (nx - 1);
            this.dy = domain.height() / (ny - 1);
            this.done = new boolean[(ny + rowsPerBand - 1) / rowsPerBand];
            this.progress = progress; this.cancelled = cancelled;
        }

        /** Rows of band {@code b}: y = yMin + iy·dy, the last row exactly at yMax. */
        void band(int b) {
            if (cancelled.getAsBoolean()) return;
            RowEvaluator rows = idle.pollFirst();
            if (rows == null) rows = surface.newRowEvaluator();
            int from = b * rowsPerBand, to = Math.min(ny, from + rowsPerBand);
            for (int iy = from; iy < to; iy++) {
                double y = iy == ny - 1 ? domain.yMax() : domain.yMin() + iy * dy;
                rows.valueRow(y, domain.xMin(), dx, nx, z, iy * nx);
            }
            done[b] = true;
            idle.addFirst(rows);
            progress.accept((double) rowsDone.addAndGet(to - from) / ny);
        }
    }

    private static final class Bands extends RecursiveAction {
        private static final long serialVersionUID = 1L;
        private final transient Job job;
        private final int from, to;

        Bands(Job job, int from, int to) { this.job = job; this.from = from; this.to = to; }

        @Override protected void compute() {
            if (to - from > 1) {
                int mid = (from + to) >>> 1;
                invokeAll(new Bands(job, from, mid), new Bands(job, mid, to));
            } else {
                job.band(from);
            }
        }
    }
}
