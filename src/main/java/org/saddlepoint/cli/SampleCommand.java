package org.saddlepoint.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.saddlepoint.compute.AcceleratorException;
import org.saddlepoint.compute.FallbackSampler;
import org.saddlepoint.compute.Sampler;
import org.saddlepoint.compute.Samplers;
import org.saddlepoint.render.AtomicFileWriter;
import org.saddlepoint.render.NpyWriter;
import org.saddlepoint.surface.Domain;
import org.saddlepoint.surface.ScalarGrid;
import org.saddlepoint.surface.Surface;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sample}: values of a surface on a grid, as float64 .npy (z[row=y][col=x]) or CSV. */
@Command(name = "sample", mixinStandardHelpOptions = true,
        description = "Sample a surface on a regular grid; z[row=y][col=x], x and y ascending.")
final class SampleCommand implements Callable<Integer> {
    @Mixin SurfaceOptionsMixin surfaceOptions;

    @Option(names = "--domain", paramLabel = "XMIN,XMAX,YMIN,YMAX",
            description = "The rectangle to sample (default: the surface's own domain; required with --expr).")
    String domain;

    @Option(names = "--grid", required = true, paramLabel = "N[,M]", description = "N columns (x) and M rows (y); M defaults to N.")
    String grid;

    @Option(names = "--format", description = "npy (default) or csv.")
    String format = "npy";

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output file.")
    Path out;

    @Option(names = "--backend", paramLabel = "NAME",
            description = "cpu, opencl or auto (default auto: OpenCL when a device works, else the CPU).")
    String backend = "auto";

    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override public Integer call() throws IOException {
        if (!format.equals("npy") && !format.equals("csv")) throw new UserError("--format must be npy or csv, got '" + format + "'");
        int[] n = Args.grid("--grid", grid);
        Surface surface = surfaceOptions.options.resolve();
        Domain d = surfaceOptions.options.domain(domain);
        Sampler sampler;
        try {
            sampler = Samplers.byName(backend);
        } catch (IllegalArgumentException e) {
            throw new UserError("--backend: " + e.getMessage());
        } catch (AcceleratorException | LinkageError e) {
            throw new UserError("--backend opencl: " + e.getMessage());
        }
        ScalarGrid g = sampler.sample(surface, d, n[0], n[1]);
        if (sampler instanceof FallbackSampler f) {
            for (String note : f.notices()) spec.commandLine().getErr().println("note: " + note);
        }
        if (format.equals("npy")) {
            NpyWriter.write(out, g);
        } else {
            AtomicFileWriter.write(out, o -> writeCsv(o, g));
        }
        return ExitCodes.OK;
    }

    private static void writeCsv(java.io.OutputStream o, ScalarGrid g) throws IOException {
        Writer w = new OutputStreamWriter(o, StandardCharsets.UTF_8);
        StringBuilder sb = new StringBuilder();
        for (int iy = 0; iy < g.ny(); iy++) {
            sb.setLength(0);
            for (int ix = 0; ix < g.nx(); ix++) {
                if (ix > 0) sb.append(',');
                double v = g.at(ix, iy);
                sb.append(Double.isNaN(v) ? "nan" : Double.toString(v));
            }
            w.write(sb.append('\n').toString());
        }
        w.flush();
    }
}
