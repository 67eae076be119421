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
     * {@code sample} kernel over rows {@code rowFrom … rowFrom+rowCount−1} of an
     * {@code nx}-column grid, the rows' values landing in {@code out[outOffset …]}, row-major.
     */
    void sampleRows(String source, double x0, double dx, double y0, double dy, int nx, int rowFrom, int rowCount,
                    double[] out, int outOffset);

    /** Releases the device's context, queue, kernels and buffers. */
    @Override void close();
}
