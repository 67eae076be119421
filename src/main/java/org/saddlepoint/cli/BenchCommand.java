package org.saddlepoint.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.saddlepoint.compute.AcceleratorException;
import org.saddlepoint.compute.BenchmarkSurfaces;
import org.saddlepoint.compute.Sampler;
import org.saddlepoint.compute.Samplers;
import org.saddlepoint.compute.opencl.OpenClRuntime;
import org.saddlepoint.surface.ExpressionSurface;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench}: sampling throughput per backend. For each backend, surface and grid size it
 * runs {@code --warmup} untimed jobs, then {@code --runs} timed ones, and prints the median as
 * {@code BACKEND SURFACE NxN: R Mpoints/s}. A quick guide; JMH (SamplerBench) is the careful one.
 * By default every job returns a new grid, as the views get; {@code --reuse-array} has every job
 * write into one array ({@link Sampler#sampleInto}), which measures the evaluation without the
 * JVM's allocation of fresh memory for each result.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure sampling speed: lines 'BACKEND SURFACE NxN: R Mpoints/s' (median of --runs after --warmup).")
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--backend", paramLabel = "NAME", split = ",",
            description = "cpu, opencl or all (default all: every available backend).")
    List<String> backends = List.of("all");

    @Option(names = "--surface", paramLabel = "ID", split = ",",
            description = "Surfaces: saddle, rosenbrock, himmelblau, rastrigin, ackley (default all).")
    List<String> surfaces = BenchmarkSurfaces.ids();

    @Option(names = "--grid", paramLabel = "N", split = ",", description = "Grid sizes N (N×N points; default 1024,2048).")
    List<Integer> grids = List.of(1024, 2048);

    @Option(names = "--runs", description = "Timed runs per case (default 7).") int runs = 7;

    @Option(names = "--warmup", description = "Untimed warm-up runs per case (default 3), and at least --warmup-ms of them.") int warmup = 3;

    @Option(names = "--warmup-ms", description = "Least warm-up time per case in ms (default 500), so the JIT has compiled each surface's loops.")
    int warmupMillis = 500;

    @Option(names = "--reuse-array", description = "Write every job of a case into one result array instead of a new grid each time.")
    boolean reuseArray;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override public Integer call() {
        if (runs < 1) throw new UserError("--runs must be ≥ 1, got " + runs);
        if (warmup < 0) throw new UserError("--warmup must be ≥ 0, got " + warmup);
        if (warmupMillis < 0) throw new UserError("--warmup-ms must be ≥ 0, got " + warmupMillis);
        for (int n : grids) if (n < 2 || n > 8192) throw new UserError("--grid: sizes must be in [2, 8192], got " + n);
        List<BenchmarkSurfaces> chosen = new ArrayList<>();
        for (String s : surfaces) {
            try {
                chosen.add(BenchmarkSurfaces.byId(s));
            } catch (IllegalArgumentException e) {
                throw new UserError("--surface: " + e.getMessage());
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (Sampler sampler : samplers(err)) {
            for (BenchmarkSurfaces s : chosen) {
                ExpressionSurface surface = s.surface();
                for (int n : grids) {
                    double mpts = medianMpointsPerSecond(sampler, surface, s, n);
                    out.println(String.format(Locale.ROOT, "%s %s %dx%d: %.1f Mpoints/s", sampler.name(), s.id(), n, n, mpts));
                    out.flush();
                }
            }
        }
        return ExitCodes.OK;
    }

    private List<Sampler> samplers(PrintWriter err) {
        List<String> names = backends.stream().map(b -> b.strip().toLowerCase(Locale.ROOT)).toList();
        List<Sampler> out = new ArrayList<>();
        for (String b : names) {
            switch (b) {
                case "cpu" -> out.add(Samplers.cpu());
                case "opencl" -> {
                    try {
                        out.add(Samplers.opencl());
                    } catch (AcceleratorException | LinkageError e) {
                        throw new UserError("--backend opencl: " + e.getMessage());
                    }
                }
                case "all" -> {
                    out.add(Samplers.cpu());
                    OpenClRuntime.Discovery d = OpenClRuntime.discover();
                    if (d.available()) {
                        try {
                            out.add(Samplers.opencl());
                        } catch (AcceleratorException e) {
                            err.println("opencl: skipped (" + e.getMessage() + ")");
                        }
                    } else {
                        err.println("opencl: skipped (" + d.problem().orElse("no device") + ")");
                    }
                }
                default -> throw new UserError("--backend must be cpu, opencl or all, got '" + b + "'");
            }
        }
        return out;
    }

    private double medianMpointsPerSecond(Sampler sampler, ExpressionSurface surface, BenchmarkSurfaces s, int n) {
        double[] reused = reuseArray ? new double[n * n] : null;
        long warmUntil = System.nanoTime() + warmupMillis * 1_000_000L;
        for (int i = 0; i < warmup || System.nanoTime() < warmUntil; i++) sampleOnce(sampler, surface, s, n, reused);
        double[] rates = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            sampleOnce(sampler, surface, s, n, reused);
            long t1 = System.nanoTime();
            rates[i] = (double) n * n / ((t1 - t0) / 1e9) / 1e6;
        }
        Arrays.sort(rates);
        return runs % 2 == 1 ? rates[runs / 2] : 0.5 * (rates[runs / 2 - 1] + rates[runs / 2]);
    }

    private static void sampleOnce(Sampler sampler, ExpressionSurface surface, BenchmarkSurfaces s, int n, double[] reused) {
        if (reused == null) sampler.sample(surface, s.domain(), n, n);
        else sampler.sampleInto(surface, s.domain(), n, n, reused, p -> { }, () -> false);
    }
}
