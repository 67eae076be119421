package org.saddlepoint.compute.opencl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.saddlepoint.compute.AcceleratorException;
import org.saddlepoint.compute.AcceleratorException.Kind;
import org.saddlepoint.compute.BenchmarkSurfaces;
import org.saddlepoint.compute.CpuSampler;
import org.saddlepoint.compute.Tolerance;
import org.saddlepoint.expr.OpenClEmitter.Precision;
import org.saddlepoint.surface.ScalarGrid;

/** Tests against the real OpenCL driver; skipped with the probe's reason where there is none. */
class OpenClDeviceTest {
    @BeforeEach void needsOpenCl() {
        OpenClRuntime.Discovery d = OpenClRuntime.discover();
        assumeTrue(d.available(), () -> "OpenCL device tests skipped: " + d.problem().orElse("no device"));
    }

    @Test void discoveryDescribesEveryDevice() {
        OpenClRuntime.Discovery d = OpenClRuntime.discover();
        assertSame(d, OpenClRuntime.discover(), "probed once");
        for (DeviceInfo dev : d.devices()) {
            assertFalse(dev.name().isBlank());
            assertTrue(dev.computeUnits() >= 1);
            assertTrue(dev.globalMemoryBytes() > 0);
            assertTrue(dev.describe().startsWith("opencl " + dev.platformIndex() + ":" + dev.deviceIndex() + "  " + dev.name()));
        }
        assertTrue(d.devices().contains(OpenClRuntime.defaultDevice()));
    }

    @Test void buildFailureGivesTheFirstLogLineAndIsNotRetried() {
        OpenClBackend b = OpenClRuntime.shared();
        String broken = "__kernel void sample(__global double* z) { z[0] = undeclared_thing; }";
        double[] out = new double[4];
        AcceleratorException e = assertThrows(AcceleratorException.class, () -> b.sampleRows(broken, new double[0], new double[0], 0, 1, 0, 1, 2, 0, 2, out, 0));
        assertEquals(Kind.BUILD_FAILED, e.kind());
        assertTrue(e.getMessage().startsWith("OpenCL kernel build failed on " + b.device().name() + ": "), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
        assertTrue(e.getMessage().contains("undeclared_thing"), e.getMessage());
        AcceleratorException again = assertThrows(AcceleratorException.class, () -> b.sampleRows(broken, new double[0], new double[0], 0, 1, 0, 1, 2, 0, 2, out, 0));
        assertEquals(e.getMessage(), again.getMessage());
    }

    @Test void singlePrecisionPathAgreesWithinFp32Tolerance() {
        DeviceInfo dev = OpenClRuntime.defaultDevice();
        try (OpenClBackend b = JoclBackend.open(dev, Precision.FLOAT)) {
            OpenClSampler s = new OpenClSampler(b);
            assertEquals(Tolerance.FP32, s.tolerance());
            assertTrue(s.kernelSource(BenchmarkSurfaces.SADDLE.surface()).contains("typedef float REAL;"));
            double worstOverall = 0;
            for (BenchmarkSurfaces bs : BenchmarkSurfaces.values()) {
                ScalarGrid ref = new CpuSampler().sample(bs.surface(), bs.domain(), 129, 65);
                ScalarGrid got = s.sample(bs.surface(), bs.domain(), 129, 65);
                double worst = 0;
                for (int i = 0; i < ref.values().length; i++) {
                    double r = ref.values()[i], v = got.values()[i];
                    worst = Math.max(worst, Math.abs(v - r) / (1 + Math.abs(r)));
                    assertTrue(Tolerance.FP32.agrees(r, v), bs.id() + " at " + i + ": " + r + " vs " + v);
                }
                worstOverall = Math.max(worstOverall, worst);
            }
            assertTrue(worstOverall > 1e-9, "the kernel really ran in float: worst relative difference " + worstOverall);
        }
    }

    @Test void doublePrecisionKernelOnFp64Device() {
        OpenClSampler s = OpenClSampler.onDefaultDevice();
        assumeTrue(s.device().fp64(), "device has no fp64");
        assertEquals(Tolerance.FP64, s.tolerance());
        assertTrue(s.kernelSource(BenchmarkSurfaces.SADDLE.surface()).contains("typedef double REAL;"));
    }
}
