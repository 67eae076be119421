package org.saddlepoint.compute;

import java.util.Locale;
import org.saddlepoint.compute.opencl.OpenClSampler;

/**
 * Chooses a sampler by name. {@code cpu}: the parallel CPU reference. {@code opencl}: the
 * default OpenCL device, strictly (throws {@link AcceleratorException} when there is none).
 * {@code auto}: OpenCL when it works, otherwise — or when it fails mid-job — the CPU, with a
 * one-line notice ({@link FallbackSampler}).
 */
public final class Samplers {
    /** The names {@link #byName} accepts. */
    public static final String NAMES = "cpu, opencl or auto";

    private static final CpuSampler CPU = new CpuSampler();

    private Samplers() { }

    /** The shared CPU sampler (all cores). */
    public static Sampler cpu() { return CPU; }

    /** The OpenCL sampler on the default device; throws {@link AcceleratorException} if there is none. */
    public static Sampler opencl() { return OpenClSampler.onDefaultDevice(); }

    /** A new OpenCL-with-CPU-fallback sampler (keep one per consumer: it holds its notices). */
    public static FallbackSampler auto() {
        return new FallbackSampler(OpenClSampler::onDefaultDevice, OpenClSampler::supports, CPU);
    }

    /**
     * {@code cpu}, {@code opencl} or {@code auto} (case-insensitive); an unknown name throws
     * {@link IllegalArgumentException}, an unavailable OpenCL {@link AcceleratorException}.
     */
    public static Sampler byName(String name) {
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "cpu" -> cpu();
            case "opencl" -> opencl();
            case "auto" -> auto();
            default -> throw new IllegalArgumentException("unknown backend '" + name + "' (expected " + NAMES + ")");
        };
    }

    /** How closely {@code sampler} reproduces the CPU reference. */
    public static Tolerance tolerance(Sampler sampler) {
        return sampler instanceof ToleranceReporting t ? t.tolerance() : Tolerance.EXACT;
    }
}
