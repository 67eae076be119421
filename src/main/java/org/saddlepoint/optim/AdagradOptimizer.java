package org.saddlepoint.optim;

/**
 * {@code torch.optim.Adagrad}: with weight decay λ, lr decay d, initial accumulator s₀ and ε,
 * <pre>
 *   g ← g + λθ
 *   η' = η / (1 + (t−1)·d)
 *   s ← s + g²                 (s starts at s₀)
 *   θ ← θ − η'·g / (√s + ε)
 * </pre>
 * Records: momentum = NaN, scale = the denominator √s + ε, lr = η'.
 */
final class AdagradOptimizer implements Optimizer {
    private final OptimizerSpec spec;
    private final double lrDecay, eps, weightDecay, initial;
    private double sumX, sumY;

    AdagradOptimizer(OptimizerSpec spec) {
        this.spec = spec;
        this.lrDecay = spec.lrDecay();
        this.eps = spec.eps();
        this.weightDecay = spec.weightDecay();
        this.initial = spec.initialAccumulator();
        reset();
    }

    @Override public void step(double[] theta, double[] grad, double[] hessian, int t, double lr, StepRecord out) {
        out.clear();
        double gx = grad[0], gy = grad[1];
        if (weightDecay != 0) {
            gx += weightDecay * theta[0];
            gy += weightDecay * theta[1];
        }
        double clr = lr / (1 + (t - 1) * lrDecay);
        sumX += gx * gx;
        sumY += gy * gy;
        double stdX = Math.sqrt(sumX) + eps, stdY = Math.sqrt(sumY) + eps;
        theta[0] += -clr * (gx / stdX);
        theta[1] += -clr * (gy / stdY);
        out.scaleX = stdX;
        out.scaleY = stdY;
        out.lr = clr;
    }

    @Override public void reset() {
        sumX = sumY = initial;
    }

    @Override public OptimizerSpec spec() { return spec; }
}
