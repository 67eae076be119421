package org.saddlepoint.compute.opencl;

import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import org.saddlepoint.compute.Sampler;
import org.saddlepoint.compute.SpareArray;
import org.saddlepoint.compute.Tolerance;
import org.saddlepoint.compute.ToleranceReporting;
import org.saddlepoint.expr.OpenClEmitter;
import org.saddlepoint.expr.OpenClEmitter.Precision;
import org.saddlepoint.expr.OpenClEmitter.SampleKernel;
import org.saddlepoint.expr.Program;
import org.saddlepoint.surface.Domain;
import org.saddlepoint.surface.ExpressionSurface;
import org.saddlepoint.surface.ScalarGrid;
import org.saddlepoint.surface.Surface;

/**
 * Samples expression surfaces on one OpenCL device: the surface's compiled value program is
 * emitted as a kernel by {@link OpenClEmitter} (built once per program, cached by source in the
 * backend) whose x-only and y-only parts the host computes once per column and per row
 * ({@link SampleKernel}), launched over bands of about {@value #BAND_POINTS} points (progress and cancel are
 * checked between bands) and read back into the grid. Grid points are placed exactly as
 * {@link org.saddlepoint.compute.CpuSampler} places them: x = xMin + ix·dx, y = yMin + iy·dy,
 * and the last row at y = yMax (that single row is evaluated on the CPU). Like the CPU sampler it
 * writes values only (the grid gathers its range and holes on first use) into an array allocated
 * ahead ({@link SpareArray}). Agrees with the CPU within {@link #tolerance()}.
 * Only {@link ExpressionSurface}s are supported ({@link #supports}); data surfaces stay on the CPU.
 */
public final class OpenClSampler implements Sampler, ToleranceReporting {
    static final int BAND_POINTS = 1 << 21;
    private final OpenClBackend backend;
    private final int bandPoints;
    private final SpareArray spare = new SpareArray();

    public OpenClSampler(OpenClBackend backend) { this(backend, BAND_POINTS); }

    /** With bands of at most {@code bandPoints} points (at least one row each). */
    public OpenClSampler(OpenClBackend backend, int bandPoints) {
        if (bandPoints < 1) throw new IllegalArgumentException("bandPoints must be ≥ 1");
        this.backend = java.util.Objects.requireNonNull(backend);
        this.bandPoints = bandPoints;
    }

    /** A sampler on the process-wide default device ({@link OpenClRuntime#shared()}). */
    public static OpenClSampler onDefaultDevice() { return new OpenClSampler(OpenClRuntime.shared()); }

    @Override public String name() { return "opencl"; }

    public DeviceInfo device() { return backend.device(); }

    /** 1e-12 relative on fp64 devices, 1e-5 on fp32 ones. */
    @Override public Tolerance tolerance() {
        return backend.precision() == Precision.DOUBLE ? Tolerance.FP64 : Tolerance.FP32;
    }

    /** Whether this sampler can sample {@code surface} (expression surfaces only). */
    public static boolean supports(Surface surface) { return surface instanceof ExpressionSurface; }

    /** The kernel source this sampler builds for {@code surface}. */
    public String kernelSource(Surface surface) { return kernel(surface).source(); }

    private SampleKernel kernel(Surface surface) {
        if (!supports(surface)) throw new IllegalArgumentException("OpenCL samples expression surfaces only, not " + surface.describe());
        Program p = ((ExpressionSurface) surface).valueProgram();
        return OpenClEmitter.sampleKernelOf(p, backend.precision());
    }

    @Override public ScalarGrid sample(Surface surface, Domain domain, int nx, int ny,
                                       DoubleConsumer progress, BooleanSupplier cancelled) {
        checkSize(nx, ny);
        SampleKernel kernel = kernel(surface);
        double[] z = spare.take(nx * ny);
        spare.prepare(nx * ny);
        return fill(kernel, surface, domain, nx, ny, z, progress, cancelled);
    }

    /** Reads the device's results straight into the caller's {@code out}. */
    @Override public ScalarGrid sampleInto(Surface surface, Domain domain, int nx, int ny, double[] out,
                                           DoubleConsumer progress, BooleanSupplier cancelled) {
        checkSize(nx, ny);
        Sampler.requireLength(out, nx, ny);
        return fill(kernel(surface), surface, domain, nx, ny, out, progress, cancelled);
    }

    private static void checkSize(int nx, int ny) {
        if (nx < 2 || ny < 2) throw new IllegalArgumentException("grid must be at least 2×2, got " + nx + "×" + ny);
        if ((long) nx * ny > 64L * 1024 * 1024) throw new IllegalArgumentException("grid " + nx + "×" + ny + " is too large (limit 67 million points)");
    }

    private ScalarGrid fill(SampleKernel kernel, Surface surface, Domain domain, int nx, int ny, double[] z,
                            DoubleConsumer progress, BooleanSupplier cancelled) {
        double dx = domain.width() / (nx - 1), dy = domain.height() / (ny - 1);
        int bandRows = Math.max(1, bandPoints / nx);
        int body = ny - 1; // rows 0 .. ny−2 at yMin + iy·dy; the last row exactly at yMax
        double[] columns = new double[kernel.columnValues() * nx];
        kernel.fillColumns(domain.xMin(), dx, nx, columns);
        double[] rowValues = new double[kernel.rowValues() * Math.min(bandRows, body)];
        for (int from = 0; from < body; from += bandRows) {
            if (cancelled.getAsBoolean()) throw new CancellationException("sampling cancelled");
            int rows = Math.min(bandRows, body - from);
            kernel.fillRows(domain.yMin(), dy, from, rows, rowValues);
            backend.sampleRows(kernel.source(), columns, rowValues, domain.xMin(), dx, domain.yMin(), dy, nx, from, rows, z, from * nx);
            progress.accept((double) (from + rows) / ny);
        }
        if (cancelled.getAsBoolean()) throw new CancellationException("sampling cancelled");
        // The last row lies exactly at yMax (as on the CPU); it is one row of nx points, cheaper
        // on the CPU than a second kernel launch and read-back.
        surface.newRowEvaluator().valueRow(domain.yMax(), domain.xMin(), dx, nx, z, (ny - 1) * nx);
        progress.accept(1.0);
        return new ScalarGrid(domain, nx, ny, z);
    }
}
