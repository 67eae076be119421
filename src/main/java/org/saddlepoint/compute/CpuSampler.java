package org.saddlepoint.compute;

import java.util.concurrent.CancellationException;
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
 * CPU sampler: splits the grid into bands of rows over the common fork/join pool (all cores);
 * each band uses its own {@link RowEvaluator}, whose inner loops allocate nothing.
 */
public final class CpuSampler implements Sampler {
    /** A task's band holds at least this many points (and one row): enough to amortize the evaluator set-up. */
    private static final int POINTS_PER_TASK = 1 << 16;
    private final ForkJoinPool pool;

    public CpuSampler() { this(ForkJoinPool.commonPool()); }

    public CpuSampler(ForkJoinPool pool) { this.pool = pool; }

    @Override public String name() { return "cpu"; }

    @Override public ScalarGrid sample(Surface surface, Domain domain, int nx, int ny,
                                       DoubleConsumer progress, BooleanSupplier cancelled) {
        if (nx < 2 || ny < 2) throw new IllegalArgumentException("grid must be at least 2×2, got " + nx + "×" + ny);
        if ((long) nx * ny > 64L * 1024 * 1024) throw new IllegalArgumentException("grid " + nx + "×" + ny + " is too large (limit 67 million points)");
        double[] z = new double[nx * ny];
        double dx = domain.width() / (nx - 1), dy = domain.height() / (ny - 1);
        AtomicInteger rowsDone = new AtomicInteger();
        int rowsPerTask = Math.max(1, POINTS_PER_TASK / nx);
        pool.invoke(new Band(surface, domain, nx, 0, ny, dx, dy, z, rowsDone, ny, rowsPerTask, progress, cancelled));
        if (cancelled.getAsBoolean()) throw new CancellationException("sampling cancelled");
        return new ScalarGrid(domain, nx, ny, z);
    }

    private static final class Band extends RecursiveAction {
        private static final long serialVersionUID = 1L;
        private final transient Surface surface;
        private final transient Domain domain;
        private final int nx, from, to, totalRows, rowsPerTask;
        private final double dx, dy;
        private final double[] z;
        private final AtomicInteger rowsDone;
        private final transient DoubleConsumer progress;
        private final transient BooleanSupplier cancelled;

        Band(Surface surface, Domain domain, int nx, int from, int to, double dx, double dy, double[] z,
             AtomicInteger rowsDone, int totalRows, int rowsPerTask, DoubleConsumer progress, BooleanSupplier cancelled) {
            this.surface = surface; this.domain = domain; this.nx = nx; this.from = from; this.to = to;
            this.dx = dx; this.dy = dy; this.z = z; this.rowsDone = rowsDone; this.totalRows = totalRows; this.rowsPerTask = rowsPerTask;
            this.progress = progress; this.cancelled = cancelled;
        }

        @Override protected void compute() {
            if (to - from > rowsPerTask) {
                int mid = (from + to) >>> 1;
                invokeAll(new Band(surface, domain, nx, from, mid, dx, dy, z, rowsDone, totalRows, rowsPerTask, progress, cancelled),
                          new Band(surface, domain, nx, mid, to, dx, dy, z, rowsDone, totalRows, rowsPerTask, progress, cancelled));
                return;
            }
            if (cancelled.getAsBoolean()) return;
            RowEvaluator rows = surface.newRowEvaluator();
            for (int iy = from; iy < to; iy++) {
                double y = iy == totalRows - 1 ? domain.yMax() : domain.yMin() + iy * dy;
                rows.valueRow(y, domain.xMin(), dx, nx, z, iy * nx);
            }
            progress.accept((double) rowsDone.addAndGet(to - from) / totalRows);
        }
    }
}
