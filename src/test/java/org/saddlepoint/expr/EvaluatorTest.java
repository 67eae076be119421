package org.saddlepoint.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** ScalarEvaluator and GridEvaluator against the recursive reference, on awkward grid sizes. */
class EvaluatorTest {
    private static final Map<String, Double> PARAMS = Map.of("a", 1.25, "b", -0.75);
    private static final int[] WIDTHS = {1, 7, 255, 256, 257, 600};

    /** Expressions without integer powers ≥ 3 or < 0: compiled code must match bit for bit. */
    @ParameterizedTest
    @ValueSource(strings = {
        "x^2 - y^2", "y^2", "3", "y", "x", "a", "-y", "x + y", "sin(y) * x + cos(y)", "exp(-y^2) + log(a + y^2) * x",
        "sigmoid(x) + softplus(y) - tanh(x*y)",
        "sin(x)*sin(x) + sin(x)", "pow(abs(x) + 1, y) + 2^y + (y^2 + 1)^x", "sqrt(x^2 + y^2) / (1 + x^2)",
        "tan(0.1*x + 0.2*y) + y/a", "(1 - x)^2 + 100*(y - x^2)^2",
        "cos(2*pi*y) * exp(y) - y^0.5",
        // fused squares inside a sum, difference or product, on either side (one loop each)
        "x*y - (x + y)^2", "(x - y)^2 * (x*y)", "(x*y)^2 + (x - y)^2", "cos(y) - (x*y - 1)^2", "(x + y)^2 - cos(x)",
    })
    void scalarAndGridAgreeBitForBitWithTheReference(String src) {
        check(src, 0);
    }

    /**
     * Integer powers compile to repeated multiplication, within an ulp or two of Math.pow per
     * power; after cancellation in sums that is 1e-13 of max(1, |value|), no longer in ulps of the result.
     */
    @ParameterizedTest
    @ValueSource(strings = {"x^3 + y^4", "(x^2 + y - 11)^2 + (x + y^2 - 7)^2 + x^-1", "(1.5 - x + x*y)^2 + (2.625 - x + x*y^3)^2",
        "y^5 * x^-2", "x^16"})
    void integerPowersAgreeWithinUlps(String src) {
        check(src, -1);
    }

    /**
     * Sums whose terms the compiler regroups (x-only and x-free terms summed apart, so a grid
     * computes them once per column and row) agree with the written order to rounding only.
     */
    @ParameterizedTest
    @ValueSource(strings = {"max(x, y) + min(x, a) + abs(y) + relu(x - b) + sign(y) + step(x)",
        "20 + x^2 - 10*cos(2*pi*x) + y^2 - 10*cos(2*pi*y)", "x^2 + y - 11 - x*y", "-y - x - 3 - x*y + y^2",
        // exponentials of bounded x-only + y-only sums are split into exp(·)·exp(·)
        "-20*exp(-0.2*sqrt(0.5*(x^2+y^2))) - exp(0.5*(cos(2*pi*x)+cos(2*pi*y))) + e + 20",
        "exp(sin(x) - 2*tanh(y) + 1) * x", "exp(-(cos(x) * 3 - sigmoid(y)))"})
    void regroupedSumsAgreeWithinRounding(String src) {
        check(src, -1);
    }

    /** exp of a bounded x-only plus y-only sum is split (one product per point); an unbounded or mixed exponent is not. */
    @Test void boundedSeparableExponentsAreSplit() {
        Program ackley = Expression.parse("exp(0.5*(cos(2*pi*x)+cos(2*pi*y)))").compile(Expression.Order.VALUE, Map.of());
        assertEquals(List.of("mul"), perPointOps(ackley), ackley.toString());
        for (String kept : List.of("exp(x + y)", "exp(cos(x*y) + cos(y))", "exp(cos(x) + 1)")) {
            Program p = Expression.parse(kept).compile(Expression.Order.VALUE, Map.of());
            assertTrue(p.toString().chars().filter(ch -> ch == 'e').count() >= 1 && p.toString().split("exp\\(", -1).length - 1 == 1, kept + ": one exp " + p);
        }
    }

    private static List<String> perPointOps(Program p) {
        List<String> ops = new java.util.ArrayList<>();
        for (int i = 0; i < p.instructionCount(); i++) {
            int d = p.destination(i);
            if (p.dependsOnX[d] && p.dependsOnY[d]) ops.add(Program.opName(p.opcode(i)));
        }
        return ops;
    }

    /** Himmelblau's (x² + y − 11)² + (x + y² − 7)² needs five per-point (x-and-y) instructions, not seven as written. */
    @Test void regroupingLeavesFewerInstructionsThatDependOnXAndY() {
        Program p = Expression.parse("(x^2 + y - 11)^2 + (x + y^2 - 7)^2").compile(Expression.Order.VALUE, Map.of());
        int both = 0;
        for (int i = 0; i < p.instructionCount(); i++) {
            int d = p.destination(i);
            if (p.dependsOnX[d] && p.dependsOnY[d]) both++;
        }
        assertEquals(5, both, p.toString()); // x²+(y−11), its square, x+(y²−7), its square, the sum
    }

    /** ulps ≥ 0: within that many ulps; −1: within 1e-13·max(1, |want|). */
    private static boolean agrees(double want, double got, int ulps) {
        if (ulps >= 0) return ReferenceEvaluator.withinUlps(want, got, ulps);
        return ReferenceEvaluator.same(want, got) || Math.abs(want - got) <= 1e-13 * Math.max(1, Math.abs(want));
    }

    private static void check(String src, int ulps) {
        Expression f = Expression.parse(src, List.of("a", "b"));
        Program p = f.compile(Expression.Order.HESSIAN, PARAMS);
        List<Expr> outputs = List.of(f.ast(), f.gradient().get(0), f.gradient().get(1),
                f.hessian().get(0), f.hessian().get(1), f.hessian().get(2));
        ScalarEvaluator scalar = new ScalarEvaluator(p);
        GridEvaluator grid = new GridEvaluator(p);
        double[] out = new double[6];
        for (int nx : WIDTHS) {
            double x0 = -2.1, dx = 4.3 / nx;
            double[] row = new double[nx + 3];
            for (double y : new double[] {-1.7, 0, 0.3, 2.2}) {
                for (int k = 0; k < 6; k++) {
                    grid.evaluateRow(y, x0, dx, nx, k, row, 3);
                    for (int i = 0; i < nx; i++) {
                        double x = x0 + i * dx;
                        scalar.evaluate(x, y, out);
                        double want = ReferenceEvaluator.eval(outputs.get(k), x, y, PARAMS);
                        String at = src + " output " + k + " at (" + x + ", " + y + ") nx=" + nx;
                        assertTrue(ReferenceEvaluator.same(out[k], row[3 + i]), at + ": scalar " + out[k] + " grid " + row[3 + i]);
                        assertTrue(agrees(want, out[k], ulps), at + ": reference " + want + " scalar " + out[k]);
                    }
                }
            }
        }
        double[] xs = {0.5, -1.5, 2}, ys = {1, 0.25, -3}, pts = new double[3];
        grid.evaluatePoints(xs, ys, 3, 0, pts);
        for (int i = 0; i < 3; i++) {
            assertTrue(agrees(ReferenceEvaluator.eval(f.ast(), xs[i], ys[i], PARAMS), pts[i], ulps));
        }
    }

    @Test void gridRowLeavesTheRestOfTheOutputAlone() {
        GridEvaluator g = new GridEvaluator(Program.compile(ExprParser.parse("y"), Map.of()));
        double[] out = new double[300];
        java.util.Arrays.fill(out, 9);
        g.evaluateRow(4, 0, 1, 290, 0, out, 5);
        for (int i = 0; i < 300; i++) assertEquals(i >= 5 && i < 295 ? 4.0 : 9.0, out[i], "index " + i);
    }

    @Test void commonSubexpressionsAreComputedOnce() {
        Program p = Program.compile(ExprParser.parse("sin(x)*sin(x) + sin(x)"), Map.of());
        int sins = 0;
        for (int i = 0; i < p.instructionCount(); i++) if (p.opcode(i) == Program.SIN) sins++;
        assertEquals(1, sins, p.toString());
        assertEquals(3, p.instructionCount(), p.toString()); // sin, square, add
        Program shared = Expression.parse("exp(x*y)").compile(Expression.Order.HESSIAN, Map.of());
        int exps = 0;
        for (int i = 0; i < shared.instructionCount(); i++) if (shared.opcode(i) == Program.EXP) exps++;
        assertEquals(1, exps, shared.toString());
    }

    @Test void nonFiniteValuesFlowThroughWithoutExceptions() {
        ScalarEvaluator s = new ScalarEvaluator(Program.compile(List.of(ExprParser.parse("log(x)"), ExprParser.parse("1/x"),
                ExprParser.parse("relu(log(x))"), ExprParser.parse("sqrt(x)")), Map.of()));
        s.evaluate(-1, 0);
        assertTrue(Double.isNaN(s.output(0)));
        assertEquals(-1.0, s.output(1));
        assertTrue(Double.isNaN(s.output(2)), "relu keeps NaN, as torch does");
        assertTrue(Double.isNaN(s.output(3)));
        s.evaluate(0, 0);
        assertEquals(Double.NEGATIVE_INFINITY, s.output(0));
        assertEquals(Double.POSITIVE_INFINITY, s.output(1));
        s.evaluate(-0.0, 0);
        assertEquals(Double.NEGATIVE_INFINITY, s.output(1));

        GridEvaluator g = new GridEvaluator(Program.compile(ExprParser.parse("1/x + log(x)"), Map.of()));
        double[] row = new double[5];
        g.evaluateRow(0, -2, 1, 5, 0, row, 0);  // x = -2, -1, 0, 1, 2
        assertTrue(Double.isNaN(row[0]) && Double.isNaN(row[1]));
        assertTrue(Double.isNaN(row[2]), "1/0 + log 0 = ∞ − ∞");
        assertEquals(1.0, row[3]);
        assertEquals(0.5 + Math.log(2), row[4]);
        GridEvaluator inv = new GridEvaluator(Program.compile(ExprParser.parse("1/x"), Map.of()));
        inv.evaluateRow(0, -1, 1, 3, 0, row, 0);
        assertEquals(Double.POSITIVE_INFINITY, row[1]);
    }

    @Test void powerOfAHalfKeepsPowSemantics() {
        ScalarEvaluator s = new ScalarEvaluator(Program.compile(ExprParser.parse("x^0.5"), Map.of()));
        s.evaluate(Double.NEGATIVE_INFINITY, 0);
        assertEquals(Double.POSITIVE_INFINITY, s.output(0)); // Math.pow(−∞, 0.5) = +∞, sqrt(−∞) = NaN
    }
}
