/**
 * Loss surfaces L(θ₁, θ₂) = f(x, y) and the files that describe them.
 *
 * <ul>
 *   <li>{@link org.saddlepoint.surface.Surface}: the math, thread-safe; evaluate through a
 *       per-thread {@link org.saddlepoint.surface.PointFunction} (value, exact gradient and
 *       Hessian into caller arrays, minibatch gradients for data surfaces) or
 *       {@link org.saddlepoint.surface.RowEvaluator} (grids).</li>
 *   <li>{@link org.saddlepoint.surface.ExpressionSurface}: f from an expression with symbolic
 *       derivatives; {@link org.saddlepoint.surface.DataSurface}: the mean per-example loss of a
 *       one-neuron model z = θ₁·u + θ₂·v over a {@link org.saddlepoint.surface.Dataset}.</li>
 *   <li>{@link org.saddlepoint.surface.SurfaceSpec}: a validated surface file (texts in en/zh,
 *       domain, parameters, starts, presets, view hints); {@code build(values)} gives the
 *       Surface. Every fault is one {@link org.saddlepoint.surface.SurfaceFileException}
 *       {@code FILE:LINE:COL: message}. Layout: {@code surfaces/FORMAT.md}.</li>
 *   <li>{@link org.saddlepoint.surface.SurfaceCatalog}: the bundled surfaces plus a user folder,
 *       with per-file errors.</li>
 * </ul>
 */
package org.saddlepoint.surface;
