package org.saddlepoint.optim;

/**
 * {@code torch.optim.RMSprop}: with weight decay λ, smoothing α, ε, momentum μ and centering,
 * <pre>
 *   g ← g + λθ
 *   v ← α·v + (1−α)·g²
 *   centered:  ḡ ← α·ḡ + (1−α)·g;   a = √(v − ḡ²) + ε       otherwise  a = √v + ε
 *   μ > 0:     b ← μ·b + g/a;        θ ← θ − η·b              otherwise  θ ← θ − η·g/a
 * </pre>
 * (v, ḡ and b start at 0.) Records: momentum = b (NaN if μ = 0), scale = the denominator a, lr = η.
 */
final class RmspropOptimizer implements Optimizer {
    private final OptimizerSpec spec;
    private final double alpha, eps, momentum, weightDecay;
    private final boolean centered;
    private double sqX, sqY, avgX, avgY, bufX, bufY;

    RmspropOptimizer(OptimizerSpec spec) {
        this.spec = spec;
        this.alpha = spec.alpha();
        this.eps = spec.eps();
        this.momentum = spec.momentum();
        this.weightDecay = spec.weightDecay();
        this.centered = spec.centered();
    }

    @Override public void step(double[] theta, double[] grad, double[] hessian, int t, double lr, StepRecord out) {
        out.clear();
        double gx = grad[0], gy = grad[1];
        if (weightDecay != 0) {
            gx += weightDecay * theta[0];
            gy += weightDecay * theta[1];
        }
        sqX = sqX * alpha + (1 - alpha) * (gx * gx);
        sqY = sqY * alpha + (1 - alpha) * (gy * gy);
        double aX, aY;
        if (centered) {
            avgX = avgX * alpha + (1 - alpha) * gx;
            avgY = avgY * alpha + (1 - alpha) * gy;
            aX = Math.sqrt(sqX - avgX * avgX) + eps;
            aY = Math.sqrt(sqY - avgY * avgY) + eps;
        } else {
            aX = Math.sqrt(sqX) + eps;
            aY = Math.sqrt(sqY) + eps;
        }
        if (momentum > 0) {
            bufX = bufX * momentum + gx / aX;
            bufY = bufY * momentum + gy / aY;
            theta[0] += -lr * bufX;
            theta[1] += -lr * bufY;
            out.momentumX = bufX;
            out.momentumY = bufY;
        } else {
            theta[0] += -lr * (gx / aX);
            theta[1] += -lr * (gy / aY);
        }
        out.scaleX = aX;
        out.scaleY = aY;
        out.lr = lr;
    }

    @Override public void reset() {
        sqX = sqY = avgX = avgY = bufX = bufY = 0;
    }

    @Override public OptimizerSpec spec() { return spec; }
}
