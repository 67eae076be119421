package org.saddlepoint.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.saddlepoint.optim.Noise;
import org.saddlepoint.optim.RunSpec;
import org.saddlepoint.optim.Schedule;
import org.saddlepoint.optim.Schedules;
import org.saddlepoint.optim.Trajectory;
import org.saddlepoint.optim.TrajectoryRunner;
import org.saddlepoint.render.AtomicFileWriter;
import org.saddlepoint.render.TrajectoryWriter;
import org.saddlepoint.surface.Surface;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code trajectory}: runs one optimizer from a start point and writes every step. */
@Command(name = "trajectory", mixinStandardHelpOptions = true,
        description = "Run an optimizer on a surface and write its trajectory (CSV: step,x,y,loss,... ; row 0 = start).")
final class TrajectoryCommand implements Callable<Integer> {
    @Mixin SurfaceOptionsMixin surfaceOptions;

    @Mixin OptimizerOptionsMixin optimizerOptions;

    @Option(names = "--start", required = true, paramLabel = "X,Y", description = "Start point, e.g. --start -1.5,2.")
    String start;

    @Option(names = "--schedule", paramLabel = "SPEC",
            description = "Learning-rate schedule, e.g. step:step_size=100,gamma=0.5 or warmup:steps=10+cosine:t_max=200.")
    String schedule;

    @Option(names = "--noise", paramLabel = "SIGMA", description = "Gaussian gradient noise σ (analytic surfaces).")
    Double noise;

    @Option(names = "--batch-size", paramLabel = "B", description = "Minibatch size (data surfaces).")
    Integer batchSize;

    @Option(names = "--seed", description = "Random seed for noise and minibatches (default 0).")
    long seed;

    @Option(names = "--steps", required = true, description = "Number of optimizer steps.")
    int steps;

    @Option(names = "--format", description = "csv (default) or json.")
    String format = "csv";

    @Option(names = "--out", paramLabel = "FILE", description = "Output file (default: standard output).")
    Path out;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override public Integer call() throws IOException {
        if (!format.equals("csv") && !format.equals("json")) throw new UserError("--format must be csv or json, got '" + format + "'");
        double[] xy = Args.pair("--start", start);
        Surface surface = surfaceOptions.options.resolve();
        Schedule sched;
        try {
            sched = schedule == null ? Schedule.CONSTANT : Schedules.parse(schedule);
        } catch (IllegalArgumentException e) {
            throw new UserError("--schedule: " + e.getMessage());
        }
        Noise n;
        try {
            if (noise != null && batchSize != null) throw new UserError("choose either --noise or --batch-size, not both");
            if (batchSize != null) {
                if (!surface.isDataSurface()) throw new UserError("--batch-size needs a data surface; use --noise SIGMA on analytic surfaces");
                if (batchSize < 1) throw new UserError("--batch-size must be ≥ 1, got " + batchSize);
                n = Noise.minibatch(batchSize, seed);
            } else if (noise != null) {
                n = Noise.gaussian(noise, seed);
            } else {
                n = Noise.NONE;
            }
        } catch (IllegalArgumentException e) {
            throw new UserError("--noise: " + e.getMessage());
        }
        RunSpec run;
        try {
            run = new RunSpec(xy[0], xy[1], optimizerOptions.options.toSpec(), sched, n, steps);
        } catch (IllegalArgumentException e) {
            throw new UserError("--steps: " + e.getMessage());
        }
        Trajectory t = TrajectoryRunner.run(surface, run);
        AtomicFileWriter.Content content = format.equals("csv") ? o -> TrajectoryWriter.writeCsv(o, t) : o -> TrajectoryWriter.writeJson(o, t);
        if (out == null) {
            OutputStream o = System.out;
            content.writeTo(o);
            o.flush();
        } else {
            AtomicFileWriter.write(out, content);
        }
        t.stopReason().ifPresent(r -> spec.commandLine().getErr().println("trajectory: " + r));
        return ExitCodes.OK;
    }
}
