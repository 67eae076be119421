package org.saddlepoint.expr;

/**
 * The one exception the expression parser throws: a message with the 1-based column of the
 * fault in the source text. {@link #getMessage()} reads {@code 1:7: unknown function 'sinn'
 * (did you mean 'sin'?)}; {@link #caretLine()} shows the source with a caret under the column.
 */
public final class ExprException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String source;
    private final int column;
    private final String reason;

    public ExprException(String source, int column, String reason) {
        super("1:" + column + ": " + reason);
        this.source = source == null ? "" : source;
        this.column = column;
        this.reason = reason;
    }

    /** 1-based column of the fault (one past the end for "unexpected end of input"). */
    public int column() { return column; }

    /** The message without the location prefix. */
    public String reason() { return reason; }

    public String source() { return source; }

    /** The source line and a caret line under the column, e.g. {@code sinn(x)\n^}. */
    public String caretLine() {
        String line = source.length() > 200 ? source.substring(0, 200) + "…" : source;
        int c = Math.max(1, Math.min(column, line.length() + 1));
        return line + "\n" + " ".repeat(c - 1) + "^";
    }
}
