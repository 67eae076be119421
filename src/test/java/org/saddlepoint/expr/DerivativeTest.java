package org.saddlepoint.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Symbolic gradient and Hessian vs central finite differences of the value, and closed forms. */
class DerivativeTest {
    private static final Map<String, Double> PARAMS = Map.of("a", 1.3, "b", 0.7);

    @ParameterizedTest
    @ValueSource(strings = {
        "exp(0.3*x) * y", "log(x^2 + y^2 + 1)", "sqrt(x^2 + 2*y^2 + 0.5)", "sin(x) * cos(y)", "tan(0.3*x + 0.2*y)",
        "tanh(x*y)", "sigmoid(2*x - y)", "softplus(x - y^2)", "abs(x + 5) * y", "relu(x + 5) * y^2",
        "pow(x^2 + 1, y)", "(x^2 + 1)^(0.5*y)", "2^(x*y)", "min(x - 10, y) * x", "max(x + 10, y) * y",
        "a*x^2 + b*y^3 - a*b*x*y", "x / (y^2 + 1) - y / (x^2 + 2)", "-x^4 + 3*x^2*y - y^-2",
        "sin(exp(0.5*x) * cos(y)) / (2 + tanh(x - y))",
        "(1 - x)^2 + 100*(y - x^2)^2",
        "20 + x^2 - 10*cos(2*pi*x) + y^2 - 10*cos(2*pi*y)",
        "-20*exp(-0.2*sqrt(0.5*(x^2+y^2))) - exp(0.5*(cos(2*pi*x)+cos(2*pi*y))) + e + 20",
        "(1.5 - x + x*y)^2 + (2.25 - x + x*y^2)^2 + (2.625 - x + x*y^3)^2",
        "(x^2 + y - 11)^2 + (x + y^2 - 7)^2",
        "sign(x + 9) * x^3 + step(y + 9) * y",
    })
    void gradientAndHessianMatchCentralDifferences(String src) {
        Expression f = Expression.parse(src, List.of("a", "b"));
        ScalarEvaluator value = new ScalarEvaluator(f.compile(Expression.Order.VALUE, PARAMS));
        ScalarEvaluator grad = new ScalarEvaluator(f.compile(Expression.Order.GRADIENT, PARAMS));
        ScalarEvaluator all = new ScalarEvaluator(f.compile(Expression.Order.HESSIAN, PARAMS));
        Random r = new Random(src.hashCode());
        double[] out = new double[6], g = new double[3];
        for (int k = 0; k < 20; k++) {
            double x = r.nextDouble() * 2.4 - 1.2, y = r.nextDouble() * 2.4 - 1.2;
            all.evaluate(x, y, out);
            grad.evaluate(x, y, g);
            assertEquals(out[0], g[0], 0.0);
            assertEquals(out[1], g[1], 0.0);
            assertEquals(out[2], g[2], 0.0);
            double hx = 1e-5 * Math.max(1, Math.abs(x)), hy = 1e-5 * Math.max(1, Math.abs(y));
            // first derivatives from the value; second from the symbolic gradient (one FD step each)
            double fx = (v(value, x + hx, y) - v(value, x - hx, y)) / (2 * hx);
            double fy = (v(value, x, y + hy) - v(value, x, y - hy)) / (2 * hy);
            double[] gxp = g(grad, x + hx, y), gxm = g(grad, x - hx, y), gyp = g(grad, x, y + hy), gym = g(grad, x, y - hy);
            double fxx = (gxp[1] - gxm[1]) / (2 * hx), fxyA = (gyp[1] - gym[1]) / (2 * hy);
            double fxyB = (gxp[2] - gxm[2]) / (2 * hx), fyy = (gyp[2] - gym[2]) / (2 * hy);
            String at = src + " at (" + x + ", " + y + ")";
            close(fx, out[1], at + " fx");
            close(fy, out[2], at + " fy");
            close(fxx, out[3], at + " fxx");
            close(fxyA, out[4], at + " fxy");
            close(fxyB, out[4], at + " fyx");
            close(fyy, out[5], at + " fyy");
        }
    }

    private static double v(ScalarEvaluator e, double x, double y) {
        e.evaluate(x, y);
        return e.output(0);
    }

    private static double[] g(ScalarEvaluator e, double x, double y) {
        double[] out = new double[3];
        e.evaluate(x, y, out);
        return out;
    }

    /** Central differences err by O(h²·f‴) + O(ε·f/h): about 1e-6 relative to the scale. */
    private static void close(double fd, double exact, String what) {
        double tol = 1e-6 * Math.max(1, Math.abs(exact));
        assertTrue(Math.abs(fd - exact) <= tol, what + ": finite difference " + fd + " vs symbolic " + exact);
    }

    @Test void sigmoidDerivativeIsSTimesOneMinusS() {
        ScalarEvaluator e = new ScalarEvaluator(Expression.parse("sigmoid(x)").compile(Expression.Order.HESSIAN, Map.of()));
        for (double x : new double[] {-30, -3, -0.5, 0, 0.25, 2, 40}) {
            double s = 1 / (1 + Math.exp(-x));
            e.evaluate(x, 0);
            assertEquals(s, e.output(0), 1e-15);
            assertEquals(s * (1 - s), e.output(1), 1e-15);
            assertEquals(s * (1 - s) * (1 - 2 * s), e.output(3), 1e-15);
            assertEquals(0.0, e.output(2));
        }
    }

    @Test void softplusMatchesLogOnePlusExpAndHasSigmoidSlope() {
        ScalarEvaluator e = new ScalarEvaluator(Expression.parse("softplus(x)").compile(Expression.Order.GRADIENT, Map.of()));
        for (double x : new double[] {-20, -1, 0, 0.5, 3, 15}) {
            e.evaluate(x, 0);
            assertEquals(Math.log(1 + Math.exp(x)), e.output(0), 1e-14);
            assertEquals(1 / (1 + Math.exp(-x)), e.output(1), 1e-15);
        }
        e.evaluate(800, 0);
        assertEquals(800.0, e.output(0)); // no overflow of e^x
    }

    @Test void subgradientsOfKinksFollowTorch() {
        ScalarEvaluator relu = new ScalarEvaluator(Expression.parse("relu(x)").compile(Expression.Order.HESSIAN, Map.of()));
        relu.evaluate(0, 0);
        assertEquals(0.0, relu.output(1));
        relu.evaluate(2, 0);
        assertEquals(1.0, relu.output(1));
        relu.evaluate(-2, 0);
        assertEquals(0.0, relu.output(1));
        ScalarEvaluator abs = new ScalarEvaluator(Expression.parse("abs(x)").compile(Expression.Order.GRADIENT, Map.of()));
        for (double x : new double[] {-3, -1e-300, 0, 1e-300, 4}) {
            abs.evaluate(x, 0);
            assertEquals(Math.signum(x), abs.output(1), "d|x| at " + x);
        }
        assertEquals(new Expr.Call(Function.SIGN, new Expr.Var("x")), Expression.parse("abs(x)").gradient().get(0));
        assertEquals(new Expr.Call(Function.STEP, new Expr.Var("x")), Expression.parse("relu(x)").gradient().get(0));
    }

    @Test void exactSymbolicForms() {
        Expression f = Expression.parse("x^3*y + a*y", List.of("a"));
        assertEquals(ExprParser.parse("3 * x ^ 2 * y"), f.gradient().get(0));
        assertEquals(ExprParser.parse("x ^ 3 + a", List.of("a")), f.gradient().get(1));
        assertEquals(ExprParser.parse("3 * x ^ 2"), f.hessian().get(1));
        assertEquals(Expr.Num.ZERO, f.hessian().get(2));
        assertEquals(Expr.Num.ZERO, Expression.parse("a*b", List.of("a", "b")).gradient().get(0));
    }

    @Test void derivativeOfDeepCompositionsStaysSmallAsAProgram() {
        // the derivative DAG shares subtrees; compiling must not expand it into a tree
        Expression f = Expression.parse("sin(".repeat(60) + "x*y" + ")".repeat(60));
        Program p = f.compile(Expression.Order.HESSIAN, Map.of());
        assertTrue(p.instructionCount() < 2_000, p.instructionCount() + " instructions");
        assertTrue(f.hessian().get(0).size() > 50_000, "the expanded tree is large");
    }
}
