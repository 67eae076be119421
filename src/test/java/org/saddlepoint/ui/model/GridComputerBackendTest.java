package org.saddlepoint.ui.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.saddlepoint.compute.Backend;
import org.saddlepoint.compute.BenchmarkSurfaces;
import org.saddlepoint.compute.CpuSampler;
import org.saddlepoint.compute.Sampler;
import org.saddlepoint.compute.SelectableSampler;
import org.saddlepoint.compute.opencl.DeviceInfo;
import org.saddlepoint.compute.opencl.OpenClSampler;
import org.saddlepoint.surface.Domain;
import org.saddlepoint.surface.ScalarGrid;
import org.saddlepoint.surface.Surface;

/** The views' grids follow the user's backend choice: picking another one resamples the last request on it. */
class GridComputerBackendTest {
    static final DeviceInfo DEVICE = new DeviceInfo(0, "Fake", "OpenCL 3.0", 0, "fake", "nobody", "GPU", 8, true, 1L << 30, "1");

    /** A device that answers −1 everywhere. */
    static final Sampler MINUS_ONES = new Sampler() {
        @Override public String name() { return "opencl"; }

        @Override public ScalarGrid sample(Surface s, Domain d, int nx, int ny, java.util.function.DoubleConsumer p, java.util.function.BooleanSupplier c) {
            double[] z = new double[nx * ny];
            java.util.Arrays.fill(z, -1);
            return new ScalarGrid(d, nx, ny, z);
        }
    };

    @Test void choosingAnotherBackendResamplesTheLastRequestOnIt() {
        SelectableSampler sampler = new SelectableSampler(new CpuSampler(), () -> MINUS_ONES, () -> DEVICE, d -> MINUS_ONES,
                OpenClSampler::supports, SelectableSampler.AUTO_MIN_POINTS);
        sampler.select(Backend.CPU);
        GridComputer grids = new GridComputer(sampler, Runnable::run, Runnable::run, 9, 11);
        List<GridPair> applied = new ArrayList<>();
        var s = BenchmarkSurfaces.HIMMELBLAU;
        grids.submit(s.surface(), s.domain(), p -> { }, applied::add, msg -> { throw new AssertionError(msg); });
        assertEquals(1, applied.size());
        assertArrayEquals(new CpuSampler().sample(s.surface(), s.domain(), 11, 11).values(), applied.get(0).grid2d().values());
        sampler.select(Backend.of(DEVICE));
        assertEquals(2, applied.size(), "resampled once on the device");
        assertEquals(-1.0, applied.get(1).grid3d().at(4, 4));
        assertEquals(-1.0, applied.get(1).grid2d().at(10, 0));
        sampler.select(Backend.of(DEVICE));
        assertEquals(2, applied.size(), "the same choice again changes nothing");
    }
}
