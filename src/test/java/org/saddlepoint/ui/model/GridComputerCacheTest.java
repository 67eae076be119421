package org.saddlepoint.ui.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import org.junit.jupiter.api.Test;
import org.saddlepoint.compute.Backend;
import org.saddlepoint.compute.BenchmarkSurfaces;
import org.saddlepoint.compute.CpuSampler;
import org.saddlepoint.compute.Sampler;
import org.saddlepoint.compute.SelectableSampler;
import org.saddlepoint.compute.opencl.OpenClSampler;
import org.saddlepoint.surface.Domain;
import org.saddlepoint.surface.ScalarGrid;
import org.saddlepoint.surface.Surface;

/** Going back to a surface shown before applies its grids again without sampling it. */
class GridComputerCacheTest {
    /** The CPU sampler, counting the grids it samples. */
    static final class CountingSampler implements Sampler {
        int grids;

        @Override public String name() { return "cpu"; }

        @Override public ScalarGrid sample(Surface s, Domain d, int nx, int ny, DoubleConsumer p, BooleanSupplier c) {
            grids++;
            return new CpuSampler().sample(s, d, nx, ny, p, c);
        }
    }

    final CountingSampler sampler = new CountingSampler();
    final List<GridPair> applied = new ArrayList<>();
    final Object saddleChoice = new Object(), himmelblauChoice = new Object(), rastriginChoice = new Object();

    void show(GridComputer grids, Object choice, BenchmarkSurfaces s, Map<String, Double> parameters) {
        grids.submit(s.surface(), s.domain(), choice, parameters, p -> { }, applied::add, msg -> { throw new AssertionError(msg); });
    }

    @Test void goingBackToASurfaceAppliesItsGridsWithoutSamplingAgain() {
        GridComputer grids = new GridComputer(sampler, Runnable::run, Runnable::run, 9, 11, 4);
        show(grids, saddleChoice, BenchmarkSurfaces.SADDLE, Map.of());
        show(grids, himmelblauChoice, BenchmarkSurfaces.HIMMELBLAU, Map.of());
        assertEquals(4, sampler.grids, "two surfaces, a 3D and a 2D grid each");
        // the same choice again: a newly built surface (the model builds one per switch)
        Surface again = BenchmarkSurfaces.SADDLE.surface();
        grids.submit(again, BenchmarkSurfaces.SADDLE.domain(), saddleChoice, Map.of(), p -> { }, applied::add, msg -> { });
        assertEquals(4, sampler.grids, "not sampled again");
        assertEquals(3, applied.size());
        GridPair back = applied.get(2);
        assertSame(applied.get(0).grid3d(), back.grid3d());
        assertSame(applied.get(0).grid2d(), back.grid2d());
        assertSame(again, back.surface(), "the views match trajectories to the surface they are given");
        assertNotEquals(applied.get(0).id(), back.id());
        assertArrayEquals(new CpuSampler().sample(BenchmarkSurfaces.SADDLE.surface(), BenchmarkSurfaces.SADDLE.domain(), 11, 11).values(),
                back.grid2d().values());
    }

    @Test void otherParameterValuesOrAnotherDomainAreSampled() {
        GridComputer grids = new GridComputer(sampler, Runnable::run, Runnable::run, 9, 11, 4);
        show(grids, saddleChoice, BenchmarkSurfaces.SADDLE, Map.of("a", 1.0));
        show(grids, saddleChoice, BenchmarkSurfaces.SADDLE, Map.of("a", 2.0));
        assertEquals(4, sampler.grids);
        show(grids, saddleChoice, BenchmarkSurfaces.SADDLE, Map.of("a", 1.0));
        assertEquals(4, sampler.grids, "both parameter values are cached");
        var s = BenchmarkSurfaces.SADDLE;
        grids.submit(s.surface(), new Domain(-1, 1, -1, 1), saddleChoice, Map.of("a", 1.0), p -> { }, applied::add, m -> { });
        assertEquals(6, sampler.grids, "another domain is sampled");
        assertEquals(1.0, applied.get(3).grid2d().domain().xMax());
        show(grids, new Object(), BenchmarkSurfaces.SADDLE, Map.of("a", 1.0));
        assertEquals(8, sampler.grids, "another choice (a custom expression typed again) is sampled");
    }

    @Test void requestsWithoutAChoiceAreNeverCached() {
        GridComputer grids = new GridComputer(sampler, Runnable::run, Runnable::run, 9, 11, 4);
        var s = BenchmarkSurfaces.SADDLE;
        grids.submit(s.surface(), s.domain(), p -> { }, applied::add, m -> { });
        grids.submit(s.surface(), s.domain(), p -> { }, applied::add, m -> { });
        assertEquals(4, sampler.grids);
        assertEquals(0, grids.cachedSurfaces());
    }

    @Test void theLeastRecentlyShownSurfaceGoesFirst() {
        GridComputer grids = new GridComputer(sampler, Runnable::run, Runnable::run, 9, 11, 2);
        show(grids, saddleChoice, BenchmarkSurfaces.SADDLE, Map.of());
        show(grids, himmelblauChoice, BenchmarkSurfaces.HIMMELBLAU, Map.of());
        show(grids, saddleChoice, BenchmarkSurfaces.SADDLE, Map.of()); // the saddle is now the most recent
        show(grids, rastriginChoice, BenchmarkSurfaces.RASTRIGIN, Map.of()); // evicts Himmelblau
        assertEquals(6, sampler.grids);
        assertEquals(2, grids.cachedSurfaces());
        show(grids, saddleChoice, BenchmarkSurfaces.SADDLE, Map.of());
        assertEquals(6, sampler.grids, "the saddle stayed");
        show(grids, himmelblauChoice, BenchmarkSurfaces.HIMMELBLAU, Map.of());
        assertEquals(8, sampler.grids, "Himmelblau was evicted and is sampled again");
    }

    @Test void noEntriesMeansEverySwitchSamples() {
        GridComputer grids = new GridComputer(sampler, Runnable::run, Runnable::run, 9, 11, 0);
        show(grids, saddleChoice, BenchmarkSurfaces.SADDLE, Map.of());
        show(grids, saddleChoice, BenchmarkSurfaces.SADDLE, Map.of());
        assertEquals(4, sampler.grids);
    }

    @Test void eachBackendHasItsOwnGridsAndGoingBackToTheCpuUsesItsCachedOnes() {
        SelectableSampler selectable = new SelectableSampler(sampler, () -> GridComputerBackendTest.MINUS_ONES,
                () -> GridComputerBackendTest.DEVICE, d -> GridComputerBackendTest.MINUS_ONES, OpenClSampler::supports,
                SelectableSampler.AUTO_MIN_POINTS);
        selectable.select(Backend.CPU);
        GridComputer grids = new GridComputer(selectable, Runnable::run, Runnable::run, 9, 11, 4);
        show(grids, saddleChoice, BenchmarkSurfaces.SADDLE, Map.of());
        assertEquals(2, sampler.grids);
        selectable.select(Backend.of(GridComputerBackendTest.DEVICE));
        assertEquals(2, applied.size(), "resampled on the device");
        assertEquals(-1.0, applied.get(1).grid2d().at(3, 3));
        selectable.select(Backend.CPU);
        assertEquals(3, applied.size());
        assertEquals(2, sampler.grids, "the CPU's grids came from the cache");
        assertSame(applied.get(0).grid2d(), applied.get(2).grid2d());
    }
}
