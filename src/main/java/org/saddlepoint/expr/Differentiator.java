package org.saddlepoint.expr;

import static org.saddlepoint.expr.Simplifier.bin;
import static org.saddlepoint.expr.Simplifier.neg;

import java.util.IdentityHashMap;
import java.util.Map;
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
    private final String v;
    // Memos by identity: derivatives share subtrees (a DAG), so each distinct node is
    // differentiated once instead of once per path to it (which is exponential in the depth).
    private final Map<Expr, Expr> derivatives = new IdentityHashMap<>();
    private final Map<Expr, Boolean> mentions = new IdentityHashMap<>();

    private Differentiator(String v) { this.v = v; }

    /** ∂e/∂name. */
    public static Expr derivative(Expr e, String name) {
        return Simplifier.simplify(new Differentiator(name).d(e));
    }

    private static Expr mul(Expr a, Expr b) { return bin(BinaryOp.MUL, a, b); }

    private static Expr add(Expr a, Expr b) { return bin(BinaryOp.ADD, a, b); }

    private static Expr sub(Expr a, Expr b) { return bin(BinaryOp.SUB, a, b); }

    private static Expr div(Expr a, Expr b) { return bin(BinaryOp.DIV, a, b); }

    private static Expr pow(Expr a, Expr b) { return bin(BinaryOp.POW, a, b); }

    private static Expr call(Function f, Expr a) { return new Call(f, a); }

    private static Expr num(double v) { return new Num(v); }

    private Expr d(Expr e) {
        Expr done = derivatives.get(e);
        if (done != null) return done;
        Expr result;
        if (!mentions(e)) result = Num.ZERO;
        else if (e instanceof Var) result = Num.ONE;
        else if (e instanceof Neg n) result = neg(d(n.operand()));
        else if (e instanceof Bin b) result = dBin(b);
        else result = dCall((Call) e);
        derivatives.put(e, result);
        return result;
    }

    /** Whether {@code e} depends on the variable, memoized like {@link #d}. */
    private boolean mentions(Expr e) {
        if (e instanceof Var var) return var.name().equals(v);
        if (e instanceof Num) return false;
        Boolean known = mentions.get(e);
        if (known != null) return known;
        boolean m;
        if (e instanceof Neg n) m = mentions(n.operand());
        else if (e instanceof Bin b) m = mentions(b.left()) || mentions(b.right());
        else {
            m = false;
            for (Expr a : ((Call) e).args()) m |= mentions(a);
        }
        mentions.put(e, m);
        return m;
    }

    private Expr dBin(Bin b) {
        Expr u = b.left(), w = b.right();
        Expr du = d(u), dw = d(w);
        return switch (b.op()) {
            case ADD -> add(du, dw);
            case SUB -> sub(du, dw);
            case MUL -> add(mul(du, w), mul(u, dw));
            // (u/w)' = u'/w − u·w'/w²
            case DIV -> sub(div(du, w), div(mul(u, dw), pow(w, Num.TWO)));
            case POW -> dPow(u, w, du, dw);
        };
    }

    /** (u^w)' = w·u^(w−1)·u' when w is free of v, else u^w·(w'·log u + w·u'/u). */
    private Expr dPow(Expr u, Expr w, Expr du, Expr dw) {
        if (!mentions(w)) {
            Expr exponent = w instanceof Num n ? num(n.value() - 1) : sub(w, Num.ONE);
            return mul(mul(w, pow(u, exponent)), du);
        }
        if (!mentions(u)) return mul(mul(pow(u, w), call(Function.LOG, u)), dw);
        return mul(pow(u, w), add(mul(dw, call(Function.LOG, u)), div(mul(w, du), u)));
    }

    private Expr dCall(Call c) {
        Expr u = c.arg(0);
        Expr du = d(u);
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
            case POW -> dPow(u, c.arg(1), du, d(c.arg(1)));
            case MAX -> choose(call(Function.STEP, sub(u, c.arg(1))), du, d(c.arg(1)));
            case MIN -> choose(call(Function.STEP, sub(c.arg(1), u)), du, d(c.arg(1)));
        };
    }

    /** s·a + (1−s)·b for a selector s ∈ {0, 1}. */
    private static Expr choose(Expr s, Expr a, Expr b) {
        return add(mul(s, a), mul(sub(Num.ONE, s), b));
    }
}
