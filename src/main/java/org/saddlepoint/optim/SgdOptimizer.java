package org.saddlepoint.optim;

/**
 * {@code torch.optim.SGD}: with weight decay λ, momentum μ, dampening τ and Nesterov,
 * <pre>
 *   g ← g + λθ
 *   b ← g                      on the first step, else  b ← μ·b + (1−τ)·g      (if μ ≠ 0)
 *   g ← g + μ·b  (Nesterov)    or  g ← b                                       (if μ ≠ 0)
 *   θ ← θ − η·g
 * </pre>
 * Records: momentum = b (NaN if μ = 0), scale = NaN, lr = η.
 */
final class SgdOptimizer implements Optimizer {
    private final OptimizerSpec spec;
    private final double momentum, dampening, weightDecay;
    private final boolean nesterov;
    private double bufX, bufY;
    private boolean hasBuffer;

    SgdOptimizer(OptimizerSpec spec) {
        this.spec = spec;
        this.momentum = spec.momentum();
        this.dampening = spec.dampening();
        this.weightDecay = spec.weightDecay();
        this.nesterov = spec.nesterov();
    }

    @Override public void step(double[] theta, double[] grad, double[] hessian, int t, double lr, StepRecord out) {
        out.clear();
        double gx = grad[0], gy = grad[1];
        if (weightDecay != 0) {
            gx += weightDecay * theta[0];
            gy += weightDecay * theta[1];
        }
        if (momentum != 0) {
            if (!hasBuffer) {
                bufX = gx;
                bufY = gy;
                hasBuffer = true;
            } else {
                bufX = bufX * momentum + (1 - dampening) * gx;
                bufY = bufY * momentum + (1 - dampening) * gy;
            }
            if (nesterov) {
                gx += momentum * bufX;
                gy += momentum * bufY;
            } else {
                gx = bufX;
                gy = bufY;
            }
            out.momentumX = bufX;
            out.momentumY = bufY;
        }
        theta[0] += -lr * gx;
        theta[1] += -lr * gy;
        out.lr = lr;
    }

    @Override public void reset() {
        bufX = bufY = 0;
        hasBuffer = false;
    }

    @Override public OptimizerSpec spec() { return spec; }
}
