package org.saddlepoint.compute.opencl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.saddlepoint.compute.BasinMap;
import org.saddlepoint.compute.BenchmarkSurfaces;
import org.saddlepoint.compute.OptimizerBatch;
import org.saddlepoint.compute.Tolerance;
import org.saddlepoint.expr.OpenClEmitter.Precision;
import org.saddlepoint.optim.OptimizerKind;
import org.saddlepoint.optim.OptimizerSpec;
import org.saddlepoint.surface.Domain;
import org.saddlepoint.surface.ExpressionSurface;

/** The OpenCL optimizer batch on its own: the fp32 path, what it refuses, what its kernel is made of. */
class OpenClOptimizerBatchTest {
    static final ExpressionSurface HIMMELBLAU = BenchmarkSurfaces.HIMMELBLAU.surface();
    static final double[][] MINIMA = {{3, 2}, {-2.805118086952745, 3.131312518250573},
        {-3.779310253377747, -3.283185991286170}, {3.584428340330492, -1.848126526964404}};

    @BeforeAll static void needsOpenCl() {
        OpenClRuntime.Discovery d = OpenClRuntime.discover();
        assumeTrue(d.available(), () -> "OpenCL skipped: " + d.problem().orElse("no device"));
    }

    @Test void singlePrecisionBasinsAgreeExceptNearBoundaries() {
        BasinMap.Spec spec = BasinMap.Spec.of(OptimizerSpec.defaults(OptimizerKind.ADAM).withLr(0.05), new Domain(-5, 5, -5, 5), 64, 300)
                .withGradientTolerance(1e-3).withMinima(List.of(MINIMA));
        BasinMap.Result cpu = BasinMap.compute(HIMMELBLAU, spec);
        try (OpenClBackend b = JoclBackend.open(OpenClRuntime.defaultDevice(), Precision.FLOAT)) {
            OpenClOptimizerBatch batch = new OpenClOptimizerBatch(b);
            assertEquals(Tolerance.FP32, batch.tolerance());
            OptimizerBatch.Job job = BasinMap.job(spec);
            assertTrue(batch.kernelSource(HIMMELBLAU, job).contains("typedef float REAL;"));
            BasinMap.Result cl = BasinMap.compute(HIMMELBLAU, spec, batch, p -> { }, () -> false);
            int agree = 0;
            double worst = 0;
            for (int i = 0; i < 64 * 64; i++) {
                if (cpu.labels()[i] != cl.labels()[i]) continue;
                agree++;
                worst = Math.max(worst, Math.abs(cpu.finalX()[i] - cl.finalX()[i]));
            }
            assertTrue(agree >= 0.99 * 64 * 64, "labels agree on " + agree);
            assertTrue(worst < 1e-2 && worst > 0, "fp32 final points near the CPU's, and really in float: " + worst);
        }
    }

    @Test void refusesWhatNeedsTheHessianOrData() {
        OpenClOptimizerBatch batch = OpenClOptimizerBatch.onDefaultDevice();
        OptimizerBatch.Job newton = BasinMap.job(BasinMap.Spec.of(OptimizerSpec.defaults(OptimizerKind.NEWTON), new Domain(-1, 1, -1, 1), 4, 10));
        assertEquals("Newton needs the Hessian", batch.unsupported(HIMMELBLAU, newton));
        UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class,
                () -> batch.run(HIMMELBLAU, newton, p -> { }, () -> false));
        assertEquals("Newton needs the Hessian", e.getMessage());
    }

    @Test void theKernelComesFromTheProgramNotTheText() {
        ExpressionSurface s = ExpressionSurface.of("(x^2 + y - 11)^2 + (x + y^2 - 7)^2");
        OptimizerBatch.Job job = BasinMap.job(BasinMap.Spec.of(OptimizerSpec.defaults(OptimizerKind.SGD), new Domain(-1, 1, -1, 1), 4, 10));
        String src = OpenClOptimizerBatch.onDefaultDevice().kernelSource(s, job);
        assertTrue(!src.contains("^") && src.contains("0x1.6p3") && src.contains("0x1.cp2"), "constants as exact hex literals, no source text: " + src);
        assertTrue(src.contains("static void sp_point(") && src.contains("__kernel void optimize("), src);
    }
}
