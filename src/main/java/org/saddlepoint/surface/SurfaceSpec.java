package org.saddlepoint.surface;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.saddlepoint.expr.Expression;

/**
 * A surface as described by a surface file ({@code surfaces/*.toml}, layout in
 * {@code surfaces/FORMAT.md}): texts in English and Chinese, the math (an {@link Expression}
 * with declared parameters, or a {@link DataSurface}), the domain, suggested start points and
 * optimizer presets, and view hints. Immutable; {@link #build} binds parameter values.
 *
 * @param id          short unique name, {@code [a-z0-9][a-z0-9_-]*}
 * @param expression  f(x, y; parameters), or null for a data surface
 * @param data        the data surface, or null for an expression surface
 * @param singular    points where f is not differentiable (e.g. Ackley's cusp at 0): derivatives there are NaN
 * @param source      where each key was written, for errors reported after loading
 */
public record SurfaceSpec(String id, LocalizedText title, LocalizedText description, LocalizedText lesson,
                          Expression expression, DataSurface data, Domain domain, List<ParameterSpec> parameters,
                          List<StartPoint> starts, List<PresetSpec> presets, ViewHints view, List<Point> singular,
                          SourceMap source) {
    /** Files larger than this are refused before they are parsed. */
    public static final long MAX_FILE_BYTES = 1 << 20;

    /** A point of the (x, y) plane. */
    public record Point(double x, double y) { }

    public SurfaceSpec {
        if ((expression == null) == (data == null)) throw new IllegalArgumentException("exactly one of expression and data is required");
        parameters = List.copyOf(parameters);
        starts = List.copyOf(starts);
        presets = List.copyOf(presets);
        singular = List.copyOf(singular);
    }

    /** Reads and validates a surface file; every fault is a {@link SurfaceFileException}. */
    public static SurfaceSpec read(Path file) {
        return SurfaceSpecReader.read(file);
    }

    /** Validates the text of a surface file named {@code fileName} (used in error messages). */
    public static SurfaceSpec parse(String fileName, String text) {
        return SurfaceSpecReader.parse(fileName, text);
    }

    /** The file this spec was read from, as named when loaded. */
    public String file() { return source.file(); }

    public boolean isDataSurface() { return data != null; }

    public Optional<ParameterSpec> parameter(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** Each parameter's default value, in file order. */
    public Map<String, Double> defaults() {
        Map<String, Double> m = new LinkedHashMap<>();
        for (ParameterSpec p : parameters) m.put(p.name(), p.defaultValue());
        return m;
    }

    /** The surface with every parameter at its default. */
    public Surface build() { return build(Map.of()); }

    /**
     * The surface with the given parameter values (defaults for those absent).
     *
     * @throws IllegalArgumentException naming the parameter if a name is unknown or a value
     *                                  lies outside its [min, max]
     */
    public Surface build(Map<String, Double> parameterValues) {
        Map<String, Double> values = defaults();
        for (Map.Entry<String, Double> e : parameterValues.entrySet()) {
            String name = e.getKey();
            ParameterSpec p = parameter(name).orElseThrow(() -> new IllegalArgumentException(
                    "surface '" + id + "' has no parameter '" + name + "'"
                            + Suggestions.hint(name, values.keySet())
                            + (values.isEmpty() ? " (it has no parameters)" : " (parameters: " + String.join(", ", values.keySet()) + ")")));
            double v = e.getValue() == null ? Double.NaN : e.getValue();
            if (!p.accepts(v)) {
                throw new IllegalArgumentException("parameter " + name + " = " + v + " of surface '" + id
                        + "' is outside [" + p.min() + ", " + p.max() + "]");
            }
            values.put(name, v);
        }
        return data != null ? data : new ExpressionSurface(expression, values);
    }

    /** An error located at the value of {@code path} in this spec's file, e.g. {@code presets[0].schedule}. */
    public SurfaceFileException errorAt(String path, String reason) { return source.errorAt(path, reason); }

    /** Reads a file's bytes within the size limit (used by the reader and the catalog). */
    static byte[] readLimited(java.io.InputStream in, String name) throws IOException {
        byte[] b = in.readNBytes((int) MAX_FILE_BYTES + 1);
        if (b.length > MAX_FILE_BYTES) {
            throw new SurfaceFileException(name, 1, 1, "file is larger than 1 MB; surface files are limited to 1 MB");
        }
        return b;
    }
}
