package org.saddlepoint.optim;

/**
 * {@code torch.optim.Adam} and {@code AdamW} (PyTorch 1.13 single-tensor formulas): with
 * β₁, β₂, ε and weight decay λ,
 * <pre>
 *   Adam:   g ← g + λθ                       AdamW:  θ ← θ·(1 − ηλ)   (decoupled, first)
 *   m ← β₁·m + (1−β₁)·g
 *   v ← β₂·v + (1−β₂)·g²
 *   AMSGrad: v̂ ← max(v̂, v), use v̂ below instead of v
 *   d = √v / √(1−β₂ᵗ) + ε
 *   θ ← θ − (η / (1−β₁ᵗ))·m / d
 * </pre>
 * Records: momentum = m (the raw first moment), scale = the denominator d, lr = the step size
 * η/(1−β₁ᵗ); so for Adam Δθ = −lr·m/d exactly as torch computes it (AdamW adds −ηλθ).
 * The powers βᵗ come from {@link PowerSequence} (within a few ulps of torch's {@code beta ** step}).
 */
final class AdamOptimizer implements Optimizer {
    private final OptimizerSpec spec;
    private final double beta1, beta2, eps, weightDecay;
    private final boolean amsgrad, decoupled;
    private final PowerSequence pow1, pow2;
    private double mX, mY, vX, vY, maxX, maxY;

    AdamOptimizer(OptimizerSpec spec) {
        this.spec = spec;
        this.beta1 = spec.beta1();
        this.beta2 = spec.beta2();
        this.eps = spec.eps();
        this.weightDecay = spec.weightDecay();
        this.amsgrad = spec.amsgrad();
        this.decoupled = spec.kind() == OptimizerKind.ADAMW;
        this.pow1 = new PowerSequence(beta1);
        this.pow2 = new PowerSequence(beta2);
    }

    @Override public void step(double[] theta, double[] grad, double[] hessian, int t, double lr, StepRecord out) {
        double gx = grad[0], gy = grad[1];
        double px = theta[0], py = theta[1];
        if (decoupled) {
            double shrink = 1 - lr * weightDecay;
            px *= shrink;
            py *= shrink;
        } else if (weightDecay != 0) {
            gx += weightDecay * px;
            gy += weightDecay * py;
        }
        mX = mX * beta1 + (1 - beta1) * gx;
        mY = mY * beta1 + (1 - beta1) * gy;
        vX = vX * beta2 + (1 - beta2) * (gx * gx);
        vY = vY * beta2 + (1 - beta2) * (gy * gy);
        double bc1 = 1 - pow1.at(t);
        double bc2Sqrt = Math.sqrt(1 - pow2.at(t));
        double stepSize = lr / bc1;
        double sX = vX, sY = vY;
        if (amsgrad) {
            maxX = Math.max(maxX, vX);
            maxY = Math.max(maxY, vY);
            sX = maxX;
            sY = maxY;
        }
        double dX = Math.sqrt(sX) / bc2Sqrt + eps, dY = Math.sqrt(sY) / bc2Sqrt + eps;
        theta[0] = px + -stepSize * (mX / dX);
        theta[1] = py + -stepSize * (mY / dY);
        out.momentumX = mX;
        out.momentumY = mY;
        out.scaleX = dX;
        out.scaleY = dY;
        out.lr = stepSize;
        out.note = null;
    }

    @Override public void reset() {
        pow1.reset();
        pow2.reset();
        mX = mY = vX = vY = maxX = maxY = 0;
    }

    @Override public OptimizerSpec spec() { return spec; }
}
