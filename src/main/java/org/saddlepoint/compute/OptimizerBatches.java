package org.saddlepoint.compute;

import java.util.Locale;
import org.saddlepoint.compute.opencl.OpenClOptimizerBatch;

/**
 * Chooses an {@link OptimizerBatch} by name, as {@link Samplers} chooses a sampler: {@code cpu}
 * (the reference), {@code opencl} (the default device, strictly: throws
 * {@link AcceleratorException} when there is none) or {@code auto} (OpenCL when it works and
 * can take the job, otherwise the CPU with a one-line notice: {@link FallbackOptimizerBatch}).
 */
public final class OptimizerBatches {
    private OptimizerBatches() { }

    public static OptimizerBatch cpu() { return CpuOptimizerBatch.instance(); }

    /** On the default OpenCL device; throws AcceleratorException when there is none. */
    public static OptimizerBatch opencl() { return OpenClOptimizerBatch.onDefaultDevice(); }

    /** A new OpenCL-with-CPU-fallback batch (keep one per consumer: it holds its notices). */
    public static FallbackOptimizerBatch auto() { return new FallbackOptimizerBatch(OpenClOptimizerBatch::onDefaultDevice, cpu()); }

    /** {@code cpu}, {@code opencl} or {@code auto} (case-insensitive); an unknown name throws IllegalArgumentException. */
    public static OptimizerBatch byName(String name) {
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "cpu" -> cpu();
            case "opencl" -> opencl();
            case "auto" -> auto();
            default -> throw new IllegalArgumentException("unknown backend '" + name + "' (expected " + Samplers.NAMES + ")");
        };
    }
}
