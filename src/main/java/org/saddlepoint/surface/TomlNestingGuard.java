package org.saddlepoint.surface;

/**
 * Refuses TOML text whose arrays and inline tables nest deeper than {@value #MAX_DEPTH} levels
 * before any recursive parser sees it (so a hostile file gives a clear error, not a
 * StackOverflowError). Brackets inside strings and comments do not count.
 */
final class TomlNestingGuard {
    static final int MAX_DEPTH = 32;

    private TomlNestingGuard() { }

    static void check(String file, String text) {
        int depth = 0, line = 1, col = 0;
        int i = 0, n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            col++;
            if (c == '\n') { line++; col = 0; i++; continue; }
            if (c == '#') { while (i < n && text.charAt(i) != '\n') i++; continue; }
            if (c == '"' || c == '\'') {
                boolean triple = text.startsWith(String.valueOf(c).repeat(3), i);
                String end = triple ? String.valueOf(c).repeat(3) : String.valueOf(c);
                i += end.length();
                col += end.length() - 1;
                while (i < n && !text.startsWith(end, i)) {
                    char d = text.charAt(i);
                    if (d == '\n') {
                        if (!triple) break; // unterminated: the TOML parser reports it
                        line++;
                        col = 0;
                    } else {
                        col++;
                    }
                    if (d == '\\' && c == '"' && i + 1 < n && text.charAt(i + 1) != '\n') { i++; col++; }
                    i++;
                }
                if (i < n && text.startsWith(end, i)) { i += end.length(); col += end.length(); }
                continue;
            }
            if (c == '[' || c == '{') {
                if (++depth > MAX_DEPTH) {
                    throw new SurfaceFileException(file, line, col,
                            "arrays or tables nested too deeply (more than " + MAX_DEPTH + " levels)");
                }
            } else if ((c == ']' || c == '}') && depth > 0) {
                depth--;
            }
            i++;
        }
    }
}
