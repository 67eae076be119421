package org.saddlepoint.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.saddlepoint.compute.opencl.OpenClOptimizerBatch;
import org.saddlepoint.compute.opencl.OpenClRuntime;
import org.saddlepoint.optim.OptimizerKind;
import org.saddlepoint.optim.OptimizerSpec;
import org.saddlepoint.optim.Schedule;
import org.saddlepoint.optim.Schedules;
import org.saddlepoint.surface.Domain;
import org.saddlepoint.surface.ExpressionSurface;

/**
 * The OpenCL optimizer batch against the CPU reference ({@link CpuOptimizerBatch}): basin maps of
 * a 64×64 grid of starts on Himmelblau and on a saddle, for SGD, momentum, Nesterov, Adam,
 * AMSGrad, AdamW, RMSprop (plain, centered, momentum) and Adagrad, some with weight decay or a
 * schedule. Labels must agree on ≥ 99.5 % of the starts, every disagreement must sit on a basin
 * boundary of the CPU map (a 4-neighbour with another label), and where labels agree the final
 * points agree within 1e-9 and the step counts exactly (fp64). Skipped, saying why, when this
 * machine has no OpenCL platform.
 */
class OptimizerBatchContractTest {
    /** A surface, its domain and its minima (which label the starts, as the Maps tab does). */
    record Landscape(String name, ExpressionSurface surface, Domain domain, List<double[]> minima) { }

    static final Landscape HIMMELBLAU = new Landscape("himmelblau", BenchmarkSurfaces.HIMMELBLAU.surface(),
            BenchmarkSurfaces.HIMMELBLAU.domain(), List.of(BasinMapTest.HIMMELBLAU_MINIMA));
    /** A saddle at the origin between two minima at (±1, 0). */
    static final Landscape SADDLE = new Landscape("saddle (x²−1)² + y²", ExpressionSurface.of("(x^2 - 1)^2 + y^2"),
            new Domain(-2, 2, -2, 2), List.of(new double[] {1, 0}, new double[] {-1, 0}));

    record Case(String name, Landscape surface, OptimizerSpec optimizer, Schedule schedule, int steps) {
        @Override public String toString() { return name + " on " + surface.name(); }
    }

    static Stream<Arguments> cases() {
        List<Case> out = new ArrayList<>();
        for (Landscape s : List.of(HIMMELBLAU, SADDLE)) {
            double scale = s == HIMMELBLAU ? 1 : 10; // the saddle is gentler: larger steps
            out.add(new Case("sgd", s, sgd(0.005 * scale), Schedule.CONSTANT, 400));
            out.add(new Case("sgd-diverging", s, sgd(0.03 * scale), Schedule.CONSTANT, 200));
            out.add(new Case("momentum", s, sgd(0.002 * scale).withMomentum(0.9).withDampening(0.1).withWeightDecay(1e-3), Schedule.CONSTANT, 400));
            out.add(new Case("nesterov", s, sgd(0.002 * scale).withMomentum(0.8).withNesterov(true), Schedules.parse("exp:gamma=0.995"), 400));
            out.add(new Case("adam", s, spec(OptimizerKind.ADAM, 0.05), Schedule.CONSTANT, 500));
            out.add(new Case("amsgrad", s, spec(OptimizerKind.ADAM, 0.05).withAmsgrad(true).withWeightDecay(0.01), Schedule.CONSTANT, 300));
            out.add(new Case("adamw", s, spec(OptimizerKind.ADAMW, 0.05), Schedules.parse("cosine:t_max=300"), 300));
            out.add(new Case("rmsprop", s, spec(OptimizerKind.RMSPROP, 0.01), Schedule.CONSTANT, 400));
            out.add(new Case("rmsprop-centered-momentum", s, spec(OptimizerKind.RMSPROP, 0.005).withCentered(true).withMomentum(0.5), Schedule.CONSTANT, 300));
            out.add(new Case("adagrad", s, spec(OptimizerKind.ADAGRAD, 0.5).withLrDecay(1e-3).withInitialAccumulator(0.1), Schedule.CONSTANT, 400));
        }
        return out.stream().map(Arguments::of);
    }

    static OptimizerSpec sgd(double lr) { return spec(OptimizerKind.SGD, lr); }

    static OptimizerSpec spec(OptimizerKind k, double lr) { return OptimizerSpec.defaults(k).withLr(lr); }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void openClAgreesWithCpu(Case c) {
        OpenClRuntime.Discovery d = OpenClRuntime.discover();
        assumeTrue(d.available(), () -> "OpenCL optimizer batch skipped: " + d.problem().orElse("no device"));
        int n = 64;
        BasinMap.Spec spec = BasinMap.Spec.of(c.optimizer(), c.surface().domain(), n, c.steps()).withSchedule(c.schedule())
                .withGradientTolerance(1e-5).withMinima(c.surface().minima());
        BasinMap.Result cpu = BasinMap.compute(c.surface().surface(), spec);
        OpenClOptimizerBatch batch = OpenClOptimizerBatch.onDefaultDevice();
        assumeTrue(batch.tolerance().equals(Tolerance.FP64), "fp64 comparison needs an fp64 device");
        BasinMap.Result cl = BasinMap.compute(c.surface().surface(), spec, batch, p -> { }, () -> false);
        assertEquals(cpu.attractors().size(), cl.attractors().size(), "same attractors");
        int agree = 0;
        double worst = 0;
        for (int i = 0; i < n * n; i++) {
            if (cpu.labels()[i] == cl.labels()[i]) {
                agree++;
                double dx = Math.abs(cpu.finalX()[i] - cl.finalX()[i]), dy = Math.abs(cpu.finalY()[i] - cl.finalY()[i]);
                if (cpu.labels()[i] != BasinMap.DIVERGED) worst = Math.max(worst, Math.max(dx, dy));
                assertEquals(cpu.steps()[i], cl.steps()[i], "steps taken from start " + i);
            } else {
                assertTrue(onBoundary(cpu, i % n, i / n), "start " + i + " differs but is not on a CPU basin boundary");
            }
        }
        System.out.printf("%s: labels agree on %d of %d, final points within %.3g, labels %s%n", c, agree, n * n, worst, counts(cpu));
        assertTrue(agree >= 0.995 * n * n, "labels agree on " + agree + " of " + n * n);
        assertTrue(worst <= 1e-9, "final points differ by " + worst);
        // a nontrivial map: at least two minima own starts
        assertTrue(cpu.count(0) > 0 && cpu.count(1) > 0 || c.name().endsWith("diverging"), "a map with a single basin proves little: " + counts(cpu));
        if (c.name().endsWith("diverging")) assertTrue(cpu.count(BasinMap.DIVERGED) > 0, "the diverging case diverges somewhere");
    }

    private static String counts(BasinMap.Result r) {
        StringBuilder sb = new StringBuilder();
        for (int l = -2; l < r.attractors().size(); l++) sb.append(l).append(':').append(r.count(l)).append(' ');
        return sb.toString().strip();
    }

    private static boolean onBoundary(BasinMap.Result r, int ix, int iy) {
        int n = r.grid(), l = r.label(ix, iy);
        int[][] nb = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};
        for (int[] o : nb) {
            int x = ix + o[0], y = iy + o[1];
            if (x >= 0 && y >= 0 && x < n && y < n && r.label(x, y) != l) return true;
        }
        return false;
    }
}
