package org.saddlepoint.analysis;

import org.saddlepoint.surface.PointFunction;

/**
 * Escaping a saddle along a negative-curvature direction (lecture: at a critical point θ',
 * L(θ) ≈ L(θ') + ½(θ−θ')ᵀH(θ−θ'); with u the unit eigenvector of an eigenvalue λ < 0 and
 * Δ = s·u, the model predicts L(θ'+Δ) − L(θ') = ½λ‖Δ‖² = ½λs² < 0).
 *
 * <p>{@link #step} takes u for the most negative eigenvalue λ₁ and compares the prediction
 * with the actual change; their difference is the Taylor remainder, O(‖Δ‖³). The full
 * quadratic model's change gᵀΔ + ½λs² is reported too (g ≈ 0 at a critical point).
 *
 * @param x0            start x (the saddle)
 * @param y0            start y
 * @param dx            Δx = s·u₁x
 * @param dy            Δy = s·u₁y
 * @param lambda        λ₁, the most negative eigenvalue
 * @param predicted     ½λ₁s², the lecture's prediction
 * @param quadratic     gᵀΔ + ½λ₁s², the full quadratic model's change
 * @param actual        f(θ'+Δ) − f(θ')
 */
public record SaddleEscape(double x0, double y0, double dx, double dy, double lambda, double predicted,
                           double quadratic, double actual) {

    /**
     * Steps {@code s} (signed) along u₁ from the point {@code at} describes. Throws
     * IllegalArgumentException when H has no negative eigenvalue there (nothing to escape along).
     */
    public static SaddleEscape step(PointFunction f, Curvature at, double s) {
        if (!(at.lambda1() < 0)) {
            throw new IllegalArgumentException("no negative curvature at (" + at.x() + ", " + at.y() + "): λ₁ = " + at.lambda1());
        }
        double dx = s * at.v1x(), dy = s * at.v1y();
        double predicted = 0.5 * at.lambda1() * s * s;
        double quadratic = at.gx() * dx + at.gy() * dy + predicted;
        double actual = f.value(at.x() + dx, at.y() + dy) - at.value();
        return new SaddleEscape(at.x(), at.y(), dx, dy, at.lambda1(), predicted, quadratic, actual);
    }

    /** ‖Δ‖ = |s|. */
    public double stepLength() { return Math.hypot(dx, dy); }

    /** actual − predicted: the part the quadratic model misses, O(‖Δ‖³). */
    public double error() { return actual - predicted; }
}
