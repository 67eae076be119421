package org.saddlepoint.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.saddlepoint.compute.opencl.OpenClOptimizerBatch;
import org.saddlepoint.compute.opencl.OpenClRuntime;
import org.saddlepoint.optim.OptimizerSpec;
import org.saddlepoint.optim.Schedule;
import org.saddlepoint.surface.ExpressionSurface;

/**
 * The independent check of both optimizer batches: every trajectory of the PyTorch 1.13 float64
 * reference (/work/shared/reference/torch_optim_reference.json — SGD with momentum, dampening,
 * Nesterov and weight decay, Adagrad with lr decay, RMSprop centered with momentum, Adam with
 * AMSGrad, AdamW), stepped K = 1, 7 and 50 times from its start by the batch (gradient tolerance
 * 0, so no start stops early) must land on torch's row K within 1e-9 relative. OpenCL is skipped,
 * saying why, when there is no platform.
 */
class OptimizerBatchTorchReferenceTest {
    static final Path REFERENCE = Path.of(System.getProperty("user.dir"))
            .resolve("../shared/reference/torch_optim_reference.json").normalize();

    @TestFactory
    Stream<DynamicTest> batchesReproduceTorch() throws IOException {
        assumeTrue(Files.isRegularFile(REFERENCE), "PyTorch reference not found at " + REFERENCE + " — skipping");
        JsonNode ref = new ObjectMapper().readTree(REFERENCE.toFile());
        List<DynamicTest> tests = new ArrayList<>();
        for (String backend : List.of("cpu", "opencl")) {
            for (JsonNode c : ref.get("trajectories")) {
                String name = backend + " " + c.get("surface").asText() + " " + c.get("optimizer").asText() + " " + c.get("options");
                tests.add(DynamicTest.dynamicTest(name, () -> check(backend, c)));
            }
        }
        assertTrue(tests.size() >= 22, "expected the reference's 11 trajectories per backend");
        return tests.stream();
    }

    private static void check(String backend, JsonNode c) {
        OptimizerBatch batch;
        if (backend.equals("cpu")) {
            batch = OptimizerBatches.cpu();
        } else {
            OpenClRuntime.Discovery d = OpenClRuntime.discover();
            assumeTrue(d.available(), () -> "OpenCL skipped: " + d.problem().orElse("no device"));
            batch = OpenClOptimizerBatch.onDefaultDevice();
        }
        ExpressionSurface surface = ExpressionSurface.of(c.get("expression").asText());
        OptimizerSpec spec = toSpec(c.get("optimizer").asText(), c.get("options"));
        JsonNode rows = c.get("rows");
        double x0 = c.get("start").get(0).asDouble(), y0 = c.get("start").get(1).asDouble();
        for (int k : new int[] {1, 7, rows.size() - 1}) {
            // three copies of the start: every item of a batch must compute the same thing
            double[] sx = {x0, x0, x0}, sy = {y0, y0, y0};
            OptimizerBatch.Finals f = batch.run(surface, new OptimizerBatch.Job(spec, Schedule.CONSTANT, sx, sy, k, 0), p -> { }, () -> false);
            for (int i = 0; i < 3; i++) {
                assertEquals(OptimizerBatch.RUNNING, f.status()[i], "still running after " + k + " steps");
                assertEquals(k, f.steps()[i]);
                assertClose(rows.get(k).get(0).asDouble(), f.x()[i], "x after " + k + " steps");
                assertClose(rows.get(k).get(1).asDouble(), f.y()[i], "y after " + k + " steps");
            }
        }
    }

    private static void assertClose(double expected, double actual, String what) {
        assertTrue(Math.abs(expected - actual) <= 1e-9 * Math.max(1, Math.abs(expected)), what + ": torch " + expected + ", batch " + actual);
    }

    /** torch option names → OptimizerSpec, from torch's defaults (the optimizer tests' own mapping). */
    static OptimizerSpec toSpec(String optimizer, JsonNode options) {
        return org.saddlepoint.optim.TorchReferenceTest.toSpec(optimizer, options);
    }
}
