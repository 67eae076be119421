package org.saddlepoint.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.saddlepoint.compute.FallbackOptimizerBatch;
import org.saddlepoint.compute.HyperparameterSweep;
import org.saddlepoint.compute.OptimizerBatch;
import org.saddlepoint.compute.HyperparameterSweep.Metric;
import org.saddlepoint.compute.SweepAxis;
import org.saddlepoint.expr.ExprException;
import org.saddlepoint.optim.Noise;
import org.saddlepoint.optim.RunSpec;
import org.saddlepoint.optim.Schedule;
import org.saddlepoint.optim.Schedules;
import org.saddlepoint.render.AtomicFileWriter;
import org.saddlepoint.render.NpyWriter;
import org.saddlepoint.surface.ExpressionSurface;
import org.saddlepoint.surface.Surface;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code sweep}: final loss (or steps to a loss tolerance) over a grid of two hyperparameters,
 * e.g. {@code --param lr=1e-4:1:log --param momentum=0:0.99}. Output .npy (float64 (N, N),
 * row = second parameter, +inf = diverged, nan = tolerance never reached) or .csv
 * (a,b,value per cell). Prints the best cell and what grid and random search of {@code --budget}
 * trials would have found. Here {@code --param} names sweep axes; surface parameters are
 * {@code --surface-param}.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = "Sweep two hyperparameters: final loss (or steps to --tolerance) per cell; +inf = diverged.")
final class SweepCommand implements Callable<Integer> {
    static final class SurfaceChoice {
        @Option(names = "--expr", paramLabel = "E", description = "An expression in x and y.") String expression;

        @Option(names = "--surface", paramLabel = "ID_OR_FILE", description = "A bundled surface id or a surface .toml file.") String surface;
    }

    @ArgGroup(exclusive = true, multiplicity = "1") SurfaceChoice choice;

    @Option(names = "--surface-param", paramLabel = "NAME=VALUE", description = "A surface parameter value (repeatable).")
    Map<String, Double> surfaceParameters = new LinkedHashMap<>();

    @Option(names = "--surfaces-dir", paramLabel = "DIR", description = "An extra folder of surface files.") Path surfacesDir;

    @Mixin OptimizerOptionsMixin optimizerOptions;

    @Option(names = "--param", required = true, paramLabel = "NAME=FROM:TO[:log]",
            description = "A swept hyperparameter (exactly two): lr, momentum, dampening, alpha, beta1, beta2, eps, weight_decay, batch_size.")
    List<String> params;

    @Option(names = "--grid", required = true, paramLabel = "N", description = "N values per parameter.") int grid;

    @Option(names = "--start", required = true, paramLabel = "X,Y", description = "Start point of every run.") String start;

    @Option(names = "--steps", required = true, paramLabel = "K", description = "Steps per run.") int steps;

    @Option(names = "--schedule", paramLabel = "SPEC", description = "Learning-rate schedule.") String schedule;

    @Option(names = "--tolerance", paramLabel = "LOSS", description = "Measure steps until the loss ≤ LOSS instead of the final loss.") Double tolerance;

    @Option(names = "--budget", paramLabel = "B", description = "Trials of the grid and random search compared (default 16).") int budget = 16;

    @Option(names = "--seed", description = "Seed for random search and minibatches (default 0).") long seed;

    @Option(names = "--backend", paramLabel = "NAME",
            description = "cpu, opencl or auto (default auto: OpenCL when a device works and takes the sweep, else the CPU).")
    String backend = "auto";

    @Option(names = "--out", required = true, paramLabel = "FILE.npy|FILE.csv", description = "Output file (.npy or .csv).") Path out;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override public Integer call() throws IOException {
        if (params.size() != 2) throw new UserError("--param must be given exactly twice (two axes), got " + params.size());
        String file = out.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean csv = file.endsWith(".csv");
        if (!csv && !file.endsWith(".npy")) throw new UserError("--out must end in .npy or .csv, got '" + out + "'");
        if (grid < 1 || grid > 1024) throw new UserError("--grid must be in [1, 1024], got " + grid);
        if (budget < 1) throw new UserError("--budget must be ≥ 1, got " + budget);
        SweepAxis a = axis(params.get(0)), b = axis(params.get(1));
        double[] xy = Args.pair("--start", start);
        Surface surface = resolveSurface();
        Schedule sched;
        try {
            sched = schedule == null ? Schedule.CONSTANT : Schedules.parse(schedule);
        } catch (IllegalArgumentException e) {
            throw new UserError("--schedule: " + e.getMessage());
        }
        HyperparameterSweep.Spec s;
        try {
            Noise noise = new Noise(0, 0, seed);
            RunSpec base = new RunSpec(xy[0], xy[1], optimizerOptions.options.toSpec(), sched, noise, steps);
            s = new HyperparameterSweep.Spec(base, a, b, grid, tolerance == null ? Metric.FINAL_LOSS : Metric.STEPS_TO_TOLERANCE,
                    tolerance == null ? 0 : tolerance, budget, seed);
        } catch (IllegalArgumentException e) {
            throw new UserError("sweep: " + e.getMessage());
        }
        OptimizerBatch batch = BasinsCommand.batch(backend);
        HyperparameterSweep.Result r;
        long t0 = System.nanoTime();
        try {
            r = HyperparameterSweep.run(surface, s, batch, p -> { }, () -> false);
        } catch (UnsupportedOperationException e) {
            throw BasinsCommand.unsupported(e);
        } catch (IllegalArgumentException e) {
            throw new UserError("--param: " + e.getMessage());
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (batch instanceof FallbackOptimizerBatch f) {
            for (String note : f.notices()) spec.commandLine().getErr().println("note: " + note);
        }
        if (csv) {
            AtomicFileWriter.write(out, o -> writeCsv(o, r));
        } else {
            NpyWriter.write(out, r.values(), grid, grid);
        }
        PrintWriter o = spec.commandLine().getOut();
        int bestCell = -1;
        for (int i = 0; i < r.values().length; i++) {
            double v = r.values()[i];
            if (Double.isFinite(v) && (bestCell < 0 || v < r.values()[bestCell])) bestCell = i;
        }
        long diverged = java.util.Arrays.stream(r.values()).filter(v -> v == Double.POSITIVE_INFINITY).count();
        String metric = tolerance == null ? "final loss" : "steps to loss ≤ " + tolerance;
        if (bestCell >= 0) {
            o.println(String.format(Locale.ROOT, "best cell: %s=%.6g %s=%.6g %s %.6g", a.parameter().id(), a.value(bestCell % grid, grid),
                    b.parameter().id(), b.value(bestCell / grid, grid), metric, r.values()[bestCell]));
        } else {
            o.println("best cell: none (every run diverged or missed the tolerance)");
        }
        o.println(String.format(Locale.ROOT, "diverged cells: %d of %d", diverged, r.values().length));
        o.println(best("grid search", r.bestGrid(), r.gridSearch().size(), a, b, metric));
        o.println(best("random search", r.bestRandom(), r.randomSearch().size(), a, b, metric));
        o.println(String.format(Locale.ROOT, "%d runs × %d steps in %.2f s on %s", r.values().length + r.gridSearch().size() + r.randomSearch().size(),
                steps, seconds, batch.lastBackend()));
        o.flush();
        return ExitCodes.OK;
    }

    private static String best(String name, java.util.Optional<HyperparameterSweep.Trial> t, int trials, SweepAxis a, SweepAxis b, String metric) {
        return t.map(x -> String.format(Locale.ROOT, "%s (%d trials): %s=%.6g %s=%.6g %s %.6g", name, trials, a.parameter().id(), x.a(),
                b.parameter().id(), x.b(), metric, x.value())).orElse(name + " (" + trials + " trials): no finite result");
    }

    private static SweepAxis axis(String text) {
        try {
            return SweepAxis.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UserError("--param: " + e.getMessage());
        }
    }

    private Surface resolveSurface() {
        if (choice.expression != null) {
            if (!surfaceParameters.isEmpty()) throw new UserError("--surface-param applies to --surface; write the numbers into --expr");
            try {
                return ExpressionSurface.of(choice.expression);
            } catch (ExprException e) {
                throw new UserError("--expr " + e.getMessage());
            }
        }
        return SurfaceLookup.resolve(choice.surface, surfaceParameters, surfacesDir).surface();
    }

    private static void writeCsv(java.io.OutputStream os, HyperparameterSweep.Result r) throws IOException {
        Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8);
        HyperparameterSweep.Spec s = r.spec();
        int n = s.grid();
        w.write(s.a().parameter().id() + "," + s.b().parameter().id() + ",value\n");
        for (int ib = 0; ib < n; ib++) {
            for (int ia = 0; ia < n; ia++) {
                double v = r.value(ia, ib);
                String text = Double.isNaN(v) ? "nan" : v == Double.POSITIVE_INFINITY ? "inf" : Double.toString(v);
                w.write(s.a().value(ia, n) + "," + s.b().value(ib, n) + "," + text + "\n");
            }
        }
        w.flush();
    }
}
