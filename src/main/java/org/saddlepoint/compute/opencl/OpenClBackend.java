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

    /**
     * Builds {@code source} (an {@link OptimizerKernel}; or reuses the kernel built from the same
     * text) and runs it for items {@code from … from+count−1}: starts from {@code startX/startY},
     * hyperparameters {@code hyper} ({@code hyperStride} per item, 0 = shared), learning rates
     * {@code lrs} (K per item, {@code lrStride} = K, or K shared with stride 0; K = steps), Adam's βᵏ {@code powers} (rows of K values;
     * item i reads rows {@code powIndex[i·s]} and {@code powIndex[i·s+1]}, s = {@code powIndexStride}, 0 = shared), the kernel mode's tolerance {@code tol}; writes the
     * items' final θ, steps taken and status into the same indices of the output arrays.
     * Backends that cannot run optimizer kernels throw a DEVICE_ERROR AcceleratorException.
     */
    default void runOptimizers(String source, double[] startX, double[] startY, int from, int count, double[] hyper, int hyperStride,
                               double[] lrs, int lrStride, double[] powers, int[] powIndex, int powIndexStride, double tol, double[] finalX, double[] finalY, int[] taken, int[] status) {
        throw new org.saddlepoint.compute.AcceleratorException(org.saddlepoint.compute.AcceleratorException.Kind.DEVICE_ERROR,
                "OpenCL backend on " + device().name() + " cannot run optimizer kernels");
    }

    /** Releases the device's context, queue, kernels and buffers. */
    @Override void close();
}
