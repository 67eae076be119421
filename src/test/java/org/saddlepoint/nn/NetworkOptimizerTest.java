package org.saddlepoint.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.saddlepoint.surface.ExpressionSurface;
import org.saddlepoint.surface.PointFunction;

/** The n-dimensional update rules against PyTorch 1.13 float64 trajectories (shared/reference). */
class NetworkOptimizerTest {
    static final File REFERENCE = locate();

    static File locate() {
        for (String p : new String[] {"../shared/reference/torch_optim_reference.json", "shared/reference/torch_optim_reference.json",
            "/work/shared/reference/torch_optim_reference.json"}) {
            File f = new File(p);
            if (f.isFile()) return f;
        }
        return null;
    }

    static Stream<JsonNode> cases() throws Exception {
        if (REFERENCE == null) return Stream.empty();
        List<JsonNode> out = new ArrayList<>();
        new ObjectMapper().readTree(REFERENCE).get("trajectories").forEach(out::add);
        return out.stream();
    }

    @Test
    void referenceIsPresent() {
        Assumptions.assumeTrue(REFERENCE != null, "shared/reference not beside the checkout");
    }

    @ParameterizedTest(name = "{index}")
    @MethodSource("cases")
    void matchesTorchTrajectory(JsonNode c) {
        JsonNode o = c.get("options");
        NetworkOptimizer.Method m = NetworkOptimizer.Method.valueOf(c.get("optimizer").asText().toUpperCase());
        NetworkOptimizer d = NetworkOptimizer.defaults(m, o.get("lr").asDouble());
        NetworkOptimizer opt = new NetworkOptimizer(m, d.lr(), o.path("momentum").asDouble(0), o.path("dampening").asDouble(0),
                o.path("nesterov").asBoolean(false), o.path("alpha").asDouble(0.99), o.path("centered").asBoolean(false),
                o.has("betas") ? o.get("betas").get(0).asDouble() : 0.9, o.has("betas") ? o.get("betas").get(1).asDouble() : 0.999,
                o.path("eps").asDouble(d.eps()), o.path("weight_decay").asDouble(d.weightDecay()), o.path("amsgrad").asBoolean(false),
                o.path("lr_decay").asDouble(0), o.path("initial_accumulator_value").asDouble(0));
        PointFunction f = ExpressionSurface.of(c.get("expression").asText()).newEvaluator();
        double[] theta = {c.get("start").get(0).asDouble(), c.get("start").get(1).asDouble()}, g = new double[2];
        NetworkOptimizer.State st = opt.newState(2);
        JsonNode rows = c.get("rows");
        for (int k = 1; k < rows.size(); k++) {
            f.gradient(theta[0], theta[1], g);
            st.step(theta, g, opt.lr());
            double ex = rows.get(k).get(0).asDouble(), ey = rows.get(k).get(1).asDouble();
            assertEquals(ex, theta[0], 1e-10 * (1 + Math.abs(ex)), c.get("optimizer") + " " + o + " step " + k);
            assertEquals(ey, theta[1], 1e-10 * (1 + Math.abs(ey)), c.get("optimizer") + " " + o + " step " + k);
        }
    }
}
