package org.saddlepoint.bench;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.saddlepoint.expr.Expression;
import org.saddlepoint.expr.GridEvaluator;
import org.saddlepoint.expr.ScalarEvaluator;

/**
 * Points per second on one core: a 1024×1024 grid over [−2, 2]² evaluated row by row with
 * {@link GridEvaluator} (the score is points/s thanks to {@code @OperationsPerInvocation}),
 * and value + gradient of Rosenbrock with {@link ScalarEvaluator} (evaluations/s).
 * <pre>mvn -q -Pbench -DskipTests package && java -jar target/benchmarks.jar ExprBench -f 1 -wi 3 -i 5 -t 1</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ExprBench {
    private static final int N = 1024;
    private static final double LO = -2, STEP = 4.0 / (N - 1);

    @Param({"saddle", "rosenbrock", "himmelblau", "rastrigin", "ackley"})
    public String surface;

    private GridEvaluator grid;
    private ScalarEvaluator rosenbrockGradient;
    private final double[] z = new double[N * N];
    private final double[] g = new double[3];

    static String source(String name) {
        return switch (name) {
            case "saddle" -> "x^2 - y^2";
            case "rosenbrock" -> "(1 - x)^2 + 100*(y - x^2)^2";
            case "himmelblau" -> "(x^2 + y - 11)^2 + (x + y^2 - 7)^2";
            case "rastrigin" -> "20 + x^2 - 10*cos(2*pi*x) + y^2 - 10*cos(2*pi*y)";
            case "ackley" -> "-20*exp(-0.2*sqrt(0.5*(x^2+y^2))) - exp(0.5*(cos(2*pi*x)+cos(2*pi*y))) + e + 20";
            default -> throw new IllegalArgumentException(name);
        };
    }

    @Setup public void setup() {
        grid = new GridEvaluator(Expression.parse(source(surface)).compile(Expression.Order.VALUE, Map.of()));
        rosenbrockGradient = new ScalarEvaluator(
                Expression.parse(source("rosenbrock")).compile(Expression.Order.GRADIENT, Map.of()));
    }

    /** Score = grid points per second. */
    @Benchmark @OperationsPerInvocation(N * N)
    public double[] gridPoints() {
        for (int iy = 0; iy < N; iy++) grid.evaluateRow(LO + iy * STEP, LO, STEP, N, 0, z, iy * N);
        return z;
    }

    /** Score = value+gradient evaluations per second (Rosenbrock, whatever {@code surface} says). */
    @Benchmark @OperationsPerInvocation(N)
    public void rosenbrockValueAndGradient(Blackhole bh) {
        for (int i = 0; i < N; i++) {
            double t = LO + i * STEP;
            rosenbrockGradient.evaluate(t, 0.5 * t + 0.3, g);
            bh.consume(g[0] + g[1] + g[2]);
        }
    }
}
