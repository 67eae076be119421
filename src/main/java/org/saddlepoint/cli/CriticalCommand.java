package org.saddlepoint.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.saddlepoint.analysis.CriticalPoint;
import org.saddlepoint.analysis.CriticalPointFinder;
import org.saddlepoint.analysis.Curvature;
import org.saddlepoint.render.AtomicFileWriter;
import org.saddlepoint.surface.Domain;
import org.saddlepoint.surface.Surface;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code critical}: the critical points of a surface in a domain (multi-start Newton), one record
 * per point: x, y, value, lambda1 ≤ lambda2, unit eigenvectors v1, v2 and the type.
 */
@Command(name = "critical", mixinStandardHelpOptions = true,
        description = "Find the critical points (∇f = 0) of a surface in a domain and classify them by the Hessian's eigenvalues.")
final class CriticalCommand implements Callable<Integer> {
    static final String[] COLUMNS = {"x", "y", "value", "lambda1", "lambda2", "v1x", "v1y", "v2x", "v2y", "type"};

    @Mixin SurfaceOptionsMixin surfaceOptions;

    @Option(names = "--domain", paramLabel = "XMIN,XMAX,YMIN,YMAX",
            description = "The rectangle to search (default: the surface's own domain; required with --expr).")
    String domain;

    @Option(names = "--starts", paramLabel = "N", description = "Newton starts per axis (default 12, i.e. 12×12).")
    int starts = 12;

    @Option(names = "--format", description = "json (default) or csv.")
    String format = "json";

    @Option(names = "--out", paramLabel = "FILE", description = "Output file (default: standard output).")
    Path out;

    @Override public Integer call() throws IOException {
        if (!format.equals("json") && !format.equals("csv")) throw new UserError("--format must be json or csv, got '" + format + "'");
        if (starts < 1 || starts > 1000) throw new UserError("--starts must be in [1, 1000], got " + starts);
        Surface surface = surfaceOptions.options.resolve();
        Domain d = surfaceOptions.options.domain(domain);
        CriticalPointFinder base = CriticalPointFinder.defaults();
        CriticalPointFinder finder = new CriticalPointFinder(starts, starts, base.maxIterations(), base.gradientTolerance(),
                base.maxStep(), base.mergeTolerance());
        List<CriticalPoint> points = finder.find(surface, d);
        AtomicFileWriter.Content content = o -> write(o, points, format);
        if (out == null) {
            OutputStream o = System.out;
            content.writeTo(o);
            o.flush();
        } else {
            AtomicFileWriter.write(out, content);
        }
        return ExitCodes.OK;
    }

    static void write(OutputStream o, List<CriticalPoint> points, String format) throws IOException {
        Writer w = new OutputStreamWriter(o, StandardCharsets.UTF_8);
        if (format.equals("csv")) {
            w.write(String.join(",", COLUMNS) + "\n");
            for (CriticalPoint p : points) w.write(String.join(",", fields(p.curvature())) + "\n");
        } else {
            w.write("[");
            for (int i = 0; i < points.size(); i++) {
                String[] f = fields(points.get(i).curvature());
                StringBuilder sb = new StringBuilder(i == 0 ? "\n  {" : ",\n  {");
                for (int c = 0; c < COLUMNS.length; c++) {
                    if (c > 0) sb.append(", ");
                    sb.append('"').append(COLUMNS[c]).append("\": ");
                    sb.append(c == COLUMNS.length - 1 ? '"' + f[c] + '"' : f[c]);
                }
                w.write(sb.append('}').toString());
            }
            w.write(points.isEmpty() ? "]\n" : "\n]\n");
        }
        w.flush();
    }

    private static String[] fields(Curvature c) {
        return new String[] {num(c.x()), num(c.y()), num(c.value()), num(c.lambda1()), num(c.lambda2()),
            num(c.v1x()), num(c.v1y()), num(c.v2x()), num(c.v2y()), c.type().label()};
    }

    private static String num(double v) {
        return Double.isFinite(v) ? Double.toString(v) : "null";
    }
}
