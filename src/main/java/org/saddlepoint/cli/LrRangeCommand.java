package org.saddlepoint.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.saddlepoint.compute.LrRangeTest;
import org.saddlepoint.optim.Noise;
import org.saddlepoint.optim.RunSpec;
import org.saddlepoint.render.AtomicFileWriter;
import org.saddlepoint.surface.StartPoint;
import org.saddlepoint.surface.Surface;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code lrtest}: the learning-rate range test (lecture notes 004, {@link LrRangeTest}): one run
 * whose learning rate grows exponentially from {@code --lr-min} to {@code --lr-max} over
 * {@code --steps} steps. Writes step, lr, loss and the smoothed loss per recorded step (CSV or
 * JSON) and the suggested rate (steepest descent of the smoothed loss in log lr).
 */
@Command(name = "lrtest", mixinStandardHelpOptions = true,
        description = "Learning-rate range test: loss while lr grows exponentially from --lr-min to --lr-max, and the suggested lr.")
final class LrRangeCommand implements Callable<Integer> {
    @Mixin SurfaceOptionsMixin surfaceOptions;

    @Mixin OptimizerOptionsMixin optimizerOptions;

    @Option(names = "--start", paramLabel = "X,Y", description = "Start point (default: the surface's first start; required with --expr).")
    String start;

    @Option(names = "--lr-min", paramLabel = "ETA", description = "Learning rate of the first step (default 1e-6).") double lrMin = 1e-6;

    @Option(names = "--lr-max", paramLabel = "ETA", description = "Learning rate of the last step (default 10).") double lrMax = 10;

    @Option(names = "--steps", required = true, paramLabel = "N", description = "Number of steps (at least 3).") int steps;

    @Option(names = "--noise", paramLabel = "SIGMA", description = "Gaussian gradient noise σ (analytic surfaces).") Double noise;

    @Option(names = "--batch-size", paramLabel = "B", description = "Minibatch size (data surfaces).") Integer batchSize;

    @Option(names = "--seed", description = "Random seed for noise and minibatches (default 0).") long seed;

    @Option(names = "--format", description = "csv (default) or json.") String format = "csv";

    @Option(names = "--out", paramLabel = "FILE", description = "Output file (default: standard output).") Path out;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override public Integer call() throws IOException {
        if (!format.equals("csv") && !format.equals("json")) throw new UserError("--format must be csv or json, got '" + format + "'");
        if (!(lrMin > 0) || !Double.isFinite(lrMin)) throw new UserError("--lr-min must be a positive number, got " + lrMin);
        if (!(lrMax > lrMin) || !Double.isFinite(lrMax)) throw new UserError("--lr-max must be larger than --lr-min (" + lrMin + "), got " + lrMax);
        if (steps < 3) throw new UserError("--steps must be at least 3, got " + steps);
        Surface surface = surfaceOptions.options.resolve();
        double[] xy = startPoint();
        Noise n = noise(surface);
        LrRangeTest.Spec s;
        try {
            RunSpec base = new RunSpec(xy[0], xy[1], optimizerOptions.options.toSpec(), org.saddlepoint.optim.Schedule.CONSTANT, n, steps);
            s = new LrRangeTest.Spec(base, lrMin, lrMax, steps);
        } catch (IllegalArgumentException e) {
            throw new UserError("--steps: " + e.getMessage());
        }
        LrRangeTest.Result r = LrRangeTest.run(surface, s);
        String summary = summary(r);
        AtomicFileWriter.Content content = format.equals("csv") ? o -> writeCsv(o, r, out == null ? summary : null) : o -> writeJson(o, r);
        PrintWriter o = spec.commandLine().getOut();
        if (out == null) {
            java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
            content.writeTo(buf);
            o.print(buf.toString(StandardCharsets.UTF_8));
            o.flush();
            if (format.equals("json")) spec.commandLine().getErr().println(summary);
        } else {
            AtomicFileWriter.write(out, content);
            o.println(summary);
            o.flush();
        }
        return ExitCodes.OK;
    }

    private double[] startPoint() {
        if (start != null) return Args.pair("--start", start);
        SurfaceOptions so = surfaceOptions.options;
        if (so.choice.expression != null) throw new UserError("--start is required with --expr");
        java.util.List<StartPoint> starts = SurfaceLookup.spec(so.choice.surface, so.surfacesDir).starts();
        if (starts.isEmpty()) throw new UserError("--start is required: surface '" + so.choice.surface + "' names no start");
        return new double[] {starts.get(0).x(), starts.get(0).y()};
    }

    private Noise noise(Surface surface) {
        try {
            if (noise != null && batchSize != null) throw new UserError("choose either --noise or --batch-size, not both");
            if (batchSize != null) {
                if (!surface.isDataSurface()) throw new UserError("--batch-size needs a data surface; use --noise SIGMA on analytic surfaces");
                if (batchSize < 1) throw new UserError("--batch-size must be ≥ 1, got " + batchSize);
                return Noise.minibatch(batchSize, seed);
            }
            return noise != null ? Noise.gaussian(noise, seed) : Noise.NONE;
        } catch (IllegalArgumentException e) {
            throw new UserError("--noise: " + e.getMessage());
        }
    }

    private static String summary(LrRangeTest.Result r) {
        String stop = r.stoppedEarly() ? ", stopped early when the loss blew up" : "";
        if (!Double.isFinite(r.suggestedLr())) return "suggested lr: none (" + r.lrs().length + " points recorded" + stop + ")";
        return String.format(Locale.ROOT, "suggested lr: %s (steepest descent of the smoothed loss; %d points recorded%s)",
                Double.toString(r.suggestedLr()), r.lrs().length, stop);
    }

    /** {@code step,lr,loss,smoothed_loss}; with {@code trailer}, a last line {@code # trailer}. */
    static void writeCsv(OutputStream os, LrRangeTest.Result r, String trailer) throws IOException {
        Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8);
        w.write("step,lr,loss,smoothed_loss\n");
        for (int k = 0; k < r.lrs().length; k++) {
            w.write(k + "," + r.lrs()[k] + "," + r.losses()[k] + "," + r.smoothed()[k] + "\n");
        }
        if (trailer != null) w.write("# " + trailer + "\n");
        w.flush();
    }

    static void writeJson(OutputStream os, LrRangeTest.Result r) throws IOException {
        Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8);
        w.write("{\"suggested_lr\": " + num(r.suggestedLr()) + ", \"stopped_early\": " + r.stoppedEarly() + ", \"steps\": [");
        for (int k = 0; k < r.lrs().length; k++) {
            w.write((k == 0 ? "\n  " : ",\n  ") + "{\"step\": " + k + ", \"lr\": " + num(r.lrs()[k]) + ", \"loss\": " + num(r.losses()[k])
                    + ", \"smoothed_loss\": " + num(r.smoothed()[k]) + "}");
        }
        w.write("\n]}\n");
        w.flush();
    }

    private static String num(double v) { return Double.isFinite(v) ? Double.toString(v) : "null"; }
}
