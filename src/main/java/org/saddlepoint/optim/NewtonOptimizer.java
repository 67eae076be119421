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
final class NewtonOptimizer implements Optimizer {
    /** Largest accepted condition number |λ_max|/|λ_min| of H. */
    static final double CONDITION_LIMIT = 1e12;
    static final String SINGULAR = "Hessian singular: gradient step instead of Newton step";
    static final String ILL_CONDITIONED = "Hessian ill-conditioned (|λmax/λmin| > 1e12): gradient step instead of Newton step";
    static final String NOT_FINITE = "Hessian not finite: gradient step instead of Newton step";

    private final OptimizerSpec spec;
    private final double weightDecay;
    private final double[] eig = new double[4];

    NewtonOptimizer(OptimizerSpec spec) {
        this.spec = spec;
        this.weightDecay = spec.weightDecay();
    }

    @Override public boolean needsHessian() { return true; }

    @Override public void step(double[] theta, double[] grad, double[] hessian, int t, double lr, StepRecord out) {
        out.clear();
        double gx = grad[0] + weightDecay * theta[0], gy = grad[1] + weightDecay * theta[1];
        double a = hessian[0] + weightDecay, b = hessian[1], c = hessian[2] + weightDecay;
        SymmetricEigen2.decompose(a, b, c, eig);
        double l1 = eig[0], l2 = eig[1];
        out.scaleX = l1;
        out.scaleY = l2;
        out.lr = lr;
        double big = Math.max(Math.abs(l1), Math.abs(l2)), small = Math.min(Math.abs(l1), Math.abs(l2));
        String why = null;
        if (!(Double.isFinite(l1) && Double.isFinite(l2))) why = NOT_FINITE;
        else if (small == 0) why = SINGULAR;
        else if (small * CONDITION_LIMIT < big) why = ILL_CONDITIONED;
        if (why != null) {
            out.note = why;
            theta[0] -= lr * gx;
            theta[1] -= lr * gy;
            return;
        }
        // H⁻¹g = V Λ⁻¹ Vᵀ g (the eigenbasis form keeps accuracy when H is nearly singular)
        double vx = eig[2], vy = eig[3];
        double p1 = (vx * gx + vy * gy) / l1;     // component along v₁ = (vx, vy)
        double p2 = (-vy * gx + vx * gy) / l2;    // component along v₂ = (−vy, vx)
        theta[0] -= lr * (p1 * vx - p2 * vy);
        theta[1] -= lr * (p1 * vy + p2 * vx);
    }

    @Override public void reset() { }

    @Override public OptimizerSpec spec() { return spec; }
}
