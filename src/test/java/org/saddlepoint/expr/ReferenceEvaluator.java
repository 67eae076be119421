package org.saddlepoint.expr;

import java.util.Map;

/**
 * Independent reference for the evaluators: walks the AST recursively with {@code java.lang.Math}
 * (no compilation, no CSE, no hoisting, {@code Math.pow} for every power).
 */
final class ReferenceEvaluator {
    private ReferenceEvaluator() { }

    static double eval(Expr e, double x, double y) { return eval(e, x, y, Map.of()); }

    static double eval(Expr e, double x, double y, Map<String, Double> params) {
        if (e instanceof Expr.Num n) return n.value();
        if (e instanceof Expr.Var v) {
            if (v.name().equals("x")) return x;
            if (v.name().equals("y")) return y;
            Double p = params.get(v.name());
            if (p == null) throw new IllegalArgumentException("unbound " + v.name());
            return p;
        }
        if (e instanceof Expr.Neg n) return -eval(n.operand(), x, y, params);
        if (e instanceof Expr.Bin b) {
            double l = eval(b.left(), x, y, params), r = eval(b.right(), x, y, params);
            return switch (b.op()) {
                case ADD -> l + r;
                case SUB -> l - r;
                case MUL -> l * r;
                case DIV -> l / r;
                case POW -> Math.pow(l, r);
            };
        }
        Expr.Call c = (Expr.Call) e;
        double a = eval(c.arg(0), x, y, params);
        double b = c.args().size() > 1 ? eval(c.arg(1), x, y, params) : Double.NaN;
        return switch (c.fn()) {
            case EXP -> Math.exp(a);
            case LOG -> Math.log(a);
            case SQRT -> Math.sqrt(a);
            case SIN -> Math.sin(a);
            case COS -> Math.cos(a);
            case TAN -> Math.tan(a);
            case TANH -> Math.tanh(a);
            case SIGMOID -> Function.sigmoid(a);   // its formula is checked against 1/(1+e^−a) separately
            case SOFTPLUS -> Function.softplus(a); // likewise against log(1+e^a)
            case ABS -> Math.abs(a);
            case RELU -> Double.isNaN(a) ? a : (a > 0 ? a : 0.0);
            case SIGN -> Math.signum(a);
            case STEP -> a > 0 ? 1.0 : 0.0;
            case POW -> Math.pow(a, b);
            case MIN -> Math.min(a, b);
            case MAX -> Math.max(a, b);
        };
    }

    /** Whether every subtree of {@code e} (not only the root) evaluates to a finite number. */
    static boolean finiteEverywhere(Expr e, double x, double y, Map<String, Double> params) {
        if (!Double.isFinite(eval(e, x, y, params))) return false;
        if (e instanceof Expr.Neg n) return finiteEverywhere(n.operand(), x, y, params);
        if (e instanceof Expr.Bin b) return finiteEverywhere(b.left(), x, y, params) && finiteEverywhere(b.right(), x, y, params);
        if (e instanceof Expr.Call c) {
            for (Expr a : c.args()) if (!finiteEverywhere(a, x, y, params)) return false;
        }
        return true;
    }

    /** True when a and b are the same double, or both NaN (−0 and +0 count as equal). */
    static boolean same(double a, double b) {
        return a == b || (Double.isNaN(a) && Double.isNaN(b));
    }

    /** Same, or finite and within {@code ulps} units in the last place of the larger. */
    static boolean withinUlps(double a, double b, int ulps) {
        if (same(a, b)) return true;
        if (!Double.isFinite(a) || !Double.isFinite(b)) return false;
        return Math.abs(a - b) <= ulps * Math.ulp(Math.max(Math.abs(a), Math.abs(b)));
    }
}
