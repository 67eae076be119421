package org.saddlepoint.surface;

import java.util.Map;
import org.saddlepoint.expr.Expression;
import org.saddlepoint.expr.GridEvaluator;
import org.saddlepoint.expr.Program;
import org.saddlepoint.expr.ScalarEvaluator;

/**
 * A surface given by an expression f(x, y; p) with parameter values bound: exact symbolic
 * gradient and Hessian, compiled once into shared immutable programs.
 */
public final class ExpressionSurface implements Surface {
    private final Expression expression;
    private final Map<String, Double> parameterValues;
    private final Program valueProgram, gradientProgram, hessianProgram;

    public ExpressionSurface(Expression expression, Map<String, Double> parameterValues) {
        this.expression = expression;
        this.parameterValues = Map.copyOf(parameterValues);
        this.valueProgram = expression.compile(Expression.Order.VALUE, this.parameterValues);
        this.gradientProgram = expression.compile(Expression.Order.GRADIENT, this.parameterValues);
        this.hessianProgram = expression.compile(Expression.Order.HESSIAN, this.parameterValues);
    }

    /** Parses {@code source} (no parameters); throws ExprException on a fault. */
    public static ExpressionSurface of(String source) {
        return new ExpressionSurface(Expression.parse(source), Map.of());
    }

    public Expression expression() { return expression; }

    public Map<String, Double> parameterValues() { return parameterValues; }

    /** The compiled f-only program (for backends that translate it, e.g. OpenCL). */
    public Program valueProgram() { return valueProgram; }

    @Override public PointFunction newEvaluator() {
        ScalarEvaluator v = new ScalarEvaluator(valueProgram);
        ScalarEvaluator g = new ScalarEvaluator(gradientProgram);
        ScalarEvaluator h = new ScalarEvaluator(hessianProgram);
        return new PointFunction() {
            @Override public double value(double x, double y) {
                v.evaluate(x, y);
                return v.output(0);
            }

            @Override public double gradient(double x, double y, double[] out) {
                g.evaluate(x, y);
                out[0] = g.output(1);
                out[1] = g.output(2);
                return g.output(0);
            }

            @Override public void hessian(double x, double y, double[] out) {
                h.evaluate(x, y);
                out[0] = h.output(3);
                out[1] = h.output(4);
                out[2] = h.output(5);
            }
        };
    }

    @Override public RowEvaluator newRowEvaluator() {
        GridEvaluator grid = new GridEvaluator(valueProgram);
        return (y, x0, dx, nx, out, offset) -> grid.evaluateRow(y, x0, dx, nx, 0, out, offset);
    }

    @Override public String describe() { return expression.source(); }
}
