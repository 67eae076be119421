package org.saddlepoint.scene;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import org.saddlepoint.surface.LocalizedText;
import org.saddlepoint.surface.SourceMap;
import org.saddlepoint.surface.SurfaceFileException;

/**
 * One TOML table of a scene file being validated: strict typed accessors whose errors name the
 * line and column of the offending key or value (through the surface package's {@link SourceMap}).
 */
final class SceneTable {
    private final ObjectNode node;
    private final String path;
    private final SourceMap map;

    SceneTable(ObjectNode node, String path, SourceMap map) {
        this.node = node;
        this.path = path;
        this.map = map;
    }

    String child(String key) { return path.isEmpty() ? key : path + "." + key; }

    private String where() { return path.isEmpty() ? "the scene" : "[" + path + "]"; }

    boolean has(String key) { return node.has(key); }

    void allowOnly(Collection<String> allowed) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!allowed.contains(k)) {
                throw map.errorAtKey(child(k), "unknown key '" + k + "' in " + where() + " (allowed: " + String.join(", ", allowed) + ")");
            }
        }
    }

    SurfaceFileException errorAt(String key, String reason) { return map.errorAt(child(key), reason); }

    SurfaceFileException missing(String key, String what) {
        return map.errorAtKey(path, "missing required key '" + key + "' (" + what + ") in " + where());
    }

    private JsonNode require(String key, String what) {
        JsonNode n = node.get(key);
        if (n == null) throw missing(key, what);
        return n;
    }

    private SurfaceFileException wrongType(String key, String expected, JsonNode got) {
        return errorAt(key, "'" + key + "' must be " + expected + ", got " + describe(got));
    }

    static String describe(JsonNode n) {
        if (n.isTextual()) return "a string";
        if (n.isBoolean()) return "a boolean";
        if (n.isIntegralNumber()) return "an integer";
        if (n.isNumber()) return "a number";
        if (n.isArray()) return "an array";
        if (n.isObject()) return "a table";
        return n.getNodeType().toString().toLowerCase();
    }

    String string(String key, String what) {
        JsonNode n = require(key, what);
        if (!n.isTextual()) throw wrongType(key, "a string", n);
        return n.textValue();
    }

    String optString(String key) { return has(key) ? string(key, "") : null; }

    double number(String key, String what) {
        JsonNode n = require(key, what);
        if (!n.isNumber()) throw wrongType(key, "a number", n);
        double v = n.doubleValue();
        if (!Double.isFinite(v)) throw errorAt(key, "'" + key + "' must be finite");
        return v;
    }

    double optNumber(String key, double fallback) { return has(key) ? number(key, "") : fallback; }

    long integer(String key, String what) {
        JsonNode n = require(key, what);
        if (!n.isIntegralNumber() || !n.canConvertToLong()) throw wrongType(key, "an integer", n);
        return n.longValue();
    }

    int optInt(String key, int fallback, int min, int max) {
        if (!has(key)) return fallback;
        long v = integer(key, "");
        if (v < min || v > max) throw errorAt(key, "'" + key + "' = " + v + " is outside [" + min + ", " + max + "]");
        return (int) v;
    }

    boolean bool(String key, boolean fallback) {
        JsonNode n = node.get(key);
        if (n == null) return fallback;
        if (!n.isBoolean()) throw wrongType(key, "true or false", n);
        return n.booleanValue();
    }

    Boolean optBool(String key) { return has(key) ? bool(key, false) : null; }

    double[] numbers(String key, int length, String what) {
        JsonNode n = require(key, what);
        if (!n.isArray() || n.size() != length) throw errorAt(key, "'" + key + "' must be an array of " + length + " numbers (" + what + ")");
        double[] out = new double[length];
        for (int i = 0; i < length; i++) {
            JsonNode e = n.get(i);
            if (!e.isNumber() || !Double.isFinite(e.doubleValue())) {
                throw map.errorAt(child(key) + "[" + i + "]", "'" + key + "' must hold finite numbers, got " + describe(e));
            }
            out[i] = e.doubleValue();
        }
        return out;
    }

    JsonNode raw(String key) { return node.get(key); }

    Iterator<String> keys() { return node.fieldNames(); }

    SceneTable optTable(String key) {
        JsonNode n = node.get(key);
        if (n == null) return null;
        if (!n.isObject()) throw wrongType(key, "a table", n);
        return new SceneTable((ObjectNode) n, child(key), map);
    }

    SceneTable table(String key, String what) {
        SceneTable t = optTable(key);
        if (t == null) throw missing(key, what);
        return t;
    }

    List<SceneTable> tables(String key) {
        JsonNode n = node.get(key);
        List<SceneTable> out = new ArrayList<>();
        if (n == null) return out;
        if (!n.isArray()) throw wrongType(key, "an array of tables ([[" + child(key) + "]])", n);
        for (int i = 0; i < n.size(); i++) {
            if (!n.get(i).isObject()) throw map.errorAt(child(key) + "[" + i + "]", "'" + key + "' entries must be tables");
            out.add(new SceneTable((ObjectNode) n.get(i), child(key) + "[" + i + "]", map));
        }
        return out;
    }

    /** A text {en, zh} or one string for both; null if absent and not required. */
    LocalizedText text(String key, boolean required) {
        JsonNode n = node.get(key);
        if (n == null) {
            if (required) throw missing(key, "a string or a table {en, zh}");
            return null;
        }
        if (n.isTextual()) return LocalizedText.of(n.textValue());
        if (!n.isObject()) throw wrongType(key, "a string or a table {en = \"…\", zh = \"…\"}", n);
        SceneTable t = new SceneTable((ObjectNode) n, child(key), map);
        t.allowOnly(List.of("en", "zh"));
        return new LocalizedText(t.string("en", "English text"), t.string("zh", "Simplified Chinese text"));
    }
}
