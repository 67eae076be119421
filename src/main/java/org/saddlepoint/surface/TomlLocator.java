package org.saddlepoint.surface;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Remembers where each key and value of a TOML document sits (1-based line and column), by path:
 * {@code title.en}, {@code parameters[1].max}, {@code domain[2]}, {@code data.points[0].u}.
 *
 * <p>Jackson's TOML reader builds a tree first and hands out a tree-walking parser whose tokens
 * carry no source location, so semantic errors could not name a line. This scanner reads the
 * same text (already accepted by Jackson, so it only has to understand valid TOML) and records
 * positions; validation then asks it where a key or value came from. It never throws: should it
 * meet something it does not follow, it stops and the missing paths fall back to their parent.
 */
final class TomlLocator {
    /** A 1-based source position. */
    record Position(int line, int column) {
        static final Position START = new Position(1, 1);
    }

    /** What a value token was in the source. */
    enum Kind { STRING, MULTILINE_STRING, LITERAL_STRING, MULTILINE_LITERAL_STRING, ARRAY, TABLE, OTHER }

    private final String s;
    private int pos, line = 1, lineStart;
    private final Map<String, Position> keys = new HashMap<>();
    private final Map<String, Position> values = new HashMap<>();
    private final Map<String, Integer> valueOffsets = new HashMap<>();
    private final Map<String, Kind> kinds = new HashMap<>();
    private final Map<String, Integer> arrayTables = new HashMap<>();

    private TomlLocator(String source) { this.s = source; }

    static TomlLocator scan(String source) {
        TomlLocator l = new TomlLocator(source);
        try {
            l.document();
        } catch (RuntimeException stop) {
            // partial map: the scanner only follows valid TOML; positions found so far stay
        }
        return l;
    }

    /** Where the key of {@code path} was written (or its nearest recorded ancestor). */
    Position keyPosition(String path) {
        for (String p = path; p != null; p = parent(p)) {
            Position k = keys.get(p);
            if (k != null) return k;
            Position v = values.get(p);
            if (v != null) return v;
        }
        return Position.START;
    }

    /** Where the value of {@code path} starts (or its key, or the nearest ancestor). */
    Position valuePosition(String path) {
        Position v = values.get(path);
        return v != null ? v : keyPosition(path);
    }

    Kind kind(String path) { return kinds.get(path); }

    /**
     * The source position of character {@code index} (0-based) of the decoded contents of the
     * string value at {@code path}, following escapes and line breaks in the raw text.
     */
    Position positionInString(String path, int index) {
        Integer start = valueOffsets.get(path);
        Kind k = kinds.get(path);
        if (start == null || k == null) return valuePosition(path);
        int i = start;
        boolean multi = k == Kind.MULTILINE_STRING || k == Kind.MULTILINE_LITERAL_STRING;
        boolean escapes = k == Kind.STRING || k == Kind.MULTILINE_STRING;
        i += multi ? 3 : 1;
        if (multi && i < s.length() && s.charAt(i) == '\r') i++;
        if (multi && i < s.length() && s.charAt(i) == '\n') i++;
        int decoded = 0;
        while (i < s.length() && decoded < index) {
            char c = s.charAt(i);
            if (escapes && c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(i + 1);
                if (n == 'u') { i += 6; decoded++; continue; }
                if (n == 'U') { i += 10; decoded++; continue; }
                if (multi && (n == '\n' || n == '\r' || n == ' ' || n == '\t')) {
                    i++;
                    while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
                    continue;
                }
                i += 2;
                decoded++;
                continue;
            }
            i++;
            decoded++;
        }
        return positionOf(i);
    }

    private Position positionOf(int offset) {
        int ln = 1, ls = 0;
        for (int i = 0; i < offset && i < s.length(); i++) {
            if (s.charAt(i) == '\n') { ln++; ls = i + 1; }
        }
        return new Position(ln, offset - ls + 1);
    }

    static String parent(String path) {
        int dot = path.lastIndexOf('.'), br = path.lastIndexOf('[');
        int cut = Math.max(dot, br);
        return cut <= 0 ? null : path.substring(0, cut);
    }

    // ---------------------------------------------------------------- scanner

    private Position here() { return new Position(line, pos - lineStart + 1); }

    private boolean more() { return pos < s.length(); }

    private char peek() { return s.charAt(pos); }

    private void advance() {
        if (s.charAt(pos) == '\n') { line++; lineStart = pos + 1; }
        pos++;
    }

    private void skipInlineSpace() {
        while (more() && (peek() == ' ' || peek() == '\t')) advance();
    }

    /** Skips spaces, comments and newlines. */
    private void skipAll() {
        while (more()) {
            char c = peek();
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n') advance();
            else if (c == '#') { while (more() && peek() != '\n') advance(); }
            else return;
        }
    }

    private void document() {
        String table = "";
        while (true) {
            skipAll();
            if (!more()) return;
            if (peek() == '[') {
                Position at = here();
                advance();
                boolean array = more() && peek() == '[';
                if (array) advance();
                skipInlineSpace();
                Position keyAt = here();
                List<String> parts = key();
                skipInlineSpace();
                advance();
                if (array) advance();
                table = resolveHeader(parts, array);
                keys.putIfAbsent(table, array ? keyAt : at);
                values.putIfAbsent(table, at);
                kinds.putIfAbsent(table, Kind.TABLE);
            } else {
                keyValue(table);
            }
        }
    }

    /** The path of a table header, with the current index of every array of tables on the way. */
    private String resolveHeader(List<String> parts, boolean array) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            if (b.length() > 0) b.append('.');
            b.append(parts.get(i));
            String p = b.toString();
            boolean last = i == parts.size() - 1;
            if (last && array) {
                int n = arrayTables.merge(p, 1, Integer::sum) - 1;
                keys.putIfAbsent(p, here());
                b.append('[').append(n).append(']');
            } else if (arrayTables.containsKey(p)) {
                b.append('[').append(arrayTables.get(p) - 1).append(']');
            }
        }
        return b.toString();
    }

    private void keyValue(String table) {
        Position keyAt = here();
        List<String> parts = key();
        String path = table;
        for (String p : parts) {
            path = path.isEmpty() ? p : path + "." + p;
            keys.putIfAbsent(path, keyAt);
        }
        skipInlineSpace();
        advance(); // '='
        skipInlineSpace();
        value(path);
    }

    private List<String> key() {
        List<String> parts = new ArrayList<>();
        while (true) {
            skipInlineSpace();
            char c = peek();
            if (c == '"' || c == '\'') {
                parts.add(quotedKey(c));
            } else {
                int from = pos;
                while (more() && (Character.isLetterOrDigit(peek()) || peek() == '_' || peek() == '-')) advance();
                if (pos == from) throw new IllegalStateException("not a key");
                parts.add(s.substring(from, pos));
            }
            skipInlineSpace();
            if (more() && peek() == '.') { advance(); continue; }
            return parts;
        }
    }

    private String quotedKey(char q) {
        advance();
        StringBuilder b = new StringBuilder();
        while (peek() != q) {
            if (q == '"' && peek() == '\\') { advance(); }
            b.append(peek());
            advance();
        }
        advance();
        return b.toString();
    }

    private void value(String path) {
        values.put(path, here());
        valueOffsets.put(path, pos);
        char c = peek();
        if (c == '"' || c == '\'') {
            boolean multi = s.startsWith(c == '"' ? "\"\"\"" : "'''", pos);
            kinds.put(path, c == '"' ? (multi ? Kind.MULTILINE_STRING : Kind.STRING)
                    : (multi ? Kind.MULTILINE_LITERAL_STRING : Kind.LITERAL_STRING));
            string(c, multi);
        } else if (c == '[') {
            kinds.put(path, Kind.ARRAY);
            advance();
            int i = 0;
            while (true) {
                skipAll();
                if (peek() == ']') { advance(); return; }
                value(path + "[" + i++ + "]");
                skipAll();
                if (peek() == ',') advance();
            }
        } else if (c == '{') {
            kinds.put(path, Kind.TABLE);
            advance();
            while (true) {
                skipInlineSpace();
                if (peek() == '}') { advance(); return; }
                keyValue(path);
                skipInlineSpace();
                if (peek() == ',') advance();
            }
        } else {
            kinds.put(path, Kind.OTHER);
            while (more() && ",]}#\n\r".indexOf(peek()) < 0) advance();
        }
    }

    private void string(char q, boolean multi) {
        if (multi) {
            String close = q == '"' ? "\"\"\"" : "'''";
            for (int i = 0; i < 3; i++) advance();
            while (!s.startsWith(close, pos)) {
                if (q == '"' && peek() == '\\') advance();
                advance();
            }
            for (int i = 0; i < 3; i++) advance();
            while (more() && peek() == q) advance(); // up to two quotes may close the content
        } else {
            advance();
            while (peek() != q) {
                if (q == '"' && peek() == '\\') advance();
                advance();
            }
            advance();
        }
    }
}
