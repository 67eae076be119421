package org.saddlepoint.surface;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;

/**
 * A TOML table being validated: typed, strict accessors whose every error is a
 * {@link SurfaceFileException} naming the line and column of the offending key or value.
 * {@code path} is the table's path in the document ("" for the root, {@code parameters[0]},
 * {@code data.generator}). Shared by the surface file reader and the scene file reader
 * ({@code scene.SceneReader}), which names its root "the scene".
 */
public final class TomlTable {
    private final ObjectNode node;
    private final String path;
    private final SourceMap map;
    private final String rootName;

    TomlTable(ObjectNode node, String path, SourceMap map) { this(node, path, map, "the file"); }

    private TomlTable(ObjectNode node, String path, SourceMap map, String rootName) {
        this.node = node;
        this.path = path;
        this.map = map;
        this.rootName = rootName;
    }

    /** The root table of a document; {@code rootName} names it in messages ("the file", "the scene"). */
    public static TomlTable root(ObjectNode node, SourceMap map, String rootName) { return new TomlTable(node, "", map, rootName); }

    private TomlTable sub(ObjectNode n, String p) { return new TomlTable(n, p, map, rootName); }

    public String path() { return path; }

    public String child(String key) { return path.isEmpty() ? key : path + "." + key; }

    /** The name of this table as a reader would write it. */
    private String where() { return path.isEmpty() ? rootName : "[" + path + "]"; }

    public boolean has(String key) { return node.has(key); }

    /** Every key must be one of {@code allowed}; the first other one is an error at its key. */
    public void allowOnly(Collection<String> allowed) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!allowed.contains(k)) {
                String hint = Suggestions.hint(k, allowed);
                if (hint.isEmpty()) hint = " (allowed: " + String.join(", ", allowed) + ")";
                throw map.errorAtKey(child(k), "unknown key '" + k + "' in " + where() + hint);
            }
        }
    }

    public SurfaceFileException missing(String key, String what) {
        return map.errorAtKey(path.isEmpty() ? "" : path, "missing required key '" + key + "' (" + what + ") in " + where());
    }

    public SurfaceFileException errorAt(String key, String reason) { return map.errorAt(child(key), reason); }

    private JsonNode require(String key, String what) {
        JsonNode n = node.get(key);
        if (n == null) throw missing(key, what);
        return n;
    }

    private SurfaceFileException wrongType(String childPath, String expected, JsonNode got) {
        return map.errorAt(childPath, "'" + lastName(childPath) + "' must be " + expected + ", got " + describe(childPath, got));
    }

    private static String lastName(String p) {
        int dot = p.lastIndexOf('.');
        return dot < 0 ? p : p.substring(dot + 1);
    }

    private String describe(String childPath, JsonNode n) {
        if (n.isTextual()) {
            return map.locator().kind(childPath) == TomlLocator.Kind.OTHER ? "a date/time" : "a string";
        }
        if (n.isBoolean()) return "a boolean";
        if (n.isIntegralNumber()) return "an integer";
        if (n.isNumber()) return "a number";
        if (n.isArray()) return "an array";
        if (n.isObject()) return "a table";
        return n.getNodeType().toString().toLowerCase();
    }

    public String string(String key, String what) {
        return stringAt(require(key, what), child(key));
    }

    public String optString(String key, String fallback) {
        JsonNode n = node.get(key);
        return n == null ? fallback : stringAt(n, child(key));
    }

    private String stringAt(JsonNode n, String p) {
        TomlLocator.Kind k = map.locator().kind(p);
        if (!n.isTextual() || k == TomlLocator.Kind.OTHER) throw wrongType(p, "a string", n);
        return n.textValue();
    }

    public double number(String key, String what) { return numberAt(require(key, what), child(key)); }

    public double optNumber(String key, double fallback) {
        JsonNode n = node.get(key);
        return n == null ? fallback : numberAt(n, child(key));
    }

    private double numberAt(JsonNode n, String p) {
        if (!n.isNumber()) throw wrongType(p, "a number", n);
        double v = n.doubleValue();
        if (!Double.isFinite(v)) throw map.errorAt(p, "'" + lastName(p) + "' must be a finite number, got " + v);
        return v;
    }

    public long integer(String key, String what) { return integerAt(require(key, what), child(key)); }

    public long optInteger(String key, long fallback) {
        JsonNode n = node.get(key);
        return n == null ? fallback : integerAt(n, child(key));
    }

    private long integerAt(JsonNode n, String p) {
        if (!n.isIntegralNumber() || !n.canConvertToLong()) throw wrongType(p, "an integer", n);
        return n.longValue();
    }

    public boolean bool(String key, boolean fallback) {
        JsonNode n = node.get(key);
        if (n == null) return fallback;
        if (!n.isBoolean()) throw wrongType(child(key), "true or false", n);
        return n.booleanValue();
    }

    /** The scalar at {@code key} with no type imposed (for preset options). */
    public JsonNode raw(String key) { return node.get(key); }

    public Object typed(String key, PresetSpec.Type type) {
        JsonNode n = node.get(key);
        String p = child(key);
        return switch (type) {
            case NUMBER -> numberAt(n, p);
            case FLAG -> {
                if (!n.isBoolean()) throw wrongType(p, "true or false", n);
                yield n.booleanValue();
            }
            case INTEGER -> {
                long v = integerAt(n, p);
                if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) throw map.errorAt(p, "'" + key + "' is too large: " + v);
                yield (int) v;
            }
            case LONG -> integerAt(n, p);
            case TEXT -> stringAt(n, p);
        };
    }

    /** An array of {@code length} finite numbers (any length if {@code length} < 0). */
    public double[] numbers(String key, int length, String what) {
        return numbersAt(require(key, what), child(key), length);
    }

    public double[] optNumbers(String key, int length) {
        JsonNode n = node.get(key);
        return n == null ? null : numbersAt(n, child(key), length);
    }

    private double[] numbersAt(JsonNode n, String p, int length) {
        if (!n.isArray()) throw wrongType(p, length > 0 ? "an array of " + length + " numbers" : "an array of numbers", n);
        if (length >= 0 && n.size() != length) {
            throw map.errorAt(p, "'" + lastName(p) + "' must have " + length + " numbers, got " + n.size());
        }
        double[] out = new double[n.size()];
        for (int i = 0; i < out.length; i++) out[i] = numberAt(n.get(i), p + "[" + i + "]");
        return out;
    }

    /** An array of [x, y] pairs. */
    public List<double[]> optPairs(String key) {
        JsonNode n = node.get(key);
        List<double[]> out = new ArrayList<>();
        if (n == null) return out;
        String p = child(key);
        if (!n.isArray()) throw wrongType(p, "an array of [x, y] pairs", n);
        for (int i = 0; i < n.size(); i++) out.add(numbersAt(n.get(i), p + "[" + i + "]", 2));
        return out;
    }

    /** An integer in [min, max], or {@code fallback} when absent. */
    public int optInt(String key, int fallback, int min, int max) {
        if (!has(key)) return fallback;
        long v = integer(key, "");
        if (v < min || v > max) throw errorAt(key, "'" + key + "' = " + v + " is outside [" + min + ", " + max + "]");
        return (int) v;
    }

    /** true or false, or null when absent. */
    public Boolean optBool(String key) { return has(key) ? bool(key, false) : null; }

    /** The keys of this table, in file order. */
    public Iterator<String> keys() { return node.fieldNames(); }

    /** The sub-table at {@code key} (a [header] or an inline table), or null if absent. */
    public TomlTable optTable(String key) {
        JsonNode n = node.get(key);
        if (n == null) return null;
        if (!n.isObject()) throw wrongType(child(key), "a table", n);
        return sub((ObjectNode) n, child(key));
    }

    public TomlTable table(String key, String what) {
        TomlTable t = optTable(key);
        if (t == null) throw missing(key, what);
        return t;
    }

    /** The entries of an array of tables ({@code [[key]]} or an array of inline tables); empty if absent. */
    public List<TomlTable> tables(String key) {
        JsonNode n = node.get(key);
        List<TomlTable> out = new ArrayList<>();
        if (n == null) return out;
        String p = child(key);
        if (!n.isArray()) throw wrongType(p, "an array of tables ([[" + p + "]])", n);
        for (int i = 0; i < n.size(); i++) {
            String ip = p + "[" + i + "]";
            if (!n.get(i).isObject()) throw wrongType(ip, "a table", n.get(i));
            out.add(sub((ObjectNode) n.get(i), ip));
        }
        return out;
    }

    /** A text in both languages: a table {en, zh}, or (if {@code plainAllowed}) one string for both. */
    public LocalizedText text(String key, boolean required, boolean plainAllowed) {
        JsonNode n = node.get(key);
        if (n == null) {
            if (required) throw missing(key, "a table with en and zh texts");
            return null;
        }
        if (plainAllowed && n.isTextual()) return LocalizedText.of(stringAt(n, child(key)));
        if (!n.isObject()) {
            throw wrongType(child(key), plainAllowed ? "a string or a table {en, zh}" : "a table {en = \"…\", zh = \"…\"}", n);
        }
        TomlTable t = sub((ObjectNode) n, child(key));
        t.allowOnly(List.of("en", "zh"));
        return new LocalizedText(t.string("en", "English text"), t.string("zh", "Simplified Chinese text"));
    }
}
