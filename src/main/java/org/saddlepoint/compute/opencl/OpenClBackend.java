package org.saddlepoint.compute.opencl;

import org.saddlepoint.expr.OpenClEmitter.Precision;

/**
 * One opened OpenCL device, reduced to what the sampler needs; the seam where tests inject
 * faults. Failures are reported as {@link org.saddlepoint.compute.AcceleratorException}
 * with a one-line message. Implementations serialize calls (one command queue).
 */
public interface OpenClBackend extends AutoCloseable {
    /** The device this backend runs on. */
    DeviceInfo device();

    /** The precision kernels must be emitted in: DOUBLE when the device has fp64. */
    default Precision precision() { return device().fp64() ? Precision.DOUBLE : Precision.FLOAT; }

    /**
     * Builds {@code source} (or reuses the kernel built from the same text) and runs its
     * {@code sample} kernel ({@link org.saddlepoint.expr.OpenClEmitter#sampleKernelOf}) over rows
     * {@code rowFrom … rowFrom+rowCount−1} of an {@code nx}-column grid, the rows' values landing
     * in {@code out[outOffset …]}, row-major. {@code columns} holds the kernel's hoisted x-only
     * values ({@code k·nx} of them, k ≥ 0) and {@code rows} its y-only values for this band
     * ({@code m·rowCount}); either may be empty.
     */
    void sampleRows(String source, double[] columns, double[] rows, double x0, double dx, double y0, double dy,
                    int nx, int rowFrom, int rowCount, double[] out, int outOffset);

    /** Releases the device's context, queue, kernels and buffers. */
    @Override void close();
}
