package org.saddlepoint.expr;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Algebraic simplification used after symbolic differentiation: constant folding and the
 * identities {@code 0+a = a}, {@code a·1 = a}, {@code a·0 = 0}, {@code a^1 = a}, {@code a^0 = 1},
 * {@code −(−a) = a}, {@code a−a = 0}, {@code a/1 = a}. It never changes a value where the
 * original and all its subexpressions are finite (the {@code a·0 = 0} rule assumes {@code a}
 * finite, as derivatives do; rules that produce 0 may turn a −0 into +0, which only shows as
 * the sign of an infinity after dividing by that zero). Constant folding may reassociate
 * {@code c₁·(c₂·a)} into {@code (c₁c₂)·a}, a difference of one rounding.
 */
public final class Simplifier {
    private Simplifier() { }

    public static Expr simplify(Expr e) {
        return simplify(e, new IdentityHashMap<>());
    }

    /** Memoized by identity so a DAG of shared subtrees is walked once per distinct node. */
    private static Expr simplify(Expr e, Map<Expr, Expr> memo) {
        if (e instanceof Expr.Num || e instanceof Expr.Var) return e;
        Expr done = memo.get(e);
        if (done != null) return done;
        Expr result = simplifyNode(e, memo);
        memo.put(e, result);
        return result;
    }

    private static Expr simplifyNode(Expr e, Map<Expr, Expr> memo) {
        if (e instanceof Expr.Neg n) return neg(simplify(n.operand(), memo));
        if (e instanceof Expr.Bin b) return bin(b.op(), simplify(b.left(), memo), simplify(b.right(), memo));
        Expr.Call c = (Expr.Call) e;
        List<Expr> args = new ArrayList<>(c.args().size());
        boolean allNum = true;
        for (Expr a : c.args()) {
            Expr s = simplify(a, memo);
            args.add(s);
            allNum &= s instanceof Expr.Num;
        }
        if (allNum) {
            double v = c.fn().arity() == 1 ? Function.apply1(c.fn(), num(args.get(0)))
                    : Function.apply2(c.fn(), num(args.get(0)), num(args.get(1)));
            if (Double.isFinite(v)) return new Expr.Num(v);
        }
        if (c.fn() == Function.POW) return bin(BinaryOp.POW, args.get(0), args.get(1));
        return new Expr.Call(c.fn(), args);
    }

    private static double num(Expr e) { return ((Expr.Num) e).value(); }

    private static boolean is(Expr e, double v) { return e instanceof Expr.Num n && n.value() == v; }

    /** −a, simplified one level (operand already simplified). */
    public static Expr neg(Expr a) {
        if (a instanceof Expr.Num n) return new Expr.Num(-n.value());
        if (a instanceof Expr.Neg n) return n.operand();
        if (a instanceof Expr.Bin b && b.op() == BinaryOp.SUB) return new Expr.Bin(BinaryOp.SUB, b.right(), b.left());
        return new Expr.Neg(a);
    }

    /** {@code a op b}, simplified one level (operands already simplified). */
    public static Expr bin(BinaryOp op, Expr a, Expr b) {
        if (a instanceof Expr.Num x && b instanceof Expr.Num y) {
            double v = op.apply(x.value(), y.value());
            if (Double.isFinite(v)) return new Expr.Num(v);
        }
        switch (op) {
            case ADD -> {
                if (is(a, 0)) return b;
                if (is(b, 0)) return a;
                if (b instanceof Expr.Neg n) return bin(BinaryOp.SUB, a, n.operand());
                if (b instanceof Expr.Num n && n.value() < 0) return bin(BinaryOp.SUB, a, new Expr.Num(-n.value()));
                if (a instanceof Expr.Neg n) return bin(BinaryOp.SUB, b, n.operand());
            }
            case SUB -> {
                if (is(b, 0)) return a;
                if (is(a, 0)) return neg(b);
                if (a.equals(b)) return Expr.Num.ZERO;
                if (b instanceof Expr.Neg n) return bin(BinaryOp.ADD, a, n.operand());
                if (b instanceof Expr.Num n && n.value() < 0) return bin(BinaryOp.ADD, a, new Expr.Num(-n.value()));
            }
            case MUL -> {
                if (is(a, 0) || is(b, 0)) return Expr.Num.ZERO;
                if (is(a, 1)) return b;
                if (is(b, 1)) return a;
                if (is(a, -1)) return neg(b);
                if (is(b, -1)) return neg(a);
                if (a instanceof Expr.Neg n) return neg(bin(BinaryOp.MUL, n.operand(), b));
                if (b instanceof Expr.Neg n) return neg(bin(BinaryOp.MUL, a, n.operand()));
                // constants to the left: 2*(3*x) = 6*x
                if (b instanceof Expr.Num && !(a instanceof Expr.Num)) return bin(BinaryOp.MUL, b, a);
                if (a instanceof Expr.Num x && b instanceof Expr.Bin bb && bb.op() == BinaryOp.MUL
                        && bb.left() instanceof Expr.Num y && isNormal(x.value() * y.value())) {
                    return bin(BinaryOp.MUL, new Expr.Num(x.value() * y.value()), bb.right());
                }
                if (a.equals(b)) return new Expr.Bin(BinaryOp.POW, a, Expr.Num.TWO);
            }
            case DIV -> {
                if (is(a, 0)) return Expr.Num.ZERO;
                if (is(b, 1)) return a;
                if (is(b, -1)) return neg(a);
                if (a instanceof Expr.Neg n) return neg(bin(BinaryOp.DIV, n.operand(), b));
                if (b instanceof Expr.Num y && y.value() != 0 && !(a instanceof Expr.Num)) {
                    double inv = 1.0 / y.value();
                    if (Double.isFinite(inv) && isPowerOfTwo(y.value())) {
                        return bin(BinaryOp.MUL, new Expr.Num(inv), a);
                    }
                }
            }
            case POW -> {
                if (is(b, 0)) return Expr.Num.ONE;
                if (is(b, 1)) return a;
                if (is(a, 1)) return Expr.Num.ONE;
            }
            default -> { }
        }
        return new Expr.Bin(op, a, b);
    }

    /** Finite and not subnormal, so folding c₁·(c₂·a) into (c₁c₂)·a cannot overflow or lose digits. */
    private static boolean isNormal(double v) {
        return Double.isFinite(v) && Math.abs(v) >= Double.MIN_NORMAL;
    }

    private static boolean isPowerOfTwo(double v) {
        double a = Math.abs(v);
        return a != 0 && Double.isFinite(a) && a == Math.scalb(1.0, Math.getExponent(a));
    }
}
