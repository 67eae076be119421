package org.saddlepoint.ui.model;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.saddlepoint.optim.OptimizerSpec;
import org.saddlepoint.surface.Domain;
import org.saddlepoint.surface.Surface;

/**
 * One entry of the surface list as the UI needs it: texts in the UI language, parameters with
 * ranges, the domain, a default start, the optimizers that race on it by default and view hints.
 * {@link #build(Map)} compiles the surface for parameter values (throws
 * {@link org.saddlepoint.expr.ExprException} for a bad custom expression).
 */
public interface SurfaceChoice {
    String id();

    String title(Locale locale);

    String lesson(Locale locale);

    /** The formula as text (shown, and the starting point of the custom editor). */
    String expressionText();

    List<ParameterDef> parameters();

    Domain domain();

    /** Default start (x, y) of every optimizer. */
    double[] start();

    /** Optimizers racing by default (2–4). */
    List<OptimizerSpec> presets();

    /** Default number of steps of each optimizer. */
    int steps();

    /** Whether heights are better shown on a log scale (steep valleys such as Rosenbrock). */
    boolean logHeight();

    Surface build(Map<String, Double> parameterValues);

    /** Whether the surface is a data surface (minibatches, batch size and seed apply). */
    default boolean dataSurface() { return false; }
}
