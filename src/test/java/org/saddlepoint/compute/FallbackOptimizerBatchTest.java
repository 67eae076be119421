package org.saddlepoint.compute;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import org.junit.jupiter.api.Test;
import org.saddlepoint.compute.opencl.DeviceInfo;
import org.saddlepoint.compute.opencl.OpenClBackend;
import org.saddlepoint.compute.opencl.OpenClOptimizerBatch;
import org.saddlepoint.optim.OptimizerKind;
import org.saddlepoint.optim.OptimizerSpec;
import org.saddlepoint.surface.Domain;
import org.saddlepoint.surface.ExpressionSurface;
import org.saddlepoint.surface.Surface;

/**
 * The fallback contract of {@link FallbackOptimizerBatch} with injected faults: the job completes
 * with exactly the CPU's map, and each reason is told once however many jobs follow.
 */
class FallbackOptimizerBatchTest {
    static final ExpressionSurface HIMMELBLAU = BenchmarkSurfaces.HIMMELBLAU.surface();
    static final BasinMap.Spec SPEC = BasinMap.Spec.of(OptimizerSpec.defaults(OptimizerKind.ADAM).withLr(0.1), new Domain(-5, 5, -5, 5), 24, 200)
            .withMinima(List.of(BasinMapTest.HIMMELBLAU_MINIMA));
    static final DeviceInfo FAKE = new DeviceInfo(0, "Fake", "OpenCL 3.0", 0, "fake-device", "nobody", "GPU", 8, true, 1L << 30, "1");

    /** A device that loses itself in the middle of every optimizer job. */
    static final class LostDevice implements OpenClBackend {
        @Override public DeviceInfo device() { return FAKE; }

        @Override public void sampleRows(String source, double[] columns, double[] rows, double x0, double dx, double y0, double dy,
                                         int nx, int rowFrom, int rowCount, double[] out, int outOffset) { }

        @Override public void runOptimizers(String source, double[] startX, double[] startY, int from, int count, double[] hyper,
                                            int hyperStride, double[] lrs, int lrStride, double[] powers, int[] powIndex, int powIndexStride, double tol, double[] finalX, double[] finalY,
                                            int[] taken, int[] status) {
            throw new AcceleratorException(AcceleratorException.Kind.DEVICE_ERROR, "OpenCL device fake-device failed: CL_DEVICE_NOT_AVAILABLE");
        }

        @Override public void close() { }
    }

    static final BasinMap.Result CPU = BasinMap.compute(HIMMELBLAU, SPEC);

    static void assertSameAsCpu(BasinMap.Result r) {
        assertArrayEquals(CPU.labels(), r.labels());
        assertArrayEquals(CPU.steps(), r.steps());
        assertArrayEquals(CPU.finalX(), r.finalX());
        assertArrayEquals(CPU.finalY(), r.finalY());
    }

    @Test void aDeviceLostMidJobCompletesOnTheCpuAndIsToldOnce() {
        List<String> heard = new ArrayList<>();
        FallbackOptimizerBatch f = new FallbackOptimizerBatch(() -> new OpenClOptimizerBatch(new LostDevice()), OptimizerBatches.cpu());
        f.addNoticeListener(heard::add);
        for (int i = 0; i < 3; i++) assertSameAsCpu(BasinMap.compute(HIMMELBLAU, SPEC, f, p -> { }, () -> false));
        assertEquals(List.of("OpenCL device fake-device failed: CL_DEVICE_NOT_AVAILABLE — computing on the CPU instead"), heard);
        assertEquals(heard, f.notices());
        assertTrue(f.lastBackend().startsWith("CPU (") && f.lastBackend().endsWith("— fallback"), f.lastBackend());
    }

    @Test void noOpenClLibraryIsToldOnce() {
        List<String> heard = new ArrayList<>();
        FallbackOptimizerBatch f = new FallbackOptimizerBatch(() -> { throw new NoClassDefFoundError("Could not initialize class org.jocl.CL"); },
                OptimizerBatches.cpu());
        f.addNoticeListener(heard::add);
        for (int i = 0; i < 3; i++) assertSameAsCpu(BasinMap.compute(HIMMELBLAU, SPEC, f, p -> { }, () -> false));
        assertEquals(List.of("no OpenCL library: Could not initialize class org.jocl.CL — computing on the CPU instead"), heard);
    }

    /** An accelerator that works (it is the CPU in disguise) and counts its jobs. */
    static final class CountingAccelerator implements OptimizerBatch {
        final AtomicInteger jobs = new AtomicInteger();

        @Override public String name() { return "fake"; }

        @Override public String lastBackend() { return "Fake accelerator"; }

        @Override public String unsupported(Surface surface, Job job) {
            return job.optimizer().kind() == OptimizerKind.NEWTON ? "Newton needs the Hessian" : null;
        }

        @Override public Finals run(Surface surface, Job job, DoubleConsumer progress, BooleanSupplier cancelled) {
            jobs.incrementAndGet();
            return OptimizerBatches.cpu().run(surface, job, progress, cancelled);
        }
    }

    @Test void aJobTheAcceleratorCannotTakeRunsOnTheCpuWithOneLineAndTheAcceleratorStaysOn() {
        List<String> heard = new ArrayList<>();
        CountingAccelerator acc = new CountingAccelerator();
        FallbackOptimizerBatch f = new FallbackOptimizerBatch(() -> acc, OptimizerBatches.cpu());
        f.addNoticeListener(heard::add);
        BasinMap.Spec newton = BasinMap.Spec.of(OptimizerSpec.defaults(OptimizerKind.NEWTON), new Domain(-5, 5, -5, 5), 12, 50);
        BasinMap.Result expected = BasinMap.compute(HIMMELBLAU, newton);
        for (int i = 0; i < 2; i++) assertArrayEquals(expected.labels(), BasinMap.compute(HIMMELBLAU, newton, f, p -> { }, () -> false).labels());
        assertEquals(0, acc.jobs.get());
        assertEquals(List.of("Newton needs the Hessian — runs on the CPU"), heard);
        assertTrue(f.lastBackend().endsWith("— Newton needs the Hessian"), f.lastBackend());
        assertSameAsCpu(BasinMap.compute(HIMMELBLAU, SPEC, f, p -> { }, () -> false));
        assertEquals(1, acc.jobs.get(), "Adam still goes to the accelerator");
        assertEquals("Fake accelerator", f.lastBackend());
        assertEquals(1, heard.size());
    }

    @Test void aNoisySweepRunsOnTheCpuAndSaysWhyOnce() {
        List<String> heard = new ArrayList<>();
        CountingAccelerator acc = new CountingAccelerator();
        FallbackOptimizerBatch f = new FallbackOptimizerBatch(() -> acc, OptimizerBatches.cpu());
        f.addNoticeListener(heard::add);
        org.saddlepoint.optim.RunSpec base = new org.saddlepoint.optim.RunSpec(1, 1, OptimizerSpec.defaults(OptimizerKind.SGD),
                org.saddlepoint.optim.Schedule.CONSTANT, org.saddlepoint.optim.Noise.gaussian(0.1, 3), 50);
        HyperparameterSweep.Spec spec = new HyperparameterSweep.Spec(base, SweepAxis.parse("lr=0.001:0.01"), SweepAxis.parse("momentum=0:0.9"),
                4, HyperparameterSweep.Metric.FINAL_LOSS, 0, 4, 1);
        double[] expected = HyperparameterSweep.run(HIMMELBLAU, spec).values();
        for (int i = 0; i < 2; i++) assertArrayEquals(expected, HyperparameterSweep.run(HIMMELBLAU, spec, f, p -> { }, () -> false).values());
        assertEquals(0, acc.jobs.get());
        assertEquals(List.of("noisy gradients (gradient noise or a batch-size axis) — runs on the CPU"), heard);
        assertTrue(f.lastBackend().endsWith("— noisy gradients (gradient noise or a batch-size axis)"), f.lastBackend());
    }

    @Test void cancellationIsPassedOnNotToldAsAFailure() {
        List<String> heard = new ArrayList<>();
        FallbackOptimizerBatch f = new FallbackOptimizerBatch(CountingAccelerator::new, OptimizerBatches.cpu());
        f.addNoticeListener(heard::add);
        assertThrows(CancellationException.class, () -> BasinMap.compute(HIMMELBLAU, SPEC, f, p -> { }, () -> true));
        assertEquals(List.of(), heard);
    }
}
