package org.saddlepoint.bench;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.saddlepoint.nn.Activation;
import org.saddlepoint.nn.DataSplit;
import org.saddlepoint.nn.Datasets;
import org.saddlepoint.nn.DirectionMaker;
import org.saddlepoint.nn.Lanczos;
import org.saddlepoint.nn.LossKind;
import org.saddlepoint.nn.Mlp;
import org.saddlepoint.nn.NetworkLandscape;
import org.saddlepoint.nn.NetworkObjective;
import org.saddlepoint.nn.Spectrum;
import org.saddlepoint.surface.ScalarGrid;

/**
 * Network workloads on 1,000 spiral points, float64, all cores:
 * <ul>
 *   <li>{@code landscape51}: 51×51 loss landscape of a 2-16-16-2 ReLU MLP (354 parameters),
 *       filter-normalized directions (PyTorch: 0.77 s plain loop, 0.35 s batched).</li>
 *   <li>{@code fullHessian354}: its full 354×354 Hessian from 354 exact HVPs
 *       (torch.autograd.functional.hessian: 0.36 s).</li>
 *   <li>{@code hessianEigen354}: EJML symmetric eigen-decomposition of it (torch: 4 ms).</li>
 *   <li>{@code lanczosTop5Large}: top-5 Hessian eigenvalues of a 2-140-140-2 MLP (20,442
 *       parameters) by Lanczos, 40 HVPs with full reorthogonalization.</li>
 * </ul>
 * Run: {@code mvn -q -Pbench -DskipTests package && java -jar target/benchmarks.jar NnBench -f 1 -wi 3 -i 5}
 * and note {@code uptime}: on a shared 2-core machine the wall times follow the load. CPU time
 * per op is steadier (2026-11-23, load 10–12, median of 10): landscape51 190 → 100 ms,
 * fullHessian354 130 → 80 ms (process CPU, both threads; on two idle cores the wall time is
 * about half). Single-thread CPU: landscape51 188 → 90 ms, fullHessian354 108 → 45 ms.
 * What made it so: {@code PlaneLossKernel} (first layer affine in (a, b), tiles of 256
 * examples, four-input fused multiply-add passes, fused ReLU, vectorized e^−|d| and one log
 * per 64 examples) and, for the Hessian, block-triangular columns (rows of layers ≥ the
 * column's layer only) with 4 × 4 register-blocked dots ({@code Gram}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
public class NnBench {
    private DataSplit data;
    private Mlp small, large;
    private double[] thetaSmall, thetaLarge, hessian;
    private NetworkLandscape landscape;
    private NetworkObjective objectiveSmall, objectiveLarge;
    private int threads;

    @Setup(Level.Trial)
    public void setUp() {
        data = Datasets.generate("spirals", 1000, 10, 0.05, 1);
        small = Mlp.of(new int[] {16, 16}, 2, Activation.RELU, LossKind.CROSS_ENTROPY, false);
        large = Mlp.of(new int[] {140, 140}, 2, Activation.RELU, LossKind.CROSS_ENTROPY, false);
        thetaSmall = small.initialize(new Random(1));
        thetaLarge = large.initialize(new Random(2));
        landscape = new NetworkLandscape(small, data.train(), thetaSmall, DirectionMaker.filterNormalized(small, thetaSmall, 3));
        objectiveSmall = new NetworkObjective(small, data.train());
        objectiveLarge = new NetworkObjective(large, data.train());
        threads = Runtime.getRuntime().availableProcessors();
        hessian = objectiveSmall.fullHessian(thetaSmall, threads);
    }

    @Benchmark
    public ScalarGrid landscape51() {
        return landscape.grid(1.0, 51, data.train(), threads, p -> { }, () -> false);
    }

    @Benchmark
    public double[] fullHessian354() {
        return objectiveSmall.fullHessian(thetaSmall, threads);
    }

    @Benchmark
    public Spectrum hessianEigen354() {
        return Spectrum.ofSymmetric(hessian, small.parameterCount());
    }

    @Benchmark
    public double[] lanczosTop5Large() {
        return Lanczos.top(objectiveLarge.hessianAt(thetaLarge), 5, 7);
    }
}
