package org.saddlepoint.compute;

import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import org.saddlepoint.surface.Domain;
import org.saddlepoint.surface.ScalarGrid;
import org.saddlepoint.surface.Surface;

/**
 * Samples a surface's values on a regular grid. Implementations: {@link CpuSampler} (all cores)
 * and, where a device exists, the OpenCL sampler. Every implementation returns the same grid as
 * the CPU reference within its stated tolerance.
 */
public interface Sampler {
    /** A short name for menus and the {@code bench} output, e.g. {@code cpu}. */
    String name();

    /**
     * Samples {@code surface} on an {@code nx × ny} grid over {@code domain}
     * ({@code z[iy*nx+ix]}); reports progress in [0, 1] and stops early (throwing
     * {@link java.util.concurrent.CancellationException}) when {@code cancelled} turns true.
     */
    ScalarGrid sample(Surface surface, Domain domain, int nx, int ny, DoubleConsumer progress, BooleanSupplier cancelled);

    default ScalarGrid sample(Surface surface, Domain domain, int nx, int ny) {
        return sample(surface, domain, nx, ny, p -> { }, () -> false);
    }

    /**
     * Samples like {@link #sample} but writes into {@code out} ({@code z[iy*nx+ix]}, length
     * {@code nx·ny}), which the caller owns: the returned grid wraps {@code out}, and the caller
     * may reuse {@code out} for its next grid once nothing reads the returned one any more. For
     * callers that sample one size again and again (the {@code bench} command, a benchmark): they
     * skip the JVM's allocation of a new array in fresh memory, which at 1024² (8 MB) costs about
     * as much as evaluating x² − y² there. A cancelled call leaves {@code out} partly written. This
     * default samples into a new grid and copies it; the CPU and OpenCL samplers write in place.
     *
     * @throws IllegalArgumentException if {@code out.length != nx·ny}
     */
    default ScalarGrid sampleInto(Surface surface, Domain domain, int nx, int ny, double[] out,
                                  DoubleConsumer progress, BooleanSupplier cancelled) {
        requireLength(out, nx, ny);
        ScalarGrid g = sample(surface, domain, nx, ny, progress, cancelled);
        System.arraycopy(g.values(), 0, out, 0, out.length);
        return new ScalarGrid(domain, nx, ny, out);
    }

    /** Checks that {@code out} holds exactly an {@code nx × ny} grid. */
    static void requireLength(double[] out, int nx, int ny) {
        if ((long) nx * ny != out.length) {
            throw new IllegalArgumentException("result array holds " + out.length + " values, a " + nx + "×" + ny + " grid needs " + (long) nx * ny);
        }
    }
}
