package org.saddlepoint.surface;

/**
 * Evaluates one surface at single points, exactly (no finite differences), with no allocation
 * per call. Not thread-safe: obtain one per thread from {@link Surface#newEvaluator()}.
 */
public interface PointFunction {
    /** f(x, y). */
    double value(double x, double y);

    /** Writes ∇f = [∂f/∂x, ∂f/∂y] into {@code g[0..1]} and returns f(x, y). */
    double gradient(double x, double y, double[] g);

    /** Writes the Hessian [∂²f/∂x², ∂²f/∂x∂y, ∂²f/∂y²] into {@code h[0..2]}. */
    void hessian(double x, double y, double[] h);

    /**
     * Minibatch gradient of a data surface: the mean of the per-example gradients over the
     * examples {@code indices[from..to)}, written into {@code g[0..1]}; returns the mean
     * per-example loss over the same examples. Analytic surfaces (no examples) throw
     * {@link UnsupportedOperationException}.
     */
    default double batchGradient(double x, double y, int[] indices, int from, int to, double[] g) {
        throw new UnsupportedOperationException("this surface has no examples");
    }
}
