package org.saddlepoint.surface;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.saddlepoint.expr.ExprException;
import org.saddlepoint.expr.ExprParser;
import org.saddlepoint.expr.Expression;
import org.saddlepoint.expr.Function;

/**
 * Reads a surface file strictly: TOML syntax through Jackson (its error location), then every
 * key checked for name, type, presence and range with the location from {@link TomlLocator}.
 * The first fault ends the read with one {@link SurfaceFileException}.
 */
final class SurfaceSpecReader {
    static final List<String> TOP = List.of("id", "title", "description", "lesson", "expression", "data", "domain",
            "parameters", "starts", "presets", "view", "singular");
    static final List<String> DATA = List.of("activation", "loss", "normalize", "u", "v", "t", "points", "generator");
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,31}");
    private static final TomlMapper MAPPER = new TomlMapper();

    private SurfaceSpecReader() { }

    static SurfaceSpec read(Path file) {
        String name = file.toString();
        try {
            if (Files.isRegularFile(file) && Files.size(file) > SurfaceSpec.MAX_FILE_BYTES) {
                throw new SurfaceFileException(name, 1, 1, "file is " + Files.size(file)
                        + " bytes; surface files are limited to 1 MB");
            }
            try (InputStream in = Files.newInputStream(file)) {
                return parse(name, decode(SurfaceSpec.readLimited(in, name), name));
            }
        } catch (IOException e) {
            throw new SurfaceFileException(name, 1, 1, "cannot read file: " + e.getMessage());
        }
    }

    static String decode(byte[] bytes, String name) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new SurfaceFileException(name, 1, 1, "file is not valid UTF-8 text");
        }
    }

    static SurfaceSpec parse(String name, String text) {
        if (text.length() > SurfaceSpec.MAX_FILE_BYTES) {
            throw new SurfaceFileException(name, 1, 1, "file is larger than 1 MB; surface files are limited to 1 MB");
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = " " + text.substring(1); // BOM: keep columns
        TomlNestingGuard.check(name, text);
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation l = e.getLocation();
            int line = l == null || l.getLineNr() < 1 ? 1 : l.getLineNr();
            int col = l == null || l.getColumnNr() < 1 ? 1 : l.getColumnNr();
            throw new SurfaceFileException(name, line, col, "TOML syntax error: " + e.getOriginalMessage());
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw new SurfaceFileException(name, 1, 1, "cannot parse TOML: " + e.getMessage());
        }
        if (root == null || !root.isObject()) throw new SurfaceFileException(name, 1, 1, "the file is empty");
        SourceMap map = new SourceMap(name, TomlLocator.scan(text));
        return new SurfaceSpecReader.Reading(new TomlTable((ObjectNode) root, "", map), map).spec();
    }

    /** One read of one file. */
    private record Reading(TomlTable top, SourceMap map) {
        SurfaceSpec spec() {
            top.allowOnly(TOP);
            String id = top.string("id", "a short name such as \"rosenbrock\"");
            if (!ID.matcher(id).matches()) {
                throw top.errorAt("id", "id '" + id + "' must be lowercase letters, digits, '_' or '-' (at most 64)");
            }
            LocalizedText title = top.text("title", true, false);
            LocalizedText description = top.text("description", true, false);
            LocalizedText lesson = top.text("lesson", true, false);
            Domain domain = domain();
            List<ParameterSpec> parameters = parameters();
            boolean hasExpr = top.has("expression"), hasData = top.has("data");
            if (hasExpr && hasData) throw top.errorAt("data", "a surface has either expression or [data], not both");
            if (!hasExpr && !hasData) throw top.missing("expression", "or a [data] table");
            Expression expression = null;
            DataSurface data = null;
            if (hasExpr) {
                expression = expression(parameters);
            } else {
                if (!parameters.isEmpty()) throw top.errorAt("parameters", "[[parameters]] apply to expression surfaces only");
                data = data(top.table("data", "the dataset and model"));
            }
            List<StartPoint> starts = starts(domain);
            List<PresetSpec> presets = presets(data != null);
            ViewHints view = view();
            List<SurfaceSpec.Point> singular = new ArrayList<>();
            for (double[] p : top.optPairs("singular")) singular.add(new SurfaceSpec.Point(p[0], p[1]));
            return new SurfaceSpec(id, title, description, lesson, expression, data, domain, parameters, starts,
                    presets, view, singular, map);
        }

        private Domain domain() {
            double[] d = top.numbers("domain", 4, "[xmin, xmax, ymin, ymax]");
            try {
                return new Domain(d[0], d[1], d[2], d[3]);
            } catch (IllegalArgumentException e) {
                throw top.errorAt("domain", "domain needs xmin < xmax and ymin < ymax, got ["
                        + fmt(d[0]) + ", " + fmt(d[1]) + ", " + fmt(d[2]) + ", " + fmt(d[3]) + "]");
            }
        }

        private List<ParameterSpec> parameters() {
            List<ParameterSpec> out = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (TomlTable p : top.tables("parameters")) {
                p.allowOnly(List.of("name", "default", "min", "max", "label"));
                String name = p.string("name", "the name used in the expression");
                if (!NAME.matcher(name).matches()) throw p.errorAt("name", "parameter name '" + name + "' is not a valid name");
                if (ExprParser.VARIABLES.contains(name) || name.equals("pi") || name.equals("e")
                        || Function.bySymbol(name).isPresent()) {
                    throw p.errorAt("name", "parameter name '" + name + "' is reserved");
                }
                if (!seen.add(name)) throw p.errorAt("name", "parameter '" + name + "' is declared twice");
                double def = p.number("default", "the default value");
                double min = p.number("min", "the smallest value");
                double max = p.number("max", "the largest value");
                if (!(min < max)) throw p.errorAt("max", "parameter " + name + " needs min < max, got min = " + fmt(min) + ", max = " + fmt(max));
                if (def < min || def > max) {
                    throw p.errorAt("default", "default " + fmt(def) + " of parameter " + name + " is outside [" + fmt(min) + ", " + fmt(max) + "]");
                }
                out.add(new ParameterSpec(name, def, min, max, p.text("label", true, false)));
            }
            return out;
        }

        private Expression expression(List<ParameterSpec> parameters) {
            String src = top.string("expression", "f(x, y)");
            List<String> names = parameters.stream().map(ParameterSpec::name).toList();
            try {
                Expression e = Expression.parse(src, names);
                Map<String, Double> defaults = new LinkedHashMap<>();
                for (ParameterSpec p : parameters) defaults.put(p.name(), p.defaultValue());
                new ExpressionSurface(e, defaults); // compiles value, gradient and Hessian once
                return e;
            } catch (ExprException e) {
                throw map.errorInString("expression", Math.max(0, e.column() - 1), "expression: " + e.reason());
            }
        }

        private DataSurface data(TomlTable d) {
            d.allowOnly(DATA);
            String act = d.string("activation", "identity, sigmoid, tanh or relu");
            Activation activation = Activation.byFileName(act);
            if (activation == null) {
                throw d.errorAt("activation", "unknown activation '" + act + "'" + hint(act, List.of("identity", "sigmoid", "tanh", "relu")));
            }
            String ls = d.string("loss", "mse or cross_entropy");
            LossFunction loss = LossFunction.byFileName(ls);
            if (loss == null) throw d.errorAt("loss", "unknown loss '" + ls + "'" + hint(ls, List.of("mse", "cross_entropy")));
            if (loss == LossFunction.CROSS_ENTROPY && activation != Activation.SIGMOID) {
                throw d.errorAt("loss", "cross_entropy needs activation = \"sigmoid\"");
            }
            Dataset set = new DataReader(d).dataset();
            if (d.bool("normalize", false)) {
                try {
                    set = set.standardized();
                } catch (IllegalArgumentException e) {
                    throw d.errorAt("normalize", e.getMessage());
                }
            }
            return new DataSurface(set, activation, loss);
        }

        private List<StartPoint> starts(Domain domain) {
            List<StartPoint> out = new ArrayList<>();
            for (TomlTable s : top.tables("starts")) {
                s.allowOnly(List.of("x", "y", "label"));
                double x = s.number("x", "start x"), y = s.number("y", "start y");
                if (!domain.contains(x, y)) {
                    throw s.errorAt("x", "start (" + fmt(x) + ", " + fmt(y) + ") lies outside the domain");
                }
                out.add(new StartPoint(x, y, s.text("label", true, true)));
            }
            return out;
        }

        private List<PresetSpec> presets(boolean dataSurface) {
            List<PresetSpec> out = new ArrayList<>();
            List<String> allowed = new ArrayList<>(List.of("kind", "label"));
            allowed.addAll(PresetSpec.OPTIONS.keySet());
            for (TomlTable p : top.tables("presets")) {
                p.allowOnly(allowed);
                String kind = p.string("kind", String.join("|", PresetSpec.KINDS));
                if (!PresetSpec.KINDS.contains(kind)) {
                    throw p.errorAt("kind", "unknown optimizer '" + kind + "'" + hint(kind, PresetSpec.KINDS)
                            + "; expected one of " + String.join(", ", PresetSpec.KINDS));
                }
                Map<String, Object> options = new LinkedHashMap<>();
                for (Map.Entry<String, PresetSpec.Option> o : PresetSpec.OPTIONS.entrySet()) {
                    String key = o.getKey();
                    if (!p.has(key)) continue;
                    Object v = p.typed(key, o.getValue().type());
                    if (v instanceof Double d) checkRange(p, key, d, o.getValue());
                    if (v instanceof Integer i) checkRange(p, key, i, o.getValue());
                    if (v instanceof String s && s.isBlank()) throw p.errorAt(key, "'" + key + "' is empty");
                    options.put(key, v);
                }
                if (options.containsKey("noise") && options.containsKey("batch_size")) {
                    throw p.errorAt("batch_size", "choose either noise or batch_size, not both");
                }
                if (options.containsKey("batch_size") && !dataSurface) {
                    throw p.errorAt("batch_size", "batch_size needs a data surface; use noise for analytic surfaces");
                }
                if (Boolean.TRUE.equals(options.get("nesterov")) && !(((Double) options.getOrDefault("momentum", 0.0)) > 0)) {
                    throw p.errorAt("nesterov", "nesterov needs momentum > 0");
                }
                LocalizedText label = p.text("label", false, true);
                if (label == null) label = LocalizedText.of(kind + (options.containsKey("lr") ? " lr=" + fmt((Double) options.get("lr")) : ""));
                out.add(new PresetSpec(label, kind, options));
            }
            return out;
        }

        private static void checkRange(TomlTable p, String key, double v, PresetSpec.Option o) {
            boolean ok = (o.minOpen() ? v > o.min() : v >= o.min()) && v <= o.max();
            if ((key.equals("beta1") || key.equals("beta2")) && v >= 1) ok = false;
            if (!ok) {
                String range = (o.minOpen() ? "(" : "[") + fmt(o.min()) + ", "
                        + (o.max() == Double.MAX_VALUE ? "∞)" : fmt(o.max()) + (key.startsWith("beta") ? ")" : "]"));
                throw p.errorAt(key, key + " = " + fmt(v) + " is outside " + range);
            }
        }

        private ViewHints view() {
            TomlTable v = top.optTable("view");
            if (v == null) return ViewHints.DEFAULT;
            v.allowOnly(List.of("log_color", "z_clip", "default_view"));
            boolean log = v.bool("log_color", false);
            double[] clip = v.optNumbers("z_clip", 2);
            if (clip != null && !(clip[0] < clip[1])) throw v.errorAt("z_clip", "z_clip needs lo < hi");
            String dv = v.optString("default_view", "3d");
            if (!dv.equals("3d") && !dv.equals("2d")) throw v.errorAt("default_view", "default_view must be \"3d\" or \"2d\", got \"" + dv + "\"");
            return new ViewHints(log, clip == null ? Double.NaN : clip[0], clip == null ? Double.NaN : clip[1], dv);
        }
    }

    static String hint(String word, List<String> options) { return Suggestions.hint(word, options); }

    static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
