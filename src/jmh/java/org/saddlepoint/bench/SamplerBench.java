package org.saddlepoint.bench;

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
import org.saddlepoint.compute.BenchmarkSurfaces;
import org.saddlepoint.compute.Sampler;
import org.saddlepoint.compute.Samplers;
import org.saddlepoint.surface.ExpressionSurface;
import org.saddlepoint.surface.ScalarGrid;

/**
 * Sampling throughput of each backend on the five benchmark surfaces at 1024² points. The
 * score is in points per microsecond, i.e. <b>millions of points per second</b>.
 * {@code sample1024} returns a new grid per call (what the views get); {@code sampleInto1024}
 * writes every call into one array ({@link Sampler#sampleInto}): the evaluation without the JVM's
 * allocation of a fresh 8 MB result.
 * Run: {@code java -jar target/benchmarks.jar SamplerBench -f 1 -wi 2 -i 3}.
 * The OpenCL rows fail in setup on a machine without an OpenCL platform.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SamplerBench {
    static final int N = 1024;

    @Param({"cpu", "opencl"}) public String backend;

    @Param({"saddle", "rosenbrock", "himmelblau", "rastrigin", "ackley"}) public String surface;

    private Sampler sampler;
    private ExpressionSurface expr;
    private BenchmarkSurfaces spec;
    private double[] reused;

    @Setup public void setUp() {
        sampler = Samplers.byName(backend);
        spec = BenchmarkSurfaces.byId(surface);
        expr = spec.surface();
        sampler.sample(expr, spec.domain(), N, N); // builds the kernel before timing
        reused = new double[N * N];
    }

    @Benchmark @OperationsPerInvocation(N * N)
    public ScalarGrid sample1024() {
        return sampler.sample(expr, spec.domain(), N, N);
    }

    @Benchmark @OperationsPerInvocation(N * N)
    public ScalarGrid sampleInto1024() {
        return sampler.sampleInto(expr, spec.domain(), N, N, reused, p -> { }, () -> false);
    }
}
