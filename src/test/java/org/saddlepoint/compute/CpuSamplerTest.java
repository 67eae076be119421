package org.saddlepoint.compute;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.saddlepoint.surface.Domain;
import org.saddlepoint.surface.FiniteRange;
import org.saddlepoint.surface.ExpressionSurface;
import org.saddlepoint.surface.ScalarGrid;

/** The banded CPU sampler: statistics gathered per band equal one serial pass; pools of any size give the same grid. */
class CpuSamplerTest {
    @Test void bandStatisticsEqualASerialPassOverTheGrid() {
        // holes (NaN and −∞) in some bands only, values of both signs; 700 columns → 93 rows per band
        ExpressionSurface s = ExpressionSurface.of("log(x) * 3 + y^3");
        Domain d = new Domain(-0.5, 2, -3, 3);
        ScalarGrid g = new CpuSampler().sample(s, d, 700, 301);
        ScalarGrid serial = new ScalarGrid(d, 700, 301, g.values().clone());
        assertEquals(serial.finiteMin(), g.finiteMin());
        assertEquals(serial.finiteMax(), g.finiteMax());
        assertEquals(serial.holeCount(), g.holeCount());
        assertTrue(g.holeCount() > 0 && g.holeCount() < 700 * 301, "the case has holes and values: " + g.holeCount());
    }

    @Test void allHolesGiveAnEmptyRange() {
        ScalarGrid g = new CpuSampler().sample(ExpressionSurface.of("log(-1 - x*x) + y"), new Domain(-1, 1, -1, 1), 5, 4);
        assertEquals(20, g.holeCount());
        assertEquals(Double.POSITIVE_INFINITY, g.finiteMin());
        assertEquals(Double.NEGATIVE_INFINITY, g.finiteMax());
    }

    @Test void finiteRangeMergesLikeOnePass() {
        Random rnd = new Random(11);
        double[] z = new double[1000];
        for (int i = 0; i < z.length; i++) {
            int k = rnd.nextInt(20);
            z[i] = k == 0 ? Double.NaN : k == 1 ? Double.POSITIVE_INFINITY : k == 2 ? Double.NEGATIVE_INFINITY : rnd.nextGaussian() * 1e3;
        }
        FiniteRange a = new FiniteRange(), b = new FiniteRange(), all = new FiniteRange();
        a.scan(z, 0, 377);
        b.scan(z, 377, 1000);
        a.merge(b);
        all.scan(z, 0, 1000);
        ScalarGrid ref = new ScalarGrid(new Domain(0, 1, 0, 1), 100, 10, z);
        for (FiniteRange r : List.of(a, all)) {
            assertEquals(ref.finiteMin(), r.min());
            assertEquals(ref.finiteMax(), r.max());
            assertEquals(ref.holeCount(), r.holes());
        }
    }

    /** The branch-free fast path (no holes) and the rescan (a hole anywhere, the tail included) against one plain pass. */
    @Test void finiteRangeFastPathAndRescanAgreeWithOnePass() {
        Random rnd = new Random(5);
        for (int trial = 0; trial < 200; trial++) {
            int n = 1 + rnd.nextInt(40);
            double[] z = new double[n];
            for (int i = 0; i < n; i++) z[i] = rnd.nextGaussian() * Math.pow(10, rnd.nextInt(9) - 4);
            if (trial % 3 == 1) z[rnd.nextInt(n)] = trial % 2 == 0 ? Double.NaN : Double.NEGATIVE_INFINITY;
            if (trial % 3 == 2) z[n - 1] = Double.POSITIVE_INFINITY; // in the scalar tail for most n
            double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
            int holes = 0;
            for (double v : z) {
                if (!Double.isFinite(v)) holes++;
                else { lo = Math.min(lo, v); hi = Math.max(hi, v); }
            }
            FiniteRange r = new FiniteRange();
            r.scan(z, 0, n);
            assertEquals(lo, r.min(), "min, trial " + trial);
            assertEquals(hi, r.max(), "max, trial " + trial);
            assertEquals(holes, r.holes(), "holes, trial " + trial);
        }
    }

    /** The array allocated ahead is handed out once: successive grids never share one, and each is fully written. */
    @Test void everyGridOwnsItsArray() throws Exception {
        CpuSampler sampler = new CpuSampler();
        ExpressionSurface s = BenchmarkSurfaces.SADDLE.surface();
        Domain d = BenchmarkSurfaces.SADDLE.domain();
        ScalarGrid previous = sampler.sample(s, d, 300, 200);
        double[] copy = previous.values().clone();
        for (int k = 0; k < 20; k++) {
            if (k % 5 == 0) Thread.sleep(20); // let the spare be allocated sometimes
            ScalarGrid g = sampler.sample(s, d, 300, 200);
            assertTrue(g.values() != previous.values(), "a new array for every grid");
            assertArrayEquals(copy, g.values());
            previous = g;
        }
        assertArrayEquals(copy, sampler.sample(s, d, 300, 200).values(), "earlier grids untouched by later ones");
        SpareArray spare = new SpareArray();
        spare.prepare(1000);
        Thread.sleep(100);
        double[] a = spare.take(1000), b = spare.take(1000);
        assertTrue(a != b);
        assertEquals(1000, a.length);
        assertEquals(0.0, java.util.Arrays.stream(a).map(Math::abs).sum());
    }

    @Test void oneWorkerAndManyWorkersGiveTheSameGrid() {
        ExpressionSurface s = BenchmarkSurfaces.ACKLEY.surface();
        Domain d = BenchmarkSurfaces.ACKLEY.domain();
        ScalarGrid one = new CpuSampler(new ForkJoinPool(1)).sample(s, d, 513, 257);
        ScalarGrid many = new CpuSampler(new ForkJoinPool(7)).sample(s, d, 513, 257);
        assertArrayEquals(one.values(), many.values());
        assertEquals(d.yMax(), d.yMin() + 256 * (d.height() / 256), 1e-15);
    }

    @Test void progressEndsAtOneAndCancelStops() {
        List<Double> progress = new ArrayList<>();
        new CpuSampler().sample(BenchmarkSurfaces.SADDLE.surface(), BenchmarkSurfaces.SADDLE.domain(), 1024, 300,
                p -> { synchronized (progress) { progress.add(p); } }, () -> false);
        assertTrue(progress.size() >= 4, "one report per band: " + progress);
        assertEquals(1.0, progress.stream().mapToDouble(Double::doubleValue).max().orElseThrow());
        AtomicInteger asked = new AtomicInteger();
        assertThrows(CancellationException.class, () -> new CpuSampler().sample(BenchmarkSurfaces.SADDLE.surface(),
                BenchmarkSurfaces.SADDLE.domain(), 1024, 300, p -> { }, () -> asked.incrementAndGet() > 2));
    }
}
