package org.saddlepoint.compute;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.saddlepoint.compute.AcceleratorException.Kind;
import org.saddlepoint.compute.opencl.DeviceInfo;
import org.saddlepoint.compute.opencl.OpenClRuntime;
import org.saddlepoint.compute.opencl.OpenClSampler;
import org.saddlepoint.surface.Domain;
import org.saddlepoint.surface.ExpressionSurface;
import org.saddlepoint.surface.ScalarGrid;

/** The user's backend choice: switching, what ran, and a failing device told once. */
class SelectableSamplerTest {
    static final ExpressionSurface ROSENBROCK = BenchmarkSurfaces.ROSENBROCK.surface();
    static final Domain DOMAIN = BenchmarkSurfaces.ROSENBROCK.domain();
    static final DeviceInfo GOOD = new DeviceInfo(0, "Fake", "OpenCL 3.0", 0, "good-device", "nobody", "GPU", 8, true, 1L << 30, "1");
    static final DeviceInfo BAD = new DeviceInfo(0, "Fake", "OpenCL 3.0", 1, "bad-device", "nobody", "GPU", 8, true, 1L << 30, "1");

    /** A "device" that returns 7 everywhere, so the test sees which backend produced a grid. */
    static final class Sevens implements Sampler {
        final AtomicInteger jobs = new AtomicInteger();

        @Override public String name() { return "opencl"; }

        @Override public ScalarGrid sample(org.saddlepoint.surface.Surface s, Domain d, int nx, int ny,
                                           java.util.function.DoubleConsumer p, java.util.function.BooleanSupplier c) {
            jobs.incrementAndGet();
            double[] z = new double[nx * ny];
            java.util.Arrays.fill(z, 7);
            return new ScalarGrid(d, nx, ny, z);
        }
    }

    final Sevens good = new Sevens();
    final AtomicInteger badOpens = new AtomicInteger();

    SelectableSampler sampler() {
        return new SelectableSampler(new CpuSampler(), () -> good, () -> GOOD, d -> {
            if (d.equals(BAD)) {
                badOpens.incrementAndGet();
                throw new AcceleratorException(Kind.DEVICE_ERROR, "OpenCL device lost: bad-device");
            }
            return good;
        }, OpenClSampler::supports, 0);
    }

    @Test void eachChoiceRunsOnItsBackendAndSaysSo() {
        SelectableSampler s = sampler();
        double[] cpu = new CpuSampler().sample(ROSENBROCK, DOMAIN, 17, 9).values();
        assertEquals("auto", s.name());
        assertEquals(7.0, s.sample(ROSENBROCK, DOMAIN, 17, 9).at(3, 4));
        assertEquals("Auto → OpenCL 0:0 — good-device (Fake)", s.inUse());
        s.select(Backend.CPU);
        assertArrayEquals(cpu, s.sample(ROSENBROCK, DOMAIN, 17, 9).values());
        assertEquals("CPU (" + Runtime.getRuntime().availableProcessors() + " cores)", s.inUse());
        s.select(Backend.of(GOOD));
        assertEquals("opencl:0:0", s.name());
        assertEquals(7.0, s.sample(ROSENBROCK, DOMAIN, 17, 9).at(0, 0));
        assertEquals(2, good.jobs.get());
        assertTrue(s.notices().isEmpty());
    }

    @Test void aFailingDeviceFallsBackToTheExactCpuGridAndIsToldOnce() {
        SelectableSampler s = sampler();
        List<String> heard = new ArrayList<>();
        int[] changes = {0};
        s.addNoticeListener(heard::add);
        s.addChangeListener(() -> changes[0]++);
        s.select(Backend.of(BAD));
        assertEquals(1, changes[0]);
        double[] cpu = new CpuSampler().sample(ROSENBROCK, DOMAIN, 17, 9).values();
        for (int i = 0; i < 3; i++) assertArrayEquals(cpu, s.sample(ROSENBROCK, DOMAIN, 17, 9).values());
        assertEquals(List.of("OpenCL device lost: bad-device — sampling on the CPU instead"), heard);
        assertEquals(1, badOpens.get(), "a permanent fault is not retried");
        assertTrue(s.inUse().endsWith("— fallback"), s.inUse());
        assertEquals(Tolerance.EXACT, s.tolerance());
        assertEquals(2, changes[0], "selection, then the first fallback job");
    }

    @Test void dataSurfacesStayOnTheCpuWithoutANotice() {
        SelectableSampler s = new SelectableSampler(new CpuSampler(), () -> good, () -> GOOD, d -> good, surface -> false, 0);
        double[] cpu = new CpuSampler().sample(ROSENBROCK, DOMAIN, 9, 9).values();
        assertArrayEquals(cpu, s.sample(ROSENBROCK, DOMAIN, 9, 9).values());
        assertTrue(s.inUse().endsWith("— data surface"), s.inUse());
        assertEquals(0, good.jobs.get());
        assertTrue(s.notices().isEmpty());
    }

    @Test void autoKeepsSmallGridsOnTheCpuWhereAKernelBuildWouldCostMore() {
        SelectableSampler s = new SelectableSampler(new CpuSampler(), () -> good, () -> GOOD, d -> good, OpenClSampler::supports, 1000);
        double[] cpu = new CpuSampler().sample(ROSENBROCK, DOMAIN, 31, 32).values();
        assertArrayEquals(cpu, s.sample(ROSENBROCK, DOMAIN, 31, 32).values()); // 992 points
        assertEquals("Auto → CPU (" + Runtime.getRuntime().availableProcessors() + " cores) — small grid", s.inUse());
        assertEquals(7.0, s.sample(ROSENBROCK, DOMAIN, 32, 32).at(5, 5)); // 1024 points
        assertEquals(1, good.jobs.get());
        s.select(Backend.of(GOOD));
        assertEquals(7.0, s.sample(ROSENBROCK, DOMAIN, 4, 4).at(1, 1), "a device picked by hand runs every size");
    }

    /** The real backends: every one available here gives the CPU grid within its tolerance. */
    @Test void everyRealBackendAgreesWithTheCpuWithinItsTolerance() {
        SelectableSampler s = new SelectableSampler();
        List<Backend> all = Backend.available();
        assertEquals(List.of(Backend.AUTO, Backend.CPU), all.subList(0, 2));
        assertEquals(2 + OpenClRuntime.discover().devices().size(), all.size());
        ScalarGrid ref = new CpuSampler().sample(ROSENBROCK, DOMAIN, 65, 33);
        for (Backend b : all) {
            s.select(b);
            ScalarGrid g = s.sample(ROSENBROCK, DOMAIN, 65, 33);
            Tolerance tol = s.tolerance();
            for (int i = 0; i < g.values().length; i++) {
                assertTrue(tol.agrees(ref.values()[i], g.values()[i]), b.id() + " at " + i + ": " + g.values()[i] + " vs " + ref.values()[i]);
            }
        }
    }
}
