package org.saddlepoint.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.saddlepoint.surface.ExpressionSurface;

/**
 * Reproduces the PyTorch 1.13 float64 reference (/work/shared/reference/torch_optim_reference.json):
 * every trajectory to 1e-9 relative, every schedule to 1e-12 relative.
 */
public class TorchReferenceTest {
    static final Path REFERENCE = Path.of(System.getProperty("user.dir"))
            .resolve("../shared/reference/torch_optim_reference.json").normalize();

    static JsonNode reference() throws IOException {
        assumeTrue(Files.isRegularFile(REFERENCE), "PyTorch reference not found at " + REFERENCE + " — skipping");
        return new ObjectMapper().readTree(REFERENCE.toFile());
    }

    @TestFactory
    Stream<DynamicTest> trajectoriesMatchTorch() throws IOException {
        JsonNode ref = reference();
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode c : ref.get("trajectories")) {
            String name = c.get("surface").asText() + " " + c.get("optimizer").asText() + " " + c.get("options");
            tests.add(DynamicTest.dynamicTest(name, () -> checkTrajectory(c)));
        }
        assertTrue(tests.size() >= 11, "expected the reference's 11 trajectories, got " + tests.size());
        return tests.stream();
    }

    private static void checkTrajectory(JsonNode c) {
        OptimizerSpec spec = toSpec(c.get("optimizer").asText(), c.get("options"));
        JsonNode rows = c.get("rows");
        RunSpec run = new RunSpec(c.get("start").get(0).asDouble(), c.get("start").get(1).asDouble(),
                spec, Schedule.CONSTANT, Noise.NONE, rows.size() - 1);
        Trajectory t = TrajectoryRunner.run(ExpressionSurface.of(c.get("expression").asText()), run);
        assertNull(t.stopReason().orElse(null));
        assertEquals(rows.size(), t.size());
        for (int k = 0; k < rows.size(); k++) {
            JsonNode row = rows.get(k);
            assertClose(row.get(0).asDouble(), t.x(k), 1e-9, "x at row " + k);
            assertClose(row.get(1).asDouble(), t.y(k), 1e-9, "y at row " + k);
            assertClose(row.get(2).asDouble(), t.loss(k), 1e-9, "loss at row " + k);
        }
    }

    /** torch option names → OptimizerSpec, starting from torch's defaults. */
    public static OptimizerSpec toSpec(String optimizer, JsonNode options) {
        OptimizerSpec s = OptimizerSpec.defaults(OptimizerKind.parse(optimizer));
        for (Iterator<Map.Entry<String, JsonNode>> it = options.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            s = switch (e.getKey()) {
                case "lr" -> s.withLr(v.asDouble());
                case "momentum" -> s.withMomentum(v.asDouble());
                case "dampening" -> s.withDampening(v.asDouble());
                case "nesterov" -> s.withNesterov(v.asBoolean());
                case "weight_decay" -> s.withWeightDecay(v.asDouble());
                case "lr_decay" -> s.withLrDecay(v.asDouble());
                case "initial_accumulator_value" -> s.withInitialAccumulator(v.asDouble());
                case "eps" -> s.withEps(v.asDouble());
                case "alpha" -> s.withAlpha(v.asDouble());
                case "centered" -> s.withCentered(v.asBoolean());
                case "betas" -> s.withBeta1(v.get(0).asDouble()).withBeta2(v.get(1).asDouble());
                case "amsgrad" -> s.withAmsgrad(v.asBoolean());
                default -> throw new IllegalArgumentException("reference uses an option this test does not map: " + e.getKey());
            };
        }
        return s;
    }

    @TestFactory
    Stream<DynamicTest> schedulesMatchTorch() throws IOException {
        JsonNode ref = reference();
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode c : ref.get("schedules")) {
            String spec = c.get("spec").asText();
            tests.add(DynamicTest.dynamicTest(spec, () -> {
                Schedule s = Schedules.parse(spec);
                double base = c.get("base_lr").asDouble();
                JsonNode lr = c.get("lr");
                for (int k = 0; k < lr.size(); k++) assertClose(lr.get(k).asDouble(), s.lr(k, base), 1e-12, spec + " at k=" + k);
            }));
        }
        assertTrue(tests.size() >= 7, "expected the reference's 7 schedules, got " + tests.size());
        return tests.stream();
    }

    static void assertClose(double expected, double actual, double rel, String what) {
        double tol = rel * Math.max(Math.abs(expected), Math.abs(actual));
        if (!(Math.abs(expected - actual) <= tol)) {
            throw new AssertionError(what + ": expected " + expected + ", got " + actual + " (relative error "
                    + Math.abs(expected - actual) / Math.max(Math.abs(expected), Double.MIN_VALUE) + " > " + rel + ")");
        }
    }
}
