package org.saddlepoint.render;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.saddlepoint.optim.Trajectory;

/**
 * Writes trajectories as CSV ({@code step,x,y,loss,...}, row 0 = start, one row per step) or
 * JSON (the run's settings, the stop reason and the same columns). Numbers are written in full
 * precision (shortest text that reads back to the same double); NaN is {@code nan} in CSV and
 * {@code null} in JSON.
 */
public final class TrajectoryWriter {
    /** Column names in the order of {@link Trajectory}'s column indices. */
    public static final String[] COLUMN_NAMES = {"x", "y", "loss", "grad_x", "grad_y", "used_grad_x", "used_grad_y",
        "momentum_x", "momentum_y", "scale_x", "scale_y", "lr", "update_x", "update_y"};

    private TrajectoryWriter() { }

    public static void writeCsv(Path target, Trajectory t) throws IOException {
        AtomicFileWriter.write(target, out -> writeCsv(out, t));
    }

    public static void writeJson(Path target, Trajectory t) throws IOException {
        AtomicFileWriter.write(target, out -> writeJson(out, t));
    }

    public static void writeCsv(OutputStream stream, Trajectory t) throws IOException {
        Writer w = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        w.write("step");
        for (String c : COLUMN_NAMES) w.write("," + c);
        w.write('\n');
        StringBuilder sb = new StringBuilder(256);
        for (int row = 0; row < t.size(); row++) {
            sb.setLength(0);
            sb.append(row);
            for (int c = 0; c < Trajectory.COLUMNS; c++) {
                double v = t.get(c, row);
                sb.append(',').append(Double.isNaN(v) ? "nan" : Double.toString(v));
            }
            sb.append('\n');
            w.write(sb.toString());
        }
        w.flush();
    }

    public static void writeJson(OutputStream stream, Trajectory t) throws IOException {
        Writer w = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        var spec = t.spec();
        w.write("{\n  \"optimizer\": \"" + spec.optimizer().kind().cliName() + "\",\n");
        w.write("  \"label\": " + quote(spec.optimizer().label()) + ",\n");
        w.write("  \"schedule\": " + quote(spec.schedule().spec()) + ",\n");
        w.write("  \"start\": [" + num(spec.startX()) + ", " + num(spec.startY()) + "],\n");
        w.write("  \"steps_requested\": " + spec.steps() + ",\n");
        w.write("  \"steps_taken\": " + t.stepsTaken() + ",\n");
        w.write("  \"stop_reason\": " + t.stopReason().map(TrajectoryWriter::quote).orElse("null") + ",\n");
        w.write("  \"columns\": {\n");
        for (int c = 0; c < Trajectory.COLUMNS; c++) {
            w.write("    \"" + COLUMN_NAMES[c] + "\": [");
            for (int row = 0; row < t.size(); row++) {
                if (row > 0) w.write(", ");
                w.write(num(t.get(c, row)));
            }
            w.write(c + 1 < Trajectory.COLUMNS ? "],\n" : "]\n");
        }
        w.write("  }\n}\n");
        w.flush();
    }

    private static String num(double v) { return Double.isFinite(v) ? Double.toString(v) : "null"; }

    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                default -> {
                    if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
                    else sb.append(c);
                }
            }
        }
        return sb.append('"').toString();
    }
}
