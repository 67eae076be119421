package org.saddlepoint.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.saddlepoint.compute.HyperparameterSweep.Metric;
import org.saddlepoint.compute.opencl.OpenClOptimizerBatch;
import org.saddlepoint.compute.opencl.OpenClRuntime;
import org.saddlepoint.optim.Noise;
import org.saddlepoint.optim.OptimizerKind;
import org.saddlepoint.optim.OptimizerSpec;
import org.saddlepoint.optim.RunSpec;
import org.saddlepoint.optim.Schedule;
import org.saddlepoint.optim.Schedules;
import org.saddlepoint.surface.ExpressionSurface;

/**
 * Hyperparameter sweeps on OpenCL against the CPU (one {@link org.saddlepoint.optim.TrajectoryRunner}
 * run per point): 24×24 cells plus a grid and a random search of 30 points each, on Himmelblau
 * and on Rosenbrock, covering per-item learning rates under a schedule (one lr table per item),
 * per-item betas (Adam's powers on the device), RMSprop's alpha, weight decay, and both metrics.
 * Values agree on ≥ 99.5 % of the points: both +∞ (diverged), both NaN (tolerance never reached),
 * or within 1e-9 relative; steps-to-tolerance exactly. Skipped, saying why, without OpenCL.
 */
class SweepBatchContractTest {
    record Case(String name, String surface, RunSpec base, String a, String b, Metric metric, double tolerance) {
        @Override public String toString() { return name; }
    }

    static RunSpec base(OptimizerKind k, double lr, Schedule s, int steps, double x, double y) {
        return new RunSpec(x, y, OptimizerSpec.defaults(k).withLr(lr), s, Noise.NONE, steps);
    }

    static Stream<Arguments> cases() {
        String himmelblau = BenchmarkSurfaces.HIMMELBLAU.expression(), rosenbrock = BenchmarkSurfaces.ROSENBROCK.expression();
        return Stream.of(
            new Case("sgd lr×momentum final loss", himmelblau, base(OptimizerKind.SGD, 0.01, Schedule.CONSTANT, 300, -1, 1),
                    "lr=1e-4:0.05:log", "momentum=0:0.99", Metric.FINAL_LOSS, 0),
            new Case("sgd lr×dampening, step schedule, steps to 3", rosenbrock,
                    base(OptimizerKind.SGD, 0.001, Schedules.parse("step:step_size=100,gamma=0.5"), 400, -1, 1),
                    "lr=1e-4:2e-3:log", "dampening=0:0.9", Metric.STEPS_TO_TOLERANCE, 3),
            new Case("adam beta1×beta2 final loss", rosenbrock, base(OptimizerKind.ADAM, 0.05, Schedule.CONSTANT, 300, -1, 1),
                    "beta1=0:0.99", "beta2=0.9:0.9999", Metric.FINAL_LOSS, 0),
            new Case("adamw lr×weight_decay, cosine", himmelblau, base(OptimizerKind.ADAMW, 0.05, Schedules.parse("cosine:t_max=200"), 200, 0, 0),
                    "lr=1e-3:1:log", "weight_decay=0:0.5", Metric.FINAL_LOSS, 0),
            new Case("rmsprop lr×alpha steps to 1e-6", himmelblau, base(OptimizerKind.RMSPROP, 0.01, Schedule.CONSTANT, 400, 1, 1),
                    "lr=1e-3:0.3:log", "alpha=0.5:0.999", Metric.STEPS_TO_TOLERANCE, 1e-6),
            new Case("adagrad lr×eps", himmelblau, base(OptimizerKind.ADAGRAD, 0.1, Schedule.CONSTANT, 300, -4, 4),
                    "lr=1e-2:3:log", "eps=1e-10:1e-2:log", Metric.FINAL_LOSS, 0)
        ).map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void openClAgreesWithCpu(Case c) {
        OpenClRuntime.Discovery d = OpenClRuntime.discover();
        assumeTrue(d.available(), () -> "OpenCL sweep skipped: " + d.problem().orElse("no device"));
        ExpressionSurface surface = ExpressionSurface.of(c.surface());
        HyperparameterSweep.Spec spec = new HyperparameterSweep.Spec(c.base(), SweepAxis.parse(c.a()), SweepAxis.parse(c.b()), 24,
                c.metric(), c.tolerance(), 30, 7);
        HyperparameterSweep.Result cpu = HyperparameterSweep.run(surface, spec);
        HyperparameterSweep.Result cl = HyperparameterSweep.run(surface, spec, OpenClOptimizerBatch.onDefaultDevice(), p -> { }, () -> false);
        double[] u = all(cpu), v = all(cl);
        int agree = 0, finite = 0, infinite = 0;
        for (int i = 0; i < u.length; i++) {
            if (Double.isFinite(u[i])) finite++;
            if (u[i] == Double.POSITIVE_INFINITY) infinite++;
            boolean same = Double.isNaN(u[i]) ? Double.isNaN(v[i]) : Double.isInfinite(u[i]) ? u[i] == v[i]
                    : Math.abs(u[i] - v[i]) <= 1e-9 * Math.max(1, Math.abs(u[i]));
            if (same) agree++;
        }
        System.out.printf("%s: %d of %d agree (%d finite, %d diverged on the CPU)%n", c, agree, u.length, finite, infinite);
        assertTrue(agree >= 0.995 * u.length, agree + " of " + u.length + " agree");
        assertTrue(finite >= u.length / 10, "a sweep with few finite values proves little: " + finite);
        assertEquals(cpu.bestGrid(), cl.bestGrid());
    }

    private static double[] all(HyperparameterSweep.Result r) {
        List<HyperparameterSweep.Trial> t = new java.util.ArrayList<>(r.gridSearch());
        t.addAll(r.randomSearch());
        double[] out = java.util.Arrays.copyOf(r.values(), r.values().length + t.size());
        for (int i = 0; i < t.size(); i++) out[r.values().length + i] = t.get(i).value();
        return out;
    }
}
