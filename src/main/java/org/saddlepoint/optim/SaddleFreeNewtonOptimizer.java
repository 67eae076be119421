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
final class SaddleFreeNewtonOptimizer implements Optimizer {
    /** Floor δ on |λ| (absolute, in the units of the Hessian). */
    public static final double DAMPING = 1e-3;
    static final String NOT_FINITE = "Hessian not finite: gradient step instead of saddle-free Newton step";

    private final OptimizerSpec spec;
    private final double weightDecay;
    private final double[] eig = new double[4];

    SaddleFreeNewtonOptimizer(OptimizerSpec spec) {
        this.spec = spec;
        this.weightDecay = spec.weightDecay();
    }

    @Override public boolean needsHessian() { return true; }

    @Override public void step(double[] theta, double[] grad, double[] hessian, int t, double lr, StepRecord out) {
        out.clear();
        double gx = grad[0] + weightDecay * theta[0], gy = grad[1] + weightDecay * theta[1];
        SymmetricEigen2.decompose(hessian[0] + weightDecay, hessian[1], hessian[2] + weightDecay, eig);
        double a1 = Math.max(Math.abs(eig[0]), DAMPING), a2 = Math.max(Math.abs(eig[1]), DAMPING);
        out.lr = lr;
        if (!(Double.isFinite(eig[0]) && Double.isFinite(eig[1]))) {
            out.note = NOT_FINITE;
            theta[0] -= lr * gx;
            theta[1] -= lr * gy;
            return;
        }
        out.scaleX = a1;
        out.scaleY = a2;
        double vx = eig[2], vy = eig[3];
        double p1 = (vx * gx + vy * gy) / a1;
        double p2 = (-vy * gx + vx * gy) / a2;
        theta[0] -= lr * (p1 * vx - p2 * vy);
        theta[1] -= lr * (p1 * vy + p2 * vx);
    }

    @Override public void reset() { }

    @Override public OptimizerSpec spec() { return spec; }
}
