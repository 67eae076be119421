package org.saddlepoint.optim;

/**
 * A second-order step taken in the eigenbasis of the Hessian: with H + λI = V·diag(λ₁, λ₂)·Vᵀ
 * (closed form, {@link SymmetricEigen2}) and g ← g + λθ (weight decay λ, the L2 penalty's exact
 * derivatives), θ ← θ − η·V·diag(1/d₁, 1/d₂)·Vᵀ·g, where a subclass chooses each divisor dᵢ from
 * λᵢ (Newton: dᵢ = λᵢ; saddle-free Newton: dᵢ = max(|λᵢ|, δ)). The eigenbasis form keeps accuracy
 * when H is nearly singular. When the subclass refuses the step it names the reason, and the
 * step falls back to θ ← θ − η·g with that note. Records: momentum = NaN, scale = (d₁, d₂) when
 * finite, lr = η.
 */
abstract class EigenbasisStep implements Optimizer {
    private final OptimizerSpec spec;
    private final double weightDecay;
    private final double[] eig = new double[4];

    EigenbasisStep(OptimizerSpec spec) {
        this.spec = spec;
        this.weightDecay = spec.weightDecay();
    }

    /** The divisor dᵢ for eigenvalue λᵢ. */
    abstract double divisor(double lambda);

    /** Why no second-order step can be taken with eigenvalues λ₁ ≥ λ₂ (null: take it). */
    abstract String refusal(double l1, double l2);

    @Override public final boolean needsHessian() { return true; }

    @Override public final void step(double[] theta, double[] grad, double[] hessian, int t, double lr, StepRecord out) {
        out.clear();
        double gx = grad[0] + weightDecay * theta[0], gy = grad[1] + weightDecay * theta[1];
        SymmetricEigen2.decompose(hessian[0] + weightDecay, hessian[1], hessian[2] + weightDecay, eig);
        double d1 = divisor(eig[0]), d2 = divisor(eig[1]);
        if (Double.isFinite(d1) && Double.isFinite(d2)) {
            out.scaleX = d1;
            out.scaleY = d2;
        }
        out.lr = lr;
        String why = refusal(eig[0], eig[1]);
        if (why != null) {
            out.note = why;
            theta[0] -= lr * gx;
            theta[1] -= lr * gy;
            return;
        }
        double vx = eig[2], vy = eig[3];
        double p1 = (vx * gx + vy * gy) / d1;     // component along v₁ = (vx, vy)
        double p2 = (-vy * gx + vx * gy) / d2;    // component along v₂ = (−vy, vx)
        theta[0] -= lr * (p1 * vx - p2 * vy);
        theta[1] -= lr * (p1 * vy + p2 * vx);
    }

    @Override public final void reset() { }

    @Override public final OptimizerSpec spec() { return spec; }
}
