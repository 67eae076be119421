package org.saddlepoint.scene;

import java.util.Map;
import org.saddlepoint.surface.LocalizedText;

/**
 * Writes a {@link Scene} as TOML that {@link SceneReader} reads back into an equal record:
 * numbers in Java's shortest round-trip form, every optional value written only when set.
 */
final class SceneWriter {
    private final StringBuilder sb = new StringBuilder();

    private SceneWriter() { }

    static String write(Scene s) {
        SceneWriter w = new SceneWriter();
        w.scene(s);
        return w.sb.toString();
    }

    private void scene(Scene s) {
        sb.append("# Saddlepoint scene (format: surfaces/lessons/FORMAT.md)\n");
        kv("title", text(s.title()));
        if (s.caption() != null) {
            sb.append("caption.en = ").append(quote(s.caption().en())).append('\n');
            sb.append("caption.zh = ").append(quote(s.caption().zh())).append('\n');
        }
        if (s.step() != Scene.LAST_STEP) kv("step", Integer.toString(s.step()));
        SceneSurface f = s.surface();
        sb.append("\n[surface]\n");
        if (f.id() != null) kv("id", quote(f.id()));
        if (f.expression() != null) kv("expression", quote(f.expression()));
        if (f.domain() != null) {
            kv("domain", "[" + num(f.domain().xMin()) + ", " + num(f.domain().xMax()) + ", " + num(f.domain().yMin()) + ", " + num(f.domain().yMax()) + "]");
        }
        if (!f.parameters().isEmpty()) {
            StringBuilder p = new StringBuilder("{ ");
            boolean first = true;
            for (Map.Entry<String, Double> e : f.parameters().entrySet()) {
                if (!first) p.append(", ");
                p.append(e.getKey()).append(" = ").append(num(e.getValue()));
                first = false;
            }
            kv("parameters", p.append(" }").toString());
        }
        sb.append("\n[start]\n");
        kv("x", num(s.startX()));
        kv("y", num(s.startY()));
        for (SceneOptimizer o : s.optimizers()) {
            sb.append("\n[[optimizers]]\n");
            kv("kind", quote(o.kind()));
            if (o.label() != null) kv("label", text(o.label()));
            if (o.color() != null) kv("color", quote(o.color()));
            if (o.hasOwnStart()) kv("start", "[" + num(o.startX()) + ", " + num(o.startY()) + "]");
            for (String key : org.saddlepoint.surface.PresetSpec.OPTIONS.keySet()) {
                if (o.options().containsKey(key)) kv(key, value(o.options().get(key)));
            }
        }
        SceneView v = s.view();
        sb.append("\n[view]\n");
        kv("mode", quote(v.mode()));
        kv("colormap", quote(v.colormap()));
        if (v.logColor() != null) kv("log_color", v.logColor().toString());
        kv("contours", Integer.toString(v.contours()));
        kv("gradient_field", Boolean.toString(v.gradientField()));
        kv("grid", Integer.toString(v.grid()));
        SceneCamera c = s.camera();
        sb.append("\n[camera]\n");
        kv("azimuth", num(c.azimuth()));
        kv("elevation", num(c.elevation()));
        kv("distance", num(c.distance()));
        SceneSearch q = s.search();
        if (q != null) {
            sb.append("\n[search]\n");
            kv("lr", "[" + num(q.lrMin()) + ", " + num(q.lrMax()) + "]");
            kv("momentum", "[" + num(q.momentumMin()) + ", " + num(q.momentumMax()) + "]");
            kv("grid", Integer.toString(q.gridSide()));
            kv("seed", Long.toString(q.seed()));
        }
    }

    private void kv(String key, String value) { sb.append(key).append(" = ").append(value).append('\n'); }

    private static String value(Object v) {
        if (v instanceof Double d) return num(d);
        if (v instanceof String s) return quote(s);
        return v.toString(); // Boolean, Integer, Long
    }

    private static String text(LocalizedText t) {
        if (t.en().equals(t.zh())) return quote(t.en());
        return "{ en = " + quote(t.en()) + ", zh = " + quote(t.zh()) + " }";
    }

    /** A TOML float that parses back to exactly {@code v}. */
    static String num(double v) {
        if (!Double.isFinite(v)) throw new IllegalArgumentException("cannot write a non-finite number: " + v);
        return Double.toString(v);
    }

    /** A TOML basic string. */
    static String quote(String s) {
        StringBuilder q = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\n' -> q.append("\\n");
                case '\t' -> q.append("\\t");
                case '\r' -> q.append("\\r");
                default -> {
                    if (ch < 0x20 || ch == 0x7f) q.append(String.format("\\u%04X", (int) ch));
                    else q.append(ch);
                }
            }
        }
        return q.append('"').toString();
    }
}
