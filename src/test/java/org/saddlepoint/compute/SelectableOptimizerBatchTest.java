package org.saddlepoint.compute;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.saddlepoint.compute.FallbackOptimizerBatchTest.CountingAccelerator;
import org.saddlepoint.compute.opencl.DeviceInfo;
import org.saddlepoint.compute.opencl.OpenClOptimizerBatch;

/** The user's backend choice applied to basin maps: CPU, Auto (small jobs on the CPU), a device that fails. */
class SelectableOptimizerBatchTest {
    static final DeviceInfo BAD = new DeviceInfo(0, "Fake", "OpenCL 3.0", 1, "bad-device", "nobody", "GPU", 8, true, 1L << 30, "1");
    final AtomicReference<Backend> chosen = new AtomicReference<>(Backend.AUTO);
    final CountingAccelerator auto = new CountingAccelerator();
    final List<String> heard = new ArrayList<>();
    final SelectableOptimizerBatch batch = new SelectableOptimizerBatch(chosen::get, OptimizerBatches.cpu(), () -> auto,
            d -> new OpenClOptimizerBatch(new FallbackOptimizerBatchTest.LostDevice()), 24L * 24 * 200);

    SelectableOptimizerBatchTest() { batch.addNoticeListener(heard::add); }

    BasinMap.Result map(int grid) {
        return BasinMap.compute(FallbackOptimizerBatchTest.HIMMELBLAU, FallbackOptimizerBatchTest.SPEC.withGrid(grid), batch, p -> { }, () -> false);
    }

    @Test void cpuRunsOnTheCpu() {
        chosen.set(Backend.CPU);
        FallbackOptimizerBatchTest.assertSameAsCpu(map(24));
        assertEquals(0, auto.jobs.get());
        assertEquals(Backend.CPU.describe(), batch.lastBackend());
    }

    @Test void autoSendsBigJobsToTheAcceleratorAndSmallOnesToTheCpu() {
        FallbackOptimizerBatchTest.assertSameAsCpu(map(24));
        assertEquals(1, auto.jobs.get());
        assertEquals("Auto → Fake accelerator", batch.lastBackend());
        map(12);
        assertEquals(1, auto.jobs.get());
        assertEquals("Auto → " + Backend.CPU.describe() + " — small job", batch.lastBackend());
        assertEquals(List.of(), heard);
    }

    @Test void aChosenDeviceThatFailsCompletesOnTheCpuAndIsToldOnce() {
        chosen.set(Backend.of(BAD));
        for (int i = 0; i < 2; i++) FallbackOptimizerBatchTest.assertSameAsCpu(map(24));
        assertArrayEquals(new String[] {"OpenCL device fake-device failed: CL_DEVICE_NOT_AVAILABLE — computing on the CPU instead"}, heard.toArray());
        assertEquals(Backend.CPU.describe() + " — fallback", batch.lastBackend());
    }
}
