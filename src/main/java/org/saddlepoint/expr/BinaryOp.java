package org.saddlepoint.expr;

/** The binary operators with their precedence; {@code ^} is the only right-associative one. */
public enum BinaryOp {
    ADD("+", 1), SUB("-", 1), MUL("*", 2), DIV("/", 2), POW("^", 4);

    private final String symbol;
    private final int precedence;

    BinaryOp(String symbol, int precedence) { this.symbol = symbol; this.precedence = precedence; }

    public String symbol() { return symbol; }

    /** Higher binds tighter; unary minus sits at 3, between {@code * /} and {@code ^}. */
    public int precedence() { return precedence; }

    public boolean rightAssociative() { return this == POW; }

    public double apply(double a, double b) {
        return switch (this) {
            case ADD -> a + b;
            case SUB -> a - b;
            case MUL -> a * b;
            case DIV -> a / b;
            case POW -> Math.pow(a, b);
        };
    }
}
