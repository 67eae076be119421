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
}
