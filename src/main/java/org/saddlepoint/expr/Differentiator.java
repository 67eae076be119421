package org.saddlepoint.expr;

import static org.saddlepoint.expr.Simplifier.bin;
import static org.saddlepoint.expr.Simplifier.neg;

import org.saddlepoint.expr.Expr.Bin;
import org.saddlepoint.expr.Expr.Call;
import org.saddlepoint.expr.Expr.Neg;
import org.saddlepoint.expr.Expr.Num;
import org.saddlepoint.expr.Expr.Var;

/**
 * Exact symbolic differentiation, simplified as it is built. Non-smooth functions use the
 * subgradient conventions of PyTorch's autograd: {@code d relu(u) = step(u)·u'} with
 * {@code step(0) = 0}, {@code d abs(u) = sign(u)·u'}, {@code d max(a,b) = step(a−b)·a' +
 * (1−step(a−b))·b'}.
 */
public final class Differentiator {
    private Differentiator() { }

    /** ∂e/∂name. */
    public static Expr derivative(Expr e, String name) {
        return Simplifier.simplify(d(e, name));
    }

    private static Expr mul(Expr a, Expr b) { return bin(BinaryOp.MUL, a, b); }

    private static Expr add(Expr a, Expr b) { return bin(BinaryOp.ADD, a, b); }

    private static Expr sub(Expr a, Expr b) { return bin(BinaryOp.SUB, a, b); }

    private static Expr div(Expr a, Expr b) { return bin(BinaryOp.DIV, a, b); }

    private static Expr pow(Expr a, Expr b) { return bin(BinaryOp.POW, a, b); }

    private static Expr call(Function f, Expr a) { return new Call(f, a); }

    private static Expr num(double v) { return new Num(v); }

    private static Expr d(Expr e, String v) {
        if (!e.mentions(v)) return Num.ZERO;
        if (e instanceof Var) return Num.ONE;
        if (e instanceof Neg n) return neg(d(n.operand(), v));
        if (e instanceof Bin b) return dBin(b, v);
        return dCall((Call) e, v);
    }

    private static Expr dBin(Bin b, String v) {
        Expr u = b.left(), w = b.right();
        Expr du = d(u, v), dw = d(w, v);
        return switch (b.op()) {
            case ADD -> add(du, dw);
            case SUB -> sub(du, dw);
            case MUL -> add(mul(du, w), mul(u, dw));
            // (u/w)' = u'/w − u·w'/w²
            case DIV -> sub(div(du, w), div(mul(u, dw), pow(w, Num.TWO)));
            case POW -> dPow(u, w, du, dw, v);
        };
    }

    /** (u^w)' = w·u^(w−1)·u' when w is free of v, else u^w·(w'·log u + w·u'/u). */
    private static Expr dPow(Expr u, Expr w, Expr du, Expr dw, String v) {
        if (!w.mentions(v)) {
            Expr exponent = w instanceof Num n ? num(n.value() - 1) : sub(w, Num.ONE);
            return mul(mul(w, pow(u, exponent)), du);
        }
        if (!u.mentions(v)) return mul(mul(pow(u, w), call(Function.LOG, u)), dw);
        return mul(pow(u, w), add(mul(dw, call(Function.LOG, u)), div(mul(w, du), u)));
    }

    private static Expr dCall(Call c, String v) {
        Expr u = c.arg(0);
        Expr du = d(u, v);
        return switch (c.fn()) {
            case EXP -> mul(c, du);
            case LOG -> div(du, u);
            case SQRT -> div(du, mul(Num.TWO, c));
            case SIN -> mul(call(Function.COS, u), du);
            case COS -> neg(mul(call(Function.SIN, u), du));
            case TAN -> mul(add(Num.ONE, pow(c, Num.TWO)), du);
            case TANH -> mul(sub(Num.ONE, pow(c, Num.TWO)), du);
            case SIGMOID -> mul(mul(c, sub(Num.ONE, c)), du);
            case SOFTPLUS -> mul(call(Function.SIGMOID, u), du);
            case ABS -> mul(call(Function.SIGN, u), du);
            case RELU -> mul(call(Function.STEP, u), du);
            case SIGN, STEP -> Num.ZERO;
            case POW -> dPow(u, c.arg(1), du, d(c.arg(1), v), v);
            case MAX -> choose(call(Function.STEP, sub(u, c.arg(1))), du, d(c.arg(1), v));
            case MIN -> choose(call(Function.STEP, sub(c.arg(1), u)), du, d(c.arg(1), v));
        };
    }

    /** s·a + (1−s)·b for a selector s ∈ {0, 1}. */
    private static Expr choose(Expr s, Expr a, Expr b) {
        return add(mul(s, a), mul(sub(Num.ONE, s), b));
    }
}
