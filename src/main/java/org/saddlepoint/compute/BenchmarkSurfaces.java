package org.saddlepoint.compute;

import java.util.List;
import java.util.Locale;
import org.saddlepoint.surface.Domain;
import org.saddlepoint.surface.ExpressionSurface;

/**
 * The five standard test functions the {@code bench} command, the JMH benchmarks and the
 * sampler contract tests share, with their usual domains: two polynomials with cheap
 * arithmetic (saddle, Rosenbrock, Himmelblau) and two transcendental ones (Rastrigin, Ackley).
 */
public enum BenchmarkSurfaces {
    SADDLE("x^2 - y^2", new Domain(-2, 2, -2, 2)),
    ROSENBROCK("(1 - x)^2 + 100*(y - x^2)^2", new Domain(-2, 2, -1, 3)),
    HIMMELBLAU("(x^2 + y - 11)^2 + (x + y^2 - 7)^2", new Domain(-5, 5, -5, 5)),
    RASTRIGIN("20 + x^2 - 10*cos(2*pi*x) + y^2 - 10*cos(2*pi*y)", new Domain(-5.12, 5.12, -5.12, 5.12)),
    ACKLEY("-20*exp(-0.2*sqrt(0.5*(x^2 + y^2))) - exp(0.5*(cos(2*pi*x) + cos(2*pi*y))) + e + 20", new Domain(-5, 5, -5, 5));

    private final String expression;
    private final Domain domain;

    BenchmarkSurfaces(String expression, Domain domain) {
        this.expression = expression;
        this.domain = domain;
    }

    /** Lower-case id, e.g. {@code rastrigin}. */
    public String id() { return name().toLowerCase(Locale.ROOT); }

    public String expression() { return expression; }

    public Domain domain() { return domain; }

    public ExpressionSurface surface() { return ExpressionSurface.of(expression); }

    /** Every id, in order. */
    public static List<String> ids() { return java.util.Arrays.stream(values()).map(BenchmarkSurfaces::id).toList(); }

    /** By id (case-insensitive); throws IllegalArgumentException naming the choices. */
    public static BenchmarkSurfaces byId(String id) {
        for (BenchmarkSurfaces s : values()) if (s.id().equalsIgnoreCase(id.strip())) return s;
        throw new IllegalArgumentException("unknown benchmark surface '" + id + "' (expected one of " + String.join(", ", ids()) + ")");
    }
}
