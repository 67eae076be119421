package org.saddlepoint.scene;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.saddlepoint.expr.ExprException;
import org.saddlepoint.expr.Expression;
import org.saddlepoint.optim.Schedules;
import org.saddlepoint.surface.Domain;
import org.saddlepoint.surface.LocalizedText;
import org.saddlepoint.surface.ParameterSpec;
import org.saddlepoint.surface.PresetSpec;
import org.saddlepoint.surface.SourceMap;
import org.saddlepoint.surface.SurfaceFileException;
import org.saddlepoint.surface.SurfaceSpec;
import org.saddlepoint.surface.TomlTable;

/**
 * Reads a scene file strictly (layout in {@code surfaces/lessons/FORMAT.md}): TOML syntax through
 * Jackson, then every key checked for name, type, presence and range; the first fault is one
 * {@link SurfaceFileException} {@code FILE:LINE:COL: message}. Surface ids are checked against
 * the catalogue given (parameter names and ranges, {@code batch_size} only on data surfaces).
 */
final class SceneReader {
    static final List<String> TOP = List.of("title", "caption", "step", "surface", "start", "optimizers", "view", "camera", "search");
    private static final TomlMapper MAPPER = new TomlMapper();

    private final String file;
    private final SourceMap map;
    private final java.util.function.Function<String, SurfaceSpec> surfaces;

    private SceneReader(String file, SourceMap map, java.util.function.Function<String, SurfaceSpec> surfaces) {
        this.file = file;
        this.map = map;
        this.surfaces = surfaces;
    }

    /** @param surfaces resolves a surface id to its spec, or returns null when unknown */
    static Scene parse(String file, String text, java.util.function.Function<String, SurfaceSpec> surfaces) {
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = " " + text.substring(1);
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation l = e.getLocation();
            int line = l == null || l.getLineNr() < 1 ? 1 : l.getLineNr();
            int col = l == null || l.getColumnNr() < 1 ? 1 : l.getColumnNr();
            throw new SurfaceFileException(file, line, col, "TOML syntax error: " + e.getOriginalMessage());
        } catch (IOException | RuntimeException e) {
            throw new SurfaceFileException(file, 1, 1, "cannot parse TOML: " + e.getMessage());
        }
        if (root == null || !root.isObject() || root.isEmpty()) throw new SurfaceFileException(file, 1, 1, "the scene file is empty");
        SourceMap map = SourceMap.scan(file, text);
        return new SceneReader(file, map, surfaces).scene(TomlTable.root((ObjectNode) root, map, "the scene"));
    }

    private Scene scene(TomlTable top) {
        top.allowOnly(TOP);
        LocalizedText title = top.text("title", true, true);
        LocalizedText caption = top.text("caption", false, true);
        int step = top.optInt("step", Scene.LAST_STEP, 0, Integer.MAX_VALUE);
        TomlTable st = top.table("surface", "id = \"…\" or expression = \"…\"");
        SurfaceSpec spec = null;
        SceneSurface surface = surface(st);
        if (surface.id() != null) spec = surfaces.apply(surface.id());
        if (surface.id() != null && spec == null) throw st.errorAt("id", "unknown surface '" + surface.id() + "'");
        if (spec != null) checkParameters(st, spec, surface.parameters());
        Domain domain = surface.domain() != null ? surface.domain() : spec != null ? spec.domain() : null;
        TomlTable start = top.table("start", "x and y of the start point");
        start.allowOnly(List.of("x", "y"));
        double sx = start.number("x", "start x"), sy = start.number("y", "start y");
        if (domain != null && !domain.contains(sx, sy)) throw start.errorAt("x", "start (" + sx + ", " + sy + ") lies outside the domain");
        List<SceneOptimizer> optimizers = new ArrayList<>();
        for (TomlTable o : top.tables("optimizers")) optimizers.add(optimizer(o, spec));
        SceneView view = view(top.optTable("view"));
        SceneCamera camera = camera(top.optTable("camera"));
        SceneSearch search = search(top.optTable("search"));
        if (search != null && optimizers.isEmpty()) throw top.errorAt("search", "a search needs one [[optimizers]] entry to train with");
        try {
            return new Scene(title, caption, surface, sx, sy, optimizers, view, camera, step, search);
        } catch (IllegalArgumentException e) {
            throw new SurfaceFileException(file, 1, 1, e.getMessage());
        }
    }

    private SceneSurface surface(TomlTable t) {
        t.allowOnly(List.of("id", "expression", "domain", "parameters"));
        String id = t.optString("id", null), expression = t.optString("expression", null);
        if ((id == null) == (expression == null)) throw t.missing("id", "give exactly one of id and expression");
        Domain domain = null;
        if (t.has("domain")) {
            double[] d = t.numbers("domain", 4, "[xmin, xmax, ymin, ymax]");
            if (!(d[0] < d[1] && d[2] < d[3])) throw t.errorAt("domain", "domain needs xmin < xmax and ymin < ymax");
            domain = new Domain(d[0], d[1], d[2], d[3]);
        } else if (expression != null) {
            throw t.missing("domain", "an expression surface needs [xmin, xmax, ymin, ymax]");
        }
        Map<String, Double> params = new LinkedHashMap<>();
        TomlTable p = t.optTable("parameters");
        if (p != null) {
            for (Iterator<String> it = p.keys(); it.hasNext(); ) {
                String k = it.next();
                params.put(k, p.number(k, "parameter value"));
            }
        }
        if (expression != null) {
            if (!params.isEmpty()) throw t.errorAt("parameters", "parameters apply to surface ids; write numbers into the expression");
            try {
                Expression.parse(expression, List.of());
            } catch (ExprException e) {
                throw t.errorAt("expression", "expression: " + e.getMessage());
            }
        }
        return new SceneSurface(id, expression, domain, params);
    }

    private static void checkParameters(TomlTable st, SurfaceSpec spec, Map<String, Double> values) {
        for (Map.Entry<String, Double> e : values.entrySet()) {
            ParameterSpec p = spec.parameter(e.getKey()).orElse(null);
            TomlTable pt = st.optTable("parameters");
            if (p == null) throw pt.errorAt(e.getKey(), "surface '" + spec.id() + "' has no parameter '" + e.getKey() + "'");
            if (!p.accepts(e.getValue())) {
                throw pt.errorAt(e.getKey(), "parameter " + e.getKey() + " = " + e.getValue() + " is outside [" + p.min() + ", " + p.max() + "]");
            }
        }
    }

    private SceneOptimizer optimizer(TomlTable o, SurfaceSpec spec) {
        List<String> allowed = new ArrayList<>(List.of("kind", "label", "color", "start"));
        allowed.addAll(PresetSpec.OPTIONS.keySet());
        o.allowOnly(allowed);
        String kind = o.string("kind", String.join("|", PresetSpec.KINDS));
        if (!PresetSpec.KINDS.contains(kind)) throw o.errorAt("kind", "unknown optimizer '" + kind + "'; expected one of " + String.join(", ", PresetSpec.KINDS));
        LocalizedText label = o.text("label", false, true);
        String color = o.optString("color", null);
        if (color != null && !color.matches("#[0-9a-fA-F]{6}")) throw o.errorAt("color", "color must be \"#rrggbb\", got \"" + color + "\"");
        double sx = Double.NaN, sy = Double.NaN;
        if (o.has("start")) {
            double[] s = o.numbers("start", 2, "[x, y]");
            sx = s[0];
            sy = s[1];
        }
        Map<String, Object> options = new LinkedHashMap<>();
        for (Map.Entry<String, PresetSpec.Option> e : PresetSpec.OPTIONS.entrySet()) {
            String k = e.getKey();
            if (!o.has(k)) continue;
            PresetSpec.Option opt = e.getValue();
            Object v = switch (opt.type()) {
                case NUMBER -> {
                    double d = o.number(k, "");
                    boolean ok = (opt.minOpen() ? d > opt.min() : d >= opt.min()) && d <= opt.max() && !(k.startsWith("beta") && d >= 1);
                    if (!ok) throw o.errorAt(k, k + " = " + d + " is outside its range (" + opt.meaning() + ")");
                    yield d;
                }
                case FLAG -> o.bool(k, false);
                case INTEGER -> o.optInt(k, 0, (int) opt.min(), (int) opt.max());
                case LONG -> o.integer(k, "");
                case TEXT -> o.string(k, "");
            };
            options.put(k, v);
        }
        if (options.get("schedule") instanceof String s) {
            try {
                Schedules.parse(s);
            } catch (IllegalArgumentException e) {
                throw o.errorAt("schedule", "schedule: " + e.getMessage());
            }
        }
        if (options.containsKey("noise") && options.containsKey("batch_size")) throw o.errorAt("batch_size", "choose either noise or batch_size, not both");
        if (options.containsKey("batch_size") && spec != null && !spec.isDataSurface()) {
            throw o.errorAt("batch_size", "batch_size needs a data surface; use noise for analytic surfaces");
        }
        try {
            SceneOptimizer so = new SceneOptimizer(kind, label, color, sx, sy, options);
            so.optimizerSpec();
            return so;
        } catch (IllegalArgumentException e) {
            throw o.errorAt("kind", e.getMessage());
        }
    }

    private static SceneView view(TomlTable v) {
        if (v == null) return SceneView.DEFAULT;
        v.allowOnly(List.of("mode", "colormap", "log_color", "contours", "gradient_field", "grid"));
        SceneView d = SceneView.DEFAULT;
        String mode = v.has("mode") ? v.string("mode", "") : d.mode();
        if (!SceneView.MODES.contains(mode)) throw v.errorAt("mode", "mode must be \"2d\" or \"3d\", got \"" + mode + "\"");
        String cmap = v.has("colormap") ? v.string("colormap", "") : d.colormap();
        if (!SceneView.COLORMAPS.contains(cmap)) throw v.errorAt("colormap", "unknown colormap \"" + cmap + "\"; expected one of " + String.join(", ", SceneView.COLORMAPS));
        return new SceneView(mode, cmap, v.optBool("log_color"), v.optInt("contours", d.contours(), 0, 200),
                v.bool("gradient_field", d.gradientField()), v.optInt("grid", d.grid(), 8, 2048));
    }

    private static SceneCamera camera(TomlTable c) {
        if (c == null) return SceneCamera.DEFAULT;
        c.allowOnly(List.of("azimuth", "elevation", "distance"));
        SceneCamera d = SceneCamera.DEFAULT;
        double az = c.optNumber("azimuth", d.azimuth()), el = c.optNumber("elevation", d.elevation()), di = c.optNumber("distance", d.distance());
        if (el < -90 || el > 90) throw c.errorAt("elevation", "elevation must be in [-90, 90], got " + el);
        if (di < 30 || di > 2000) throw c.errorAt("distance", "distance must be in [30, 2000], got " + di);
        return new SceneCamera(az, el, di);
    }

    private static SceneSearch search(TomlTable s) {
        if (s == null) return null;
        s.allowOnly(List.of("lr", "momentum", "grid", "seed"));
        double[] lr = s.numbers("lr", 2, "[min, max] learning rate");
        if (!(lr[0] > 0 && lr[0] < lr[1])) throw s.errorAt("lr", "lr range needs 0 < min < max");
        double[] m = s.numbers("momentum", 2, "[min, max] momentum");
        if (!(m[0] >= 0 && m[0] < m[1] && m[1] < 1)) throw s.errorAt("momentum", "momentum range needs 0 ≤ min < max < 1");
        int side = s.optInt("grid", 3, 2, 20);
        long seed = s.has("seed") ? s.integer("seed", "") : 0L;
        return new SceneSearch(lr[0], lr[1], m[0], m[1], side, seed);
    }
}
