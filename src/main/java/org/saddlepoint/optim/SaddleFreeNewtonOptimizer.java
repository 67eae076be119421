package org.saddlepoint.optim;

/**
 * Saddle-free Newton (Dauphin et al., 2014): θ ← θ − η·|H|⁻¹g with |H| = V|Λ|Vᵀ from the
 * closed-form symmetric eigendecomposition of the 2×2 Hessian ({@link SymmetricEigen2}).
 * Rescaling by |λ| keeps Newton's step length along each eigenvector but always goes downhill:
 * along a negative-curvature direction it moves away from a saddle where Newton moves towards it.
 *
 * <p>Damping: each |λᵢ| is floored at δ = {@value #DAMPING} (|λᵢ| ← max(|λᵢ|, δ)), so flat or
 * singular directions get the bounded step η·g/δ instead of an infinite one. With weight decay
 * λ, g ← g + λθ and H ← H + λI. Records: momentum = NaN, scale = the floored |λ₁|, |λ₂|
 * (λ₁ ≥ λ₂ the signed eigenvalues), lr = η. A non-finite Hessian falls back to a gradient step
 * (with a note).
 */
final class SaddleFreeNewtonOptimizer extends EigenbasisStep {
    /** Floor δ on |λ| (absolute, in the units of the Hessian). */
    public static final double DAMPING = 1e-3;
    static final String NOT_FINITE = "Hessian not finite: gradient step instead of saddle-free Newton step";

    SaddleFreeNewtonOptimizer(OptimizerSpec spec) { super(spec); }

    /** dᵢ = max(|λᵢ|, δ). */
    @Override double divisor(double lambda) { return Math.max(Math.abs(lambda), DAMPING); }

    @Override String refusal(double l1, double l2) { return Double.isFinite(l1) && Double.isFinite(l2) ? null : NOT_FINITE; }
}
