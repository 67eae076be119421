package org.saddlepoint.optim;

/**
 * One optimizer with explicit state, advanced one step at a time so a run can be paused,
 * stepped and replayed. Implementations follow {@code torch.optim} (PyTorch 1.13, single-tensor
 * code path) in double precision, element-wise over the two parameters θ = (x, y).
 *
 * <p>Not thread-safe; allocation-free per step. Create with {@link #create(OptimizerSpec)}.
 */
public interface Optimizer {
    /**
     * Performs optimizer step {@code t} (1-based, as torch's {@code state['step']} after the
     * increment) in place on {@code theta}.
     *
     * @param theta   θ_{t−1} on entry, θ_t on return (length 2)
     * @param grad    the gradient to use at θ_{t−1} (noisy or minibatch; not modified)
     * @param hessian [∂²f/∂x², ∂²f/∂x∂y, ∂²f/∂y²] at θ_{t−1} if {@link #needsHessian()}, else ignored (may be null)
     * @param t       step number, 1 for the first step
     * @param lr      the scheduled learning rate η_t for this step
     * @param out     receives the step's components (cleared by the optimizer first)
     */
    void step(double[] theta, double[] grad, double[] hessian, int t, double lr, StepRecord out);

    /** Whether {@link #step} reads the Hessian (Newton methods). */
    default boolean needsHessian() { return false; }

    /** Forgets all state (buffers, moments, accumulators), as a freshly constructed optimizer. */
    void reset();

    /** The hyperparameters this optimizer was built from. */
    OptimizerSpec spec();

    /** A fresh optimizer of {@code spec.kind()} with {@code spec}'s hyperparameters. */
    static Optimizer create(OptimizerSpec spec) {
        return switch (spec.kind()) {
            case SGD -> new SgdOptimizer(spec);
            case ADAGRAD -> new AdagradOptimizer(spec);
            case RMSPROP -> new RmspropOptimizer(spec);
            case ADAM, ADAMW -> new AdamOptimizer(spec);
            case NEWTON -> new NewtonOptimizer(spec);
            case SADDLE_FREE_NEWTON -> new SaddleFreeNewtonOptimizer(spec);
        };
    }
}
