package org.saddlepoint.compute.opencl;

import static org.jocl.CL.CL_CONTEXT_PLATFORM;
import static org.jocl.CL.CL_MEM_READ_ONLY;
import static org.jocl.CL.CL_MEM_WRITE_ONLY;
import static org.jocl.CL.CL_PROGRAM_BUILD_LOG;
import static org.jocl.CL.CL_TRUE;
import static org.jocl.CL.clBuildProgram;
import static org.jocl.CL.clCreateBuffer;
import static org.jocl.CL.clCreateCommandQueue;
import static org.jocl.CL.clCreateContext;
import static org.jocl.CL.clCreateKernel;
import static org.jocl.CL.clCreateProgramWithSource;
import static org.jocl.CL.clEnqueueNDRangeKernel;
import static org.jocl.CL.clEnqueueReadBuffer;
import static org.jocl.CL.clEnqueueWriteBuffer;
import static org.jocl.CL.clFinish;
import static org.jocl.CL.clGetPlatformIDs;
import static org.jocl.CL.clGetProgramBuildInfo;
import static org.jocl.CL.clReleaseCommandQueue;
import static org.jocl.CL.clReleaseContext;
import static org.jocl.CL.clReleaseKernel;
import static org.jocl.CL.clReleaseMemObject;
import static org.jocl.CL.clReleaseProgram;
import static org.jocl.CL.clSetKernelArg;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jocl.CL;
import org.jocl.CLException;
import org.jocl.Pointer;
import org.jocl.Sizeof;
import org.jocl.cl_command_queue;
import org.jocl.cl_context;
import org.jocl.cl_context_properties;
import org.jocl.cl_device_id;
import org.jocl.cl_kernel;
import org.jocl.cl_mem;
import org.jocl.cl_platform_id;
import org.jocl.cl_program;
import org.saddlepoint.compute.AcceleratorException;
import org.saddlepoint.compute.AcceleratorException.Kind;
import org.saddlepoint.expr.OpenClEmitter;
import org.saddlepoint.expr.OpenClEmitter.Precision;

/**
 * The real backend: one context and in-order queue on one device, kernels cached by their
 * source text (least recently used beyond {@value #MAX_KERNELS} are released), one output
 * buffer grown on demand. Every JOCL error becomes an {@link AcceleratorException}.
 */
final class JoclBackend implements OpenClBackend {
    private static final int MAX_KERNELS = 32;

    private final DeviceInfo info;
    private final cl_device_id device;
    private final cl_context context;
    private final cl_command_queue queue;
    private final Precision precision;
    private final Map<String, Object> kernels = new LinkedHashMap<>(16, 0.75f, true); // cl_kernel or String (build failure)
    private cl_mem buffer;
    private long bufferBytes;
    private final Input columnInput = new Input(), rowInput = new Input();
    private final Input startXInput = new Input(), startYInput = new Input(), hyperInput = new Input(), lrInput = new Input(), powerInput = new Input();
    private final IntInput powIndexInput = new IntInput();
    private final Output finalXOutput = new Output(), finalYOutput = new Output(), takenOutput = new Output(), statusOutput = new Output();
    private float[] floatStage = new float[0];
    private boolean closed;

    private JoclBackend(DeviceInfo info, cl_device_id device, cl_context context, cl_command_queue queue, Precision precision) {
        this.info = info;
        this.precision = precision;
        this.device = device;
        this.context = context;
        this.queue = queue;
    }

    static JoclBackend open(DeviceInfo info) {
        return open(info, info.fp64() ? Precision.DOUBLE : Precision.FLOAT);
    }

    /** Opens {@code info} computing in {@code precision} (FLOAT on an fp64 device tests the fp32 path). */
    static JoclBackend open(DeviceInfo info, Precision precision) {
        if (precision == Precision.DOUBLE && !info.fp64()) throw new IllegalArgumentException(info.name() + " has no fp64");
        try {
            CL.setExceptionsEnabled(true);
            int[] n = new int[1];
            clGetPlatformIDs(0, null, n);
            cl_platform_id[] platforms = new cl_platform_id[n[0]];
            clGetPlatformIDs(n[0], platforms, null);
            if (info.platformIndex() >= platforms.length) throw new AcceleratorException(Kind.NO_PLATFORM, "no OpenCL platform " + info.platformIndex());
            cl_platform_id platform = platforms[info.platformIndex()];
            cl_device_id[] devices = DeviceDiscovery.devices(platform);
            if (info.deviceIndex() >= devices.length) throw new AcceleratorException(Kind.NO_PLATFORM, "no OpenCL device " + info.platformIndex() + ":" + info.deviceIndex());
            cl_device_id device = devices[info.deviceIndex()];
            cl_context_properties props = new cl_context_properties();
            props.addProperty(CL_CONTEXT_PLATFORM, platform);
            cl_context context = clCreateContext(props, 1, new cl_device_id[] {device}, null, null, null);
            @SuppressWarnings("deprecation")
            cl_command_queue queue = clCreateCommandQueue(context, device, 0, null);
            return new JoclBackend(info, device, context, queue, precision);
        } catch (LinkageError e) {
            throw new AcceleratorException(Kind.NO_LIBRARY, "no OpenCL library: " + OpenClRuntime.oneLine(e.getMessage()), e);
        } catch (CLException e) {
            throw new AcceleratorException(Kind.DEVICE_ERROR, "OpenCL device " + info.name() + " could not be opened: " + e.getMessage(), e);
        }
    }

    @Override public DeviceInfo device() { return info; }

    @Override public Precision precision() { return precision; }

    @Override public synchronized void sampleRows(String source, double[] columns, double[] rows, double x0, double dx, double y0, double dy,
                                                  int nx, int rowFrom, int rowCount, double[] out, int outOffset) {
        if (closed) throw new AcceleratorException(Kind.DEVICE_ERROR, "OpenCL backend is closed");
        long points = (long) nx * rowCount;
        boolean fp64 = precision == Precision.DOUBLE;
        long bytes = points * (fp64 ? Sizeof.cl_double : Sizeof.cl_float);
        try {
            cl_kernel kernel = kernel(source);
            ensureBuffer(bytes);
            clSetKernelArg(kernel, 0, Sizeof.cl_mem, Pointer.to(buffer));
            if (fp64) {
                clSetKernelArg(kernel, 1, Sizeof.cl_double, Pointer.to(new double[] {x0}));
                clSetKernelArg(kernel, 2, Sizeof.cl_double, Pointer.to(new double[] {dx}));
                clSetKernelArg(kernel, 3, Sizeof.cl_double, Pointer.to(new double[] {y0}));
                clSetKernelArg(kernel, 4, Sizeof.cl_double, Pointer.to(new double[] {dy}));
            } else {
                clSetKernelArg(kernel, 1, Sizeof.cl_float, Pointer.to(new float[] {(float) x0}));
                clSetKernelArg(kernel, 2, Sizeof.cl_float, Pointer.to(new float[] {(float) dx}));
                clSetKernelArg(kernel, 3, Sizeof.cl_float, Pointer.to(new float[] {(float) y0}));
                clSetKernelArg(kernel, 4, Sizeof.cl_float, Pointer.to(new float[] {(float) dy}));
            }
            clSetKernelArg(kernel, 5, Sizeof.cl_int, Pointer.to(new int[] {nx}));
            clSetKernelArg(kernel, 6, Sizeof.cl_int, Pointer.to(new int[] {rowCount}));
            clSetKernelArg(kernel, 7, Sizeof.cl_mem, Pointer.to(columnInput.upload(columns, fp64)));
            clSetKernelArg(kernel, 8, Sizeof.cl_mem, Pointer.to(rowInput.upload(rows, fp64)));
            clEnqueueNDRangeKernel(queue, kernel, 2, new long[] {0, rowFrom}, new long[] {nx, rowCount}, null, 0, null, null);
            if (fp64) {
                clEnqueueReadBuffer(queue, buffer, CL_TRUE, 0, bytes, Pointer.to(out).withByteOffset((long) outOffset * Sizeof.cl_double), 0, null, null);
            } else {
                if (floatStage.length < points) floatStage = new float[(int) points];
                clEnqueueReadBuffer(queue, buffer, CL_TRUE, 0, bytes, Pointer.to(floatStage), 0, null, null);
                for (int i = 0; i < points; i++) out[outOffset + i] = floatStage[i];
            }
        } catch (CLException e) {
            throw translate(e);
        }
    }

    @Override public synchronized void runOptimizers(String source, double[] startX, double[] startY, int from, int count, double[] hyper,
                                                     int hyperStride, double[] lrs, int lrStride, double[] powers, int[] powIndex, int powIndexStride, double tol, double[] finalX, double[] finalY,
                                                     int[] taken, int[] status) {
        if (closed) throw new AcceleratorException(Kind.DEVICE_ERROR, "OpenCL backend is closed");
        boolean fp64 = precision == Precision.DOUBLE;
        int real = fp64 ? Sizeof.cl_double : Sizeof.cl_float;
        try {
            cl_kernel kernel = kernel(source, OptimizerKernel.NAME);
            int padded = (count + 63) / 64 * 64; // no bounds test in the kernel: the last items repeat the last start
            double[] hp = hyperStride == 0 ? hyper : padded(hyper, from * hyperStride, count * hyperStride, padded * hyperStride, hyperStride);
            clSetKernelArg(kernel, 0, Sizeof.cl_mem, Pointer.to(startXInput.upload(padded(startX, from, count, padded, 1), fp64)));
            clSetKernelArg(kernel, 1, Sizeof.cl_mem, Pointer.to(startYInput.upload(padded(startY, from, count, padded, 1), fp64)));
            clSetKernelArg(kernel, 2, Sizeof.cl_mem, Pointer.to(hyperInput.upload(hp, fp64)));
            clSetKernelArg(kernel, 3, Sizeof.cl_int, Pointer.to(new int[] {hyperStride}));
            int steps = lrStride == 0 ? lrs.length : lrStride;
            double[] etas = lrStride == 0 ? lrs : padded(lrs, from * lrStride, count * lrStride, padded * lrStride, lrStride);
            clSetKernelArg(kernel, 4, Sizeof.cl_mem, Pointer.to(lrInput.upload(etas, fp64)));
            clSetKernelArg(kernel, 5, Sizeof.cl_int, Pointer.to(new int[] {lrStride}));
            clSetKernelArg(kernel, 6, Sizeof.cl_int, Pointer.to(new int[] {steps}));
            clSetKernelArg(kernel, 7, real, fp64 ? Pointer.to(new double[] {tol}) : Pointer.to(new float[] {(float) tol}));
            clSetKernelArg(kernel, 8, Sizeof.cl_int, Pointer.to(new int[] {count}));
            clSetKernelArg(kernel, 9, Sizeof.cl_mem, Pointer.to(finalXOutput.ensure((long) padded * real)));
            clSetKernelArg(kernel, 10, Sizeof.cl_mem, Pointer.to(finalYOutput.ensure((long) padded * real)));
            clSetKernelArg(kernel, 11, Sizeof.cl_mem, Pointer.to(takenOutput.ensure((long) padded * Sizeof.cl_int)));
            clSetKernelArg(kernel, 12, Sizeof.cl_mem, Pointer.to(statusOutput.ensure((long) padded * Sizeof.cl_int)));
            clSetKernelArg(kernel, 13, Sizeof.cl_mem, Pointer.to(powerInput.upload(powers, fp64)));
            int[] pix = powIndexStride == 0 ? powIndex : java.util.Arrays.copyOfRange(powIndex, from * powIndexStride, (from + padded) * powIndexStride);
            if (powIndexStride > 0) {
                for (int j = count * powIndexStride; j < pix.length; j++) pix[j] = pix[j - powIndexStride]; // padding items repeat the last
            }
            clSetKernelArg(kernel, 14, Sizeof.cl_mem, Pointer.to(powIndexInput.upload(pix)));
            clSetKernelArg(kernel, 15, Sizeof.cl_int, Pointer.to(new int[] {powIndexStride}));
            clEnqueueNDRangeKernel(queue, kernel, 1, null, new long[] {padded}, null, 0, null, null);
            finalXOutput.read(finalX, from, count, fp64);
            finalYOutput.read(finalY, from, count, fp64);
            clEnqueueReadBuffer(queue, takenOutput.mem, CL_TRUE, 0, (long) count * Sizeof.cl_int,
                    Pointer.to(taken).withByteOffset((long) from * Sizeof.cl_int), 0, null, null);
            clEnqueueReadBuffer(queue, statusOutput.mem, CL_TRUE, 0, (long) count * Sizeof.cl_int,
                    Pointer.to(status).withByteOffset((long) from * Sizeof.cl_int), 0, null, null);
        } catch (CLException e) {
            throw translate(e);
        }
    }

    /**
     * {@code values[from … from+count−1]} padded to {@code length} values by repeating the last
     * item (of {@code stride} values) — padding items compute something harmless and are not read back.
     */
    private static double[] padded(double[] values, int from, int count, int length, int stride) {
        double[] out = new double[length];
        System.arraycopy(values, from, out, 0, count);
        for (int i = count; i < length; i++) out[i] = count >= stride ? out[i - stride] : 0;
        return out;
    }

    /** A read-only int input buffer, grown on demand; at least one element. */
    private final class IntInput {
        private cl_mem mem;
        private long capacity;

        cl_mem upload(int[] values) {
            long bytes = Math.max(1, values.length) * (long) Sizeof.cl_int;
            if (mem == null || capacity < bytes) {
                if (mem != null) clReleaseMemObject(mem);
                mem = null;
                mem = clCreateBuffer(context, CL_MEM_READ_ONLY, bytes, null, null);
                capacity = bytes;
            }
            if (values.length > 0) clEnqueueWriteBuffer(queue, mem, CL_TRUE, 0, (long) values.length * Sizeof.cl_int, Pointer.to(values), 0, null, null);
            return mem;
        }

        void release() {
            if (mem != null) clReleaseMemObject(mem);
            mem = null;
        }
    }

    /** A write-only output buffer of an optimizer kernel, grown on demand. */
    private final class Output {
        private cl_mem mem;
        private long capacity;

        cl_mem ensure(long bytes) {
            if (mem == null || capacity < bytes) {
                if (mem != null) clReleaseMemObject(mem);
                mem = null;
                mem = clCreateBuffer(context, CL_MEM_WRITE_ONLY, bytes, null, null);
                capacity = bytes;
            }
            return mem;
        }

        /** Reads {@code count} REALs into {@code out[from …]}. */
        void read(double[] out, int from, int count, boolean fp64) {
            if (fp64) {
                clEnqueueReadBuffer(queue, mem, CL_TRUE, 0, (long) count * Sizeof.cl_double,
                        Pointer.to(out).withByteOffset((long) from * Sizeof.cl_double), 0, null, null);
            } else {
                float[] f = new float[count];
                clEnqueueReadBuffer(queue, mem, CL_TRUE, 0, (long) count * Sizeof.cl_float, Pointer.to(f), 0, null, null);
                for (int i = 0; i < count; i++) out[from + i] = f[i];
            }
        }

        void release() {
            if (mem != null) clReleaseMemObject(mem);
            mem = null;
        }
    }

    /** A read-only input buffer (hoisted columns or rows), grown on demand; at least one element, as OpenCL wants. */
    private final class Input {
        private cl_mem mem;
        private long capacity;

        cl_mem upload(double[] values, boolean fp64) {
            long bytes = Math.max(1, values.length) * (long) (fp64 ? Sizeof.cl_double : Sizeof.cl_float);
            if (mem == null || capacity < bytes) {
                if (mem != null) clReleaseMemObject(mem);
                mem = null;
                mem = clCreateBuffer(context, CL_MEM_READ_ONLY, bytes, null, null);
                capacity = bytes;
            }
            if (values.length == 0) return mem;
            if (fp64) {
                clEnqueueWriteBuffer(queue, mem, CL_TRUE, 0, bytes, Pointer.to(values), 0, null, null);
            } else {
                float[] f = new float[values.length];
                for (int i = 0; i < f.length; i++) f[i] = (float) values[i];
                clEnqueueWriteBuffer(queue, mem, CL_TRUE, 0, bytes, Pointer.to(f), 0, null, null);
            }
            return mem;
        }

        void release() {
            if (mem != null) clReleaseMemObject(mem);
            mem = null;
        }
    }

    private cl_kernel kernel(String source) { return kernel(source, OpenClEmitter.SAMPLE_KERNEL); }

    private cl_kernel kernel(String source, String name) {
        Object cached = kernels.get(source);
        if (cached instanceof cl_kernel k) return k;
        if (cached instanceof String failure) throw new AcceleratorException(Kind.BUILD_FAILED, failure);
        cl_program program = clCreateProgramWithSource(context, 1, new String[] {source}, null, null);
        try {
            clBuildProgram(program, 1, new cl_device_id[] {device}, "", null, null);
        } catch (CLException e) {
            String failure = "OpenCL kernel build failed on " + info.name() + ": " + firstLine(buildLog(program), e.getMessage());
            clReleaseProgram(program);
            remember(source, failure);
            throw new AcceleratorException(Kind.BUILD_FAILED, failure, e);
        }
        cl_kernel k = clCreateKernel(program, name, null);
        clReleaseProgram(program); // the kernel keeps it alive
        remember(source, k);
        return k;
    }

    private void remember(String source, Object entry) {
        kernels.put(source, entry);
        if (kernels.size() > MAX_KERNELS) {
            var it = kernels.entrySet().iterator();
            Object eldest = it.next().getValue();
            it.remove();
            if (eldest instanceof cl_kernel k) clReleaseKernel(k);
        }
    }

    private String buildLog(cl_program program) {
        try {
            long[] size = new long[1];
            clGetProgramBuildInfo(program, device, CL_PROGRAM_BUILD_LOG, 0, null, size);
            byte[] buf = new byte[(int) size[0]];
            clGetProgramBuildInfo(program, device, CL_PROGRAM_BUILD_LOG, buf.length, Pointer.to(buf), null);
            return ClInfo.cString(buf);
        } catch (CLException e) {
            return "";
        }
    }

    static String firstLine(String log, String fallback) {
        for (String line : log.split("\n")) {
            if (!line.isBlank()) return line.strip();
        }
        return fallback == null ? "(empty build log)" : fallback;
    }

    private void ensureBuffer(long bytes) {
        if (buffer != null && bufferBytes >= bytes) return;
        if (buffer != null) clReleaseMemObject(buffer);
        buffer = null;
        buffer = clCreateBuffer(context, CL_MEM_WRITE_ONLY, bytes, null, null);
        bufferBytes = bytes;
    }

    private AcceleratorException translate(CLException e) {
        int s = e.getStatus();
        boolean resources = s == CL.CL_OUT_OF_RESOURCES || s == CL.CL_OUT_OF_HOST_MEMORY
                || s == CL.CL_MEM_OBJECT_ALLOCATION_FAILURE || s == CL.CL_INVALID_BUFFER_SIZE
                || s == CL.CL_INVALID_WORK_GROUP_SIZE;
        if (resources) return new AcceleratorException(Kind.OUT_OF_RESOURCES, "OpenCL device " + info.name() + " is out of resources: " + e.getMessage(), e);
        return new AcceleratorException(Kind.DEVICE_ERROR, "OpenCL device " + info.name() + " failed: " + e.getMessage(), e);
    }

    @Override public synchronized void close() {
        if (closed) return;
        closed = true;
        try {
            clFinish(queue);
            for (Object o : kernels.values()) if (o instanceof cl_kernel k) clReleaseKernel(k);
            kernels.clear();
            if (buffer != null) clReleaseMemObject(buffer);
            columnInput.release();
            rowInput.release();
            for (Input in : new Input[] {startXInput, startYInput, hyperInput, lrInput, powerInput}) in.release();
            for (Output o : new Output[] {finalXOutput, finalYOutput, takenOutput, statusOutput}) o.release();
            powIndexInput.release();
            clReleaseCommandQueue(queue);
            clReleaseContext(context);
        } catch (CLException e) {
            // the device is gone already; nothing left to release
        }
    }
}
