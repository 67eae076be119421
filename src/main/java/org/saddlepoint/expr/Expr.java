package org.saddlepoint.expr;

import java.util.List;
import java.util.Objects;

/**
 * Immutable abstract syntax tree of an expression in the variables {@code x}, {@code y} and
 * named surface parameters. Structural equality ({@code equals}) is what common-subexpression
 * elimination and the print/parse round trip rely on.
 */
public sealed interface Expr permits Expr.Num, Expr.Var, Expr.Neg, Expr.Bin, Expr.Call {

    /** A literal number (the parser only produces finite, non-negative literals). */
    record Num(double value) implements Expr {
        public static final Num ZERO = new Num(0), ONE = new Num(1), TWO = new Num(2);

        @Override public boolean equals(Object o) {
            return o instanceof Num n && Double.doubleToLongBits(n.value) == Double.doubleToLongBits(value);
        }

        @Override public int hashCode() { return Double.hashCode(value); }
    }

    /** A variable ({@code x}, {@code y}) or a declared surface parameter. */
    record Var(String name) implements Expr {
        public Var { Objects.requireNonNull(name); }
    }

    /** Unary minus: {@code -operand}. */
    record Neg(Expr operand) implements Expr {
        public Neg { Objects.requireNonNull(operand); }
    }

    /** A binary operation {@code left op right}. */
    record Bin(BinaryOp op, Expr left, Expr right) implements Expr {
        public Bin {
            Objects.requireNonNull(op); Objects.requireNonNull(left); Objects.requireNonNull(right);
        }
    }

    /** A call of a built-in function; {@code args.size() == fn.arity()}. */
    record Call(Function fn, List<Expr> args) implements Expr {
        public Call {
            args = List.copyOf(args);
            if (args.size() != fn.arity()) {
                throw new IllegalArgumentException(fn.symbol() + " takes " + fn.arity() + " argument(s)");
            }
        }

        public Call(Function fn, Expr a) { this(fn, List.of(a)); }

        public Call(Function fn, Expr a, Expr b) { this(fn, List.of(a, b)); }

        public Expr arg(int i) { return args.get(i); }
    }

    /** Number of nodes in this tree. */
    default int size() {
        if (this instanceof Neg n) return 1 + n.operand().size();
        if (this instanceof Bin b) return 1 + b.left().size() + b.right().size();
        if (this instanceof Call c) {
            int s = 1;
            for (Expr a : c.args()) s += a.size();
            return s;
        }
        return 1;
    }

    /** Whether the variable or parameter {@code name} occurs in this tree. */
    default boolean mentions(String name) {
        if (this instanceof Var v) return v.name().equals(name);
        if (this instanceof Neg n) return n.operand().mentions(name);
        if (this instanceof Bin b) return b.left().mentions(name) || b.right().mentions(name);
        if (this instanceof Call c) {
            for (Expr a : c.args()) if (a.mentions(name)) return true;
        }
        return false;
    }

    /** Printed in the grammar's syntax; parsing the result gives an equal tree. */
    default String print() { return ExprPrinter.print(this); }
}
