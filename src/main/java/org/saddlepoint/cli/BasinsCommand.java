package org.saddlepoint.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.saddlepoint.compute.AcceleratorException;
import org.saddlepoint.compute.BasinMap;
import org.saddlepoint.compute.FallbackOptimizerBatch;
import org.saddlepoint.compute.OptimizerBatch;
import org.saddlepoint.compute.OptimizerBatches;
import org.saddlepoint.optim.Schedule;
import org.saddlepoint.optim.Schedules;
import org.saddlepoint.render.NpyWriter;
import org.saddlepoint.surface.Domain;
import org.saddlepoint.surface.Surface;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code basins}: runs the optimizer from every start of an N×N grid and writes the label of the
 * point each start ends at (float64 .npy, shape (N, N), row = y): 0, 1, … index the attractors
 * printed on standard output, −1 = diverged, −2 = not converged.
 */
@Command(name = "basins", mixinStandardHelpOptions = true,
        description = "Basins of attraction: label every start of an N×N grid by the point the optimizer reaches (.npy; -1 diverged, -2 not converged).")
final class BasinsCommand implements Callable<Integer> {
    @Mixin SurfaceOptionsMixin surfaceOptions;

    @Mixin OptimizerOptionsMixin optimizerOptions;

    @Option(names = "--domain", paramLabel = "XMIN,XMAX,YMIN,YMAX", description = "Where the starts lie (default: the surface's domain; required with --expr).")
    String domain;

    @Option(names = "--grid", required = true, paramLabel = "N", description = "N×N starts.") int grid;

    @Option(names = "--steps", required = true, paramLabel = "K", description = "At most K steps per start.") int steps;

    @Option(names = "--schedule", paramLabel = "SPEC", description = "Learning-rate schedule (as for 'trajectory').") String schedule;

    @Option(names = "--grad-tol", paramLabel = "TOL", description = "Converged when ‖∇f‖ ≤ TOL (default 1e-6).") double gradTol = 1e-6;

    @Option(names = "--cluster-tol", paramLabel = "TOL", description = "Final points within TOL share a label (default 1% of the domain's larger side).") Double clusterTol;

    @Option(names = "--minima", paramLabel = "X,Y;X,Y;...", description = "Label by these points instead of clustering the final points.") String minima;

    @Option(names = "--out", required = true, paramLabel = "FILE.npy", description = "Labels, float64 (N, N).") Path out;

    @Option(names = "--steps-out", paramLabel = "FILE.npy", description = "Also write the steps taken per start.") Path stepsOut;

    @Option(names = "--backend", paramLabel = "NAME",
            description = "cpu, opencl or auto (default auto: OpenCL when a device works and takes the optimizer, else the CPU).")
    String backend = "auto";

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override public Integer call() throws IOException {
        if (grid < 2 || grid > 8192) throw new UserError("--grid must be in [2, 8192], got " + grid);
        if (steps < 1) throw new UserError("--steps must be ≥ 1, got " + steps);
        if (!(gradTol >= 0)) throw new UserError("--grad-tol must be ≥ 0, got " + gradTol);
        Surface surface = surfaceOptions.options.resolve();
        Domain d = resolveDomain();
        Schedule sched;
        try {
            sched = schedule == null ? Schedule.CONSTANT : Schedules.parse(schedule);
        } catch (IllegalArgumentException e) {
            throw new UserError("--schedule: " + e.getMessage());
        }
        BasinMap.Spec s = BasinMap.Spec.of(optimizerOptions.options.toSpec(), d, grid, steps).withSchedule(sched).withGradientTolerance(gradTol);
        if (clusterTol != null) {
            if (!(clusterTol > 0)) throw new UserError("--cluster-tol must be > 0, got " + clusterTol);
            s = s.withClusterTolerance(clusterTol);
        }
        if (minima != null) s = s.withMinima(parseMinima(minima));
        OptimizerBatch batch = batch(backend);
        long t0 = System.nanoTime();
        BasinMap.Result r;
        try {
            r = BasinMap.compute(surface, s, batch, p -> { }, () -> false);
        } catch (UnsupportedOperationException e) {
            throw unsupported(e);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (batch instanceof FallbackOptimizerBatch f) {
            for (String note : f.notices()) spec.commandLine().getErr().println("note: " + note);
        }
        NpyWriter.write(out, r.labelsAsDoubles(), grid, grid);
        if (stepsOut != null) {
            double[] st = new double[r.steps().length];
            for (int i = 0; i < st.length; i++) st[i] = r.steps()[i];
            NpyWriter.write(stepsOut, st, grid, grid);
        }
        PrintWriter o = spec.commandLine().getOut();
        for (int i = 0; i < r.attractors().size(); i++) {
            BasinMap.Attractor a = r.attractors().get(i);
            o.println(String.format(Locale.ROOT, "label %d: (%.6g, %.6g) f=%.6g %s, %d starts", i, a.x(), a.y(), a.value(),
                    a.kind().name().toLowerCase(Locale.ROOT), a.starts()));
        }
        o.println(String.format(Locale.ROOT, "label -1: diverged, %d starts", r.count(BasinMap.DIVERGED)));
        o.println(String.format(Locale.ROOT, "label -2: not converged, %d starts", r.count(BasinMap.NOT_CONVERGED)));
        o.println(String.format(Locale.ROOT, "%d×%d starts × ≤%d steps in %.2f s on %s", grid, grid, steps, seconds, batch.lastBackend()));
        o.flush();
        return ExitCodes.OK;
    }

    /** The batch named by --backend (as for 'sample'); a bad name or a missing device is one line. */
    static OptimizerBatch batch(String name) {
        try {
            return OptimizerBatches.byName(name);
        } catch (IllegalArgumentException e) {
            throw new UserError("--backend: " + e.getMessage());
        } catch (AcceleratorException | LinkageError e) {
            throw new UserError("--backend opencl: " + e.getMessage());
        }
    }

    /** A job the strict OpenCL backend cannot take, as one line. */
    static UserError unsupported(UnsupportedOperationException e) {
        return new UserError("--backend opencl: " + e.getMessage() + " (use --backend auto or cpu)");
    }

    private Domain resolveDomain() {
        return surfaceOptions.options.domain(domain);
    }

    static List<double[]> parseMinima(String text) {
        List<double[]> out = new ArrayList<>();
        for (String p : text.split(";")) if (!p.isBlank()) out.add(Args.pair("--minima", p.strip()));
        if (out.isEmpty()) throw new UserError("--minima expects X,Y;X,Y;..., got '" + text + "'");
        return out;
    }
}
