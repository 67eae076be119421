package org.saddlepoint.expr;

import java.util.List;
import java.util.Map;

/**
 * A parsed expression f(x, y; parameters) with its exact symbolic gradient and Hessian.
 * Immutable and thread-safe; {@link #compile} binds parameter values into a fast program whose
 * outputs are, in order: f, ∂f/∂x, ∂f/∂y, ∂²f/∂x², ∂²f/∂x∂y, ∂²f/∂y² (as many as asked for).
 */
public final class Expression {
    /** How many derivative orders a compiled program computes. */
    public enum Order {
        VALUE(1), GRADIENT(3), HESSIAN(6);
        private final int outputs;
        Order(int outputs) { this.outputs = outputs; }
        public int outputs() { return outputs; }
    }

    private final String source;
    private final List<String> parameters;
    private final Expr f, fx, fy, fxx, fxy, fyy;

    private Expression(String source, List<String> parameters, Expr f) {
        this.source = source;
        this.parameters = List.copyOf(parameters);
        this.f = f;
        this.fx = Differentiator.derivative(f, "x");
        this.fy = Differentiator.derivative(f, "y");
        this.fxx = Differentiator.derivative(fx, "x");
        this.fxy = Differentiator.derivative(fx, "y");
        this.fyy = Differentiator.derivative(fy, "y");
    }

    /** Parses {@code source}; throws {@link ExprException} with the column on any fault. */
    public static Expression parse(String source, List<String> parameters) {
        return new Expression(source, parameters, ExprParser.parse(source, parameters));
    }

    public static Expression parse(String source) { return parse(source, List.of()); }

    public String source() { return source; }

    public List<String> parameters() { return parameters; }

    public Expr ast() { return f; }

    /** [∂f/∂x, ∂f/∂y], simplified. */
    public List<Expr> gradient() { return List.of(fx, fy); }

    /** [∂²f/∂x², ∂²f/∂x∂y, ∂²f/∂y²], simplified. */
    public List<Expr> hessian() { return List.of(fxx, fxy, fyy); }

    /** Compiles f and its derivatives up to {@code order} with parameters bound to values. */
    public Program compile(Order order, Map<String, Double> parameterValues) {
        List<Expr> all = List.of(f, fx, fy, fxx, fxy, fyy);
        return Program.compile(all.subList(0, order.outputs()), parameterValues);
    }

    @Override public String toString() { return source; }
}
