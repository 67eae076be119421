package org.saddlepoint.surface;

/**
 * A loss surface L(θ₁, θ₂) over two parameters, written f(x, y): immutable and thread-safe.
 * The math is reached through per-thread evaluators so the hot paths allocate nothing:
 * {@link #newEvaluator()} for single points (optimizers, curvature), {@link #newRowEvaluator()}
 * for grids (sampling). Surface parameters (e.g. the conditioning κ) are already bound.
 */
public interface Surface {
    /** A fresh single-point evaluator for the calling thread. */
    PointFunction newEvaluator();

    /** A fresh grid-row evaluator for the calling thread (vectorized where the surface allows). */
    default RowEvaluator newRowEvaluator() {
        PointFunction f = newEvaluator();
        return (y, x0, dx, nx, out, offset) -> {
            for (int i = 0; i < nx; i++) out[offset + i] = f.value(x0 + i * dx, y);
        };
    }

    /** Number of training examples of a data surface (then minibatches apply); 0 if analytic. */
    default int exampleCount() { return 0; }

    /** Whether gradients come from real minibatches ({@link #exampleCount()} > 0). */
    default boolean isDataSurface() { return exampleCount() > 0; }

    /** A short human-readable description of the math, e.g. the expression. */
    String describe();
}
