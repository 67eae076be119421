package org.saddlepoint.expr;

/**
 * Prints an {@link Expr} in the grammar's syntax with the fewest parentheses that keep its
 * structure: {@code ExprParser.parse(print(e))} equals {@code e} for every tree the parser
 * can produce. Negative literals (which only simplification produces) print as {@code (-2)}.
 */
public final class ExprPrinter {
    private static final int UNARY = 3;
    private static final int ATOM = 9;

    private ExprPrinter() { }

    public static String print(Expr e) {
        StringBuilder sb = new StringBuilder();
        write(e, sb);
        return sb.toString();
    }

    private static int precedence(Expr e) {
        if (e instanceof Expr.Bin b) return b.op().precedence();
        if (e instanceof Expr.Neg) return UNARY;
        if (e instanceof Expr.Num n && (n.value() < 0 || Double.doubleToLongBits(n.value()) == Double.doubleToLongBits(-0.0))) return 0;
        return ATOM;
    }

    private static void write(Expr e, StringBuilder sb) {
        if (e instanceof Expr.Num n) {
            writeNumber(n.value(), sb);
        } else if (e instanceof Expr.Var v) {
            sb.append(v.name());
        } else if (e instanceof Expr.Neg n) {
            sb.append('-');
            // operand must bind at least as tightly as unary minus; a nested minus needs no parens
            writeChild(n.operand(), precedence(n.operand()) < UNARY, sb);
        } else if (e instanceof Expr.Bin b) {
            int p = b.op().precedence();
            int pl = precedence(b.left()), pr = precedence(b.right());
            boolean leftParens = b.op().rightAssociative() ? pl <= p : pl < p;
            boolean rightParens;
            if (b.op() == BinaryOp.POW) {
                rightParens = pr < UNARY; // exponent is a unary: -y and x^y need none
            } else {
                rightParens = pr < p || (pr == p && !b.op().rightAssociative());
                if (b.right() instanceof Expr.Neg) rightParens = false;
            }
            writeChild(b.left(), leftParens, sb);
            sb.append(' ').append(b.op().symbol()).append(' ');
            writeChild(b.right(), rightParens, sb);
        } else if (e instanceof Expr.Call c) {
            sb.append(c.fn().symbol()).append('(');
            for (int i = 0; i < c.args().size(); i++) {
                if (i > 0) sb.append(", ");
                write(c.args().get(i), sb);
            }
            sb.append(')');
        }
    }

    private static void writeChild(Expr e, boolean parens, StringBuilder sb) {
        if (parens) sb.append('(');
        write(e, sb);
        if (parens) sb.append(')');
    }

    private static void writeNumber(double v, StringBuilder sb) {
        if (Double.isNaN(v)) { sb.append("(0/0)"); return; }
        if (Double.isInfinite(v)) { sb.append(v > 0 ? "(1/0)" : "(-1/0)"); return; }
        boolean negative = v < 0 || Double.doubleToLongBits(v) == Double.doubleToLongBits(-0.0);
        if (negative) sb.append("(-");
        double a = Math.abs(v);
        if (a == Math.rint(a) && a < 1e15) sb.append((long) a);
        else sb.append(Double.toString(a));
        if (negative) sb.append(')');
    }
}
