package org.saddlepoint.ui.model;

import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    /** Suggested start points (at least one); the first is where every optimizer starts. */
    List<NamedStart> starts();

    /** Default start (x, y) of every optimizer: the first suggested start. */
    default double[] start() { return new double[] {starts().get(0).x(), starts().get(0).y()}; }

    /** Optimizers racing by default (2–4). */
    List<RacerPreset> presets();

    /** Number of steps of an optimizer added by the user. */
    default int steps() { return presets().isEmpty() ? 200 : presets().get(0).steps(); }

    /** Whether heights are better shown on a log scale (steep valleys such as Rosenbrock). */
    boolean logHeight();

    /** The view to show first: {@code 3d} or {@code 2d}. */
    default String defaultView() { return "3d"; }

    /** Heights outside [low, high] are clipped in 3D (NaN: no clipping). */
    default double zClipLow() { return Double.NaN; }

    default double zClipHigh() { return Double.NaN; }

    Surface build(Map<String, Double> parameterValues);

    /** Whether the surface is a data surface (minibatches, batch size and seed apply). */
    default boolean dataSurface() { return false; }
}
