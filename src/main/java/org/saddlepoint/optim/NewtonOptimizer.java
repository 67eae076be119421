package org.saddlepoint.optim;

/**
 * Newton's method with step size η: θ ← θ − η·H⁻¹g, where g and H are the gradient and
 * Hessian at θ (with weight decay λ: g ← g + λθ and H ← H + λI, the L2 penalty's exact
 * derivatives). Newton goes to the nearest stationary point of the local quadratic model,
 * saddles and maxima included.
 *
 * <p>If H is singular or ill-conditioned (|λ_min| ≤ {@value #CONDITION_LIMIT}⁻¹·|λ_max|, or
 * not finite), the step falls back to the gradient step θ ← θ − η·g and the step's note says
 * why. Records: momentum = NaN, scale = the eigenvalues (λ₁, λ₂) of H with λ₁ ≥ λ₂, lr = η.
 */
final class NewtonOptimizer extends EigenbasisStep {
    /** Largest accepted condition number |λ_max|/|λ_min| of H. */
    static final double CONDITION_LIMIT = 1e12;
    static final String SINGULAR = "Hessian singular: gradient step instead of Newton step";
    static final String ILL_CONDITIONED = "Hessian ill-conditioned (|λmax/λmin| > 1e12): gradient step instead of Newton step";
    static final String NOT_FINITE = "Hessian not finite: gradient step instead of Newton step";

    NewtonOptimizer(OptimizerSpec spec) { super(spec); }

    /** Newton divides by the signed eigenvalue: dᵢ = λᵢ. */
    @Override double divisor(double lambda) { return lambda; }

    @Override String refusal(double l1, double l2) {
        double big = Math.max(Math.abs(l1), Math.abs(l2)), small = Math.min(Math.abs(l1), Math.abs(l2));
        if (!(Double.isFinite(l1) && Double.isFinite(l2))) return NOT_FINITE;
        if (small == 0) return SINGULAR;
        if (small * CONDITION_LIMIT < big) return ILL_CONDITIONED;
        return null;
    }
}
