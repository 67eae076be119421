package org.saddlepoint.compute;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.saddlepoint.compute.AcceleratorException.Kind;
import org.saddlepoint.compute.opencl.DeviceInfo;
import org.saddlepoint.compute.opencl.OpenClBackend;
import org.saddlepoint.compute.opencl.OpenClSampler;
import org.saddlepoint.surface.Domain;
import org.saddlepoint.surface.ExpressionSurface;
import org.saddlepoint.surface.PointFunction;
import org.saddlepoint.surface.ScalarGrid;
import org.saddlepoint.surface.Surface;

/** Fault injection: whatever goes wrong on the accelerator, the job completes on the CPU and the user is told once. */
class FallbackSamplerTest {
    static final ExpressionSurface ROSENBROCK = BenchmarkSurfaces.ROSENBROCK.surface();
    static final Domain DOMAIN = BenchmarkSurfaces.ROSENBROCK.domain();
    static final DeviceInfo FAKE = new DeviceInfo(0, "Fake", "OpenCL 3.0", 0, "fake-device", "nobody", "GPU", 8, true, 1L << 30, "1");

    /** A backend that fills rows with 42 for the first {@code goodCalls} calls, then throws {@code fault}. */
    static final class FaultyBackend implements OpenClBackend {
        final int goodCalls;
        final Supplier<RuntimeException> fault;
        int calls;

        FaultyBackend(int goodCalls, Supplier<RuntimeException> fault) {
            this.goodCalls = goodCalls;
            this.fault = fault;
        }

        @Override public DeviceInfo device() { return FAKE; }

        @Override public void sampleRows(String source, double[] columns, double[] rows, double x0, double dx, double y0, double dy,
                                         int nx, int rowFrom, int rowCount, double[] out, int outOffset) {
            if (calls++ >= goodCalls) throw fault.get();
            java.util.Arrays.fill(out, outOffset, outOffset + nx * rowCount, 42.0);
        }

        @Override public void close() { }
    }

    static ScalarGrid reference() { return new CpuSampler().sample(ROSENBROCK, DOMAIN, 33, 21); }

    static FallbackSampler fallback(Supplier<Sampler> factory, List<String> heard) {
        FallbackSampler f = new FallbackSampler(factory, OpenClSampler::supports, new CpuSampler());
        f.addNoticeListener(heard::add);
        return f;
    }

    /** Runs three jobs; each must equal the CPU grid exactly; returns the notices. */
    static List<String> runThreeJobs(FallbackSampler f) {
        for (int i = 0; i < 3; i++) assertArrayEquals(reference().values(), f.sample(ROSENBROCK, DOMAIN, 33, 21).values());
        return f.notices();
    }

    @Test void noLibraryFallsBackAndTellsOnce() {
        AtomicInteger opened = new AtomicInteger();
        List<String> heard = new ArrayList<>();
        FallbackSampler f = fallback(() -> {
            opened.incrementAndGet();
            throw new UnsatisfiedLinkError("Could not load the native library 'libOpenCL.so'");
        }, heard);
        List<String> notices = runThreeJobs(f);
        assertEquals(1, notices.size(), notices.toString());
        assertTrue(notices.get(0).startsWith("no OpenCL library: Could not load the native library"), notices.get(0));
        assertTrue(notices.get(0).endsWith("sampling on the CPU instead"), notices.get(0));
        assertEquals(notices, heard);
        assertEquals(1, opened.get(), "a missing library is probed once");
        assertEquals("cpu", f.activeBackend());
        assertEquals(Tolerance.EXACT, f.tolerance());
    }

    @Test void noClassDefAfterAFailedLoadAlsoFallsBack() {
        List<String> heard = new ArrayList<>();
        FallbackSampler f = fallback(() -> { throw new NoClassDefFoundError("Could not initialize class org.jocl.CL"); }, heard);
        assertEquals(1, runThreeJobs(f).size());
        assertEquals(1, heard.size());
    }

    @Test void noPlatformFallsBackAndTellsOnce() {
        List<String> heard = new ArrayList<>();
        FallbackSampler f = fallback(() -> { throw new AcceleratorException(Kind.NO_PLATFORM, "no OpenCL platform: the ICD loader lists no platform with a device"); }, heard);
        assertEquals(List.of("no OpenCL platform: the ICD loader lists no platform with a device — sampling on the CPU instead"), runThreeJobs(f));
        assertEquals(1, heard.size());
    }

    @Test void buildFailureFallsBackWithTheLogLineOnceButKeepsTheDevice() {
        AtomicInteger opened = new AtomicInteger();
        FaultyBackend backend = new FaultyBackend(0, () -> new AcceleratorException(Kind.BUILD_FAILED,
                "OpenCL kernel build failed on fake-device: <source>:12:5: error: use of undeclared identifier 'r99'"));
        List<String> heard = new ArrayList<>();
        FallbackSampler f = fallback(() -> {
            opened.incrementAndGet();
            return new OpenClSampler(backend);
        }, heard);
        List<String> notices = runThreeJobs(f);
        assertEquals(1, notices.size(), notices.toString());
        assertTrue(notices.get(0).contains("error: use of undeclared identifier 'r99'"));
        assertEquals(1, heard.size());
        assertEquals(3, backend.calls, "a build failure concerns one program: the device stays in use");
        assertEquals(1, opened.get());
        assertEquals("opencl", f.activeBackend());
    }

    @Test void deviceLostMidJobCompletesOnCpuWithoutKeepingPartialRows() {
        FaultyBackend backend = new FaultyBackend(2, () -> new AcceleratorException(Kind.DEVICE_ERROR,
                "OpenCL device fake-device failed: CL_DEVICE_NOT_AVAILABLE"));
        List<String> heard = new ArrayList<>();
        FallbackSampler f = fallback(() -> new OpenClSampler(backend, 33 * 4), heard); // 4 rows per band: lost in band 3
        List<String> notices = runThreeJobs(f);
        assertEquals(List.of("OpenCL device fake-device failed: CL_DEVICE_NOT_AVAILABLE — sampling on the CPU instead"), notices);
        assertEquals(1, heard.size());
        assertEquals(3, backend.calls, "after a lost device no further job goes to it");
        assertEquals("cpu", f.activeBackend());
    }

    /** The device fills the caller's array with 42s in its first two bands, then is lost: the CPU overwrites every value. */
    @Test void deviceLostMidJobIntoTheCallersArrayLeavesNoDeviceRows() {
        FaultyBackend backend = new FaultyBackend(2, () -> new AcceleratorException(Kind.DEVICE_ERROR,
                "OpenCL device fake-device failed: CL_DEVICE_NOT_AVAILABLE"));
        FallbackSampler f = fallback(() -> new OpenClSampler(backend, 33 * 4), new ArrayList<>());
        double[] out = new double[33 * 21];
        ScalarGrid g = f.sampleInto(ROSENBROCK, DOMAIN, 33, 21, out, p -> { }, () -> false);
        assertTrue(g.values() == out);
        assertArrayEquals(reference().values(), out);
        assertEquals(1, f.notices().size(), f.notices().toString());
    }

    @Test void outOfResourcesFallsBackForThisJobAndRetriesTheNext() {
        FaultyBackend backend = new FaultyBackend(0, () -> new AcceleratorException(Kind.OUT_OF_RESOURCES,
                "OpenCL device fake-device is out of resources: CL_MEM_OBJECT_ALLOCATION_FAILURE"));
        List<String> heard = new ArrayList<>();
        FallbackSampler f = fallback(() -> new OpenClSampler(backend), heard);
        assertEquals(1, runThreeJobs(f).size());
        assertEquals(3, backend.calls);
        assertEquals(1, heard.size());
    }

    @Test void unexpectedRuntimeFailureFallsBackAndDisables() {
        FaultyBackend backend = new FaultyBackend(0, () -> new IllegalStateException("queue corrupted\nsecond line"));
        FallbackSampler f = fallback(() -> new OpenClSampler(backend), new ArrayList<>());
        assertEquals(List.of("OpenCL failed: IllegalStateException: queue corrupted — sampling on the CPU instead"), runThreeJobs(f));
        assertEquals(1, backend.calls);
    }

    @Test void cancellationIsPassedOnNotTreatedAsFailure() {
        FaultyBackend backend = new FaultyBackend(100, IllegalStateException::new);
        FallbackSampler f = fallback(() -> new OpenClSampler(backend, 33), new ArrayList<>());
        AtomicInteger polls = new AtomicInteger();
        assertThrows(CancellationException.class, () -> f.sample(ROSENBROCK, DOMAIN, 33, 21, p -> { }, () -> polls.incrementAndGet() > 3));
        assertEquals(List.of(), f.notices());
        assertEquals(3, backend.calls);
    }

    @Test void surfacesOpenClCannotTakeGoToTheCpuWithoutProbing() {
        AtomicInteger opened = new AtomicInteger();
        FallbackSampler f = fallback(() -> {
            opened.incrementAndGet();
            throw new AssertionError("must not be opened for a data surface");
        }, new ArrayList<>());
        Surface dataLike = new Surface() {
            @Override public PointFunction newEvaluator() {
                PointFunction inner = ROSENBROCK.newEvaluator();
                return inner;
            }

            @Override public int exampleCount() { return 100; }

            @Override public String describe() { return "a data surface"; }
        };
        ScalarGrid g = f.sample(dataLike, DOMAIN, 33, 21);
        ScalarGrid ref = reference();
        for (int i = 0; i < g.values().length; i++) assertEquals(ref.values()[i], g.values()[i], 1e-12 * (1 + Math.abs(ref.values()[i])));
        assertEquals(0, opened.get());
        assertEquals(List.of(), f.notices());
    }

    @Test void workingAcceleratorIsUsedAndSilent() {
        FaultyBackend backend = new FaultyBackend(Integer.MAX_VALUE, IllegalStateException::new);
        FallbackSampler f = fallback(() -> new OpenClSampler(backend), new ArrayList<>());
        ScalarGrid g = f.sample(ROSENBROCK, DOMAIN, 33, 21);
        assertEquals(42.0, g.at(5, 5), "the accelerator's values are returned when it works");
        assertEquals(List.of(), f.notices());
        assertEquals(Tolerance.FP64, f.tolerance());
    }

    @Test void byNameRejectsUnknownBackends() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Samplers.byName("cuda"));
        assertEquals("unknown backend 'cuda' (expected cpu, opencl or auto)", e.getMessage());
        assertEquals("cpu", Samplers.byName(" CPU ").name());
    }
}
