package org.saddlepoint.surface;

/**
 * The one error a broken surface file gives: a single line {@code FILE:LINE:COL: reason}, where
 * LINE and COL (1-based) point at the offending key or value (or the character inside an
 * expression). Unchecked, so callers that load many files can collect them.
 */
public final class SurfaceFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String file;
    private final int line;
    private final int column;
    private final String reason;

    public SurfaceFileException(String file, int line, int column, String reason) {
        super(file + ":" + line + ":" + column + ": " + oneLine(reason));
        this.file = file;
        this.line = line;
        this.column = column;
        this.reason = oneLine(reason);
    }

    private static String oneLine(String s) {
        return s == null ? "error" : s.replace("\r", "").replace('\n', ' ');
    }

    /** The file as named when it was loaded (a path, or {@code surfaces/NAME.toml} for a bundled one). */
    public String file() { return file; }

    public int line() { return line; }

    public int column() { return column; }

    /** The message without the location prefix. */
    public String reason() { return reason; }
}
