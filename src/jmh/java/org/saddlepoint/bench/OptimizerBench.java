package org.saddlepoint.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.saddlepoint.optim.Noise;
import org.saddlepoint.optim.OptimizerKind;
import org.saddlepoint.optim.OptimizerSpec;
import org.saddlepoint.optim.RunSpec;
import org.saddlepoint.optim.Schedule;
import org.saddlepoint.optim.Trajectory;
import org.saddlepoint.optim.TrajectoryRunner;
import org.saddlepoint.surface.ExpressionSurface;

/**
 * Optimizer steps per second: Adam (lr 0.01) on Rosenbrock (1−x)² + 100(y−x²)² from (−1.5, 2),
 * 10,000 steps per operation, recording the full {@link Trajectory} (all 14 columns). The score
 * is in steps/s (one JMH "op" = one step). Reference points: torch.optim ≈ 3,000 steps/s, a
 * NumPy loop ≈ 72,000 steps/s on this kind of machine.
 *
 * <pre>mvn -q -Pbench -DskipTests package &amp;&amp; java -jar target/benchmarks.jar OptimizerBench -f 1 -wi 3 -i 5</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class OptimizerBench {
    static final int STEPS = 10_000;

    private ExpressionSurface rosenbrock;
    private RunSpec adam;
    private RunSpec sgdMomentum;

    @Setup
    public void setup() {
        rosenbrock = ExpressionSurface.of("(1-x)^2 + 100*(y-x^2)^2");
        adam = new RunSpec(-1.5, 2, OptimizerSpec.defaults(OptimizerKind.ADAM).withLr(0.01),
                Schedule.CONSTANT, Noise.NONE, STEPS);
        sgdMomentum = new RunSpec(-1.5, 2, OptimizerSpec.defaults(OptimizerKind.SGD).withLr(1e-4).withMomentum(0.9),
                Schedule.CONSTANT, Noise.NONE, STEPS);
    }

    /** Adam, 10,000 steps with the full trajectory recorded; score = steps/s. */
    @Benchmark
    @OperationsPerInvocation(STEPS)
    public Trajectory adamRosenbrock() {
        return TrajectoryRunner.run(rosenbrock, adam);
    }

    /** SGD with momentum 0.9 (lr 1e-4), for comparison. */
    @Benchmark
    @OperationsPerInvocation(STEPS)
    public Trajectory sgdMomentumRosenbrock() {
        return TrajectoryRunner.run(rosenbrock, sgdMomentum);
    }
}
