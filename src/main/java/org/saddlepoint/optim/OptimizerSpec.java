package org.saddlepoint.optim;

/**
 * Hyperparameters of one optimizer, with the defaults and meaning of {@code torch.optim}.
 * Fields a kind does not use are ignored by it (e.g. {@code beta1} by SGD).
 *
 * @param lr            learning rate η
 * @param momentum      SGD momentum μ, or RMSprop momentum
 * @param dampening     SGD dampening τ
 * @param nesterov      SGD Nesterov momentum
 * @param alpha         RMSprop smoothing constant α
 * @param centered      RMSprop centered variant
 * @param beta1         Adam/AdamW β₁
 * @param beta2         Adam/AdamW β₂
 * @param eps           ε added to denominators
 * @param weightDecay   L2 penalty λ (decoupled for AdamW)
 * @param amsgrad       Adam/AdamW AMSGrad variant
 * @param lrDecay       Adagrad learning-rate decay
 * @param initialAccumulator Adagrad initial accumulator value
 */
public record OptimizerSpec(OptimizerKind kind, double lr, double momentum, double dampening, boolean nesterov,
                            double alpha, boolean centered, double beta1, double beta2, double eps,
                            double weightDecay, boolean amsgrad, double lrDecay, double initialAccumulator) {

    public OptimizerSpec {
        if (kind == null) throw new IllegalArgumentException("optimizer kind is required");
        check("lr", lr, 0, Double.MAX_VALUE);
        check("momentum", momentum, 0, 1);
        check("dampening", dampening, 0, 1);
        check("alpha", alpha, 0, 1);
        check("beta1", beta1, 0, 1 - 1e-12);
        check("beta2", beta2, 0, 1 - 1e-12);
        check("eps", eps, 0, Double.MAX_VALUE);
        check("weight-decay", weightDecay, 0, Double.MAX_VALUE);
        check("lr-decay", lrDecay, 0, Double.MAX_VALUE);
        check("initial-accumulator", initialAccumulator, 0, Double.MAX_VALUE);
        if (nesterov && (momentum <= 0 || dampening != 0)) {
            throw new IllegalArgumentException("nesterov needs momentum > 0 and dampening = 0 (as in torch.optim.SGD)");
        }
    }

    private static void check(String name, double v, double lo, double hi) {
        if (!(v >= lo && v <= hi)) throw new IllegalArgumentException(name + " must be in [" + lo + ", " + hi + "], got " + v);
    }

    /** torch.optim defaults for {@code kind}: SGD lr 1e-3 (torch requires one; we pick 0.01), Adagrad 0.01, RMSprop 0.01, Adam/AdamW 1e-3, Newton 1. */
    public static OptimizerSpec defaults(OptimizerKind kind) {
        double lr = switch (kind) {
            case SGD, ADAGRAD, RMSPROP -> 0.01;
            case ADAM, ADAMW -> 0.001;
            case NEWTON, SADDLE_FREE_NEWTON -> 1.0;
        };
        double eps = switch (kind) {
            case ADAGRAD -> 1e-10;
            case RMSPROP -> 1e-8;
            default -> 1e-8;
        };
        double wd = kind == OptimizerKind.ADAMW ? 0.01 : 0.0;
        return new OptimizerSpec(kind, lr, 0, 0, false, 0.99, false, 0.9, 0.999, eps, wd, false, 0, 0);
    }

    public OptimizerSpec withLr(double v) { return new OptimizerSpec(kind, v, momentum, dampening, nesterov, alpha, centered, beta1, beta2, eps, weightDecay, amsgrad, lrDecay, initialAccumulator); }

    public OptimizerSpec withMomentum(double v) { return new OptimizerSpec(kind, lr, v, dampening, nesterov, alpha, centered, beta1, beta2, eps, weightDecay, amsgrad, lrDecay, initialAccumulator); }

    public OptimizerSpec withDampening(double v) { return new OptimizerSpec(kind, lr, momentum, v, nesterov, alpha, centered, beta1, beta2, eps, weightDecay, amsgrad, lrDecay, initialAccumulator); }

    public OptimizerSpec withNesterov(boolean v) { return new OptimizerSpec(kind, lr, momentum, dampening, v, alpha, centered, beta1, beta2, eps, weightDecay, amsgrad, lrDecay, initialAccumulator); }

    public OptimizerSpec withAlpha(double v) { return new OptimizerSpec(kind, lr, momentum, dampening, nesterov, v, centered, beta1, beta2, eps, weightDecay, amsgrad, lrDecay, initialAccumulator); }

    public OptimizerSpec withCentered(boolean v) { return new OptimizerSpec(kind, lr, momentum, dampening, nesterov, alpha, v, beta1, beta2, eps, weightDecay, amsgrad, lrDecay, initialAccumulator); }

    public OptimizerSpec withBeta1(double v) { return new OptimizerSpec(kind, lr, momentum, dampening, nesterov, alpha, centered, v, beta2, eps, weightDecay, amsgrad, lrDecay, initialAccumulator); }

    public OptimizerSpec withBeta2(double v) { return new OptimizerSpec(kind, lr, momentum, dampening, nesterov, alpha, centered, beta1, v, eps, weightDecay, amsgrad, lrDecay, initialAccumulator); }

    public OptimizerSpec withEps(double v) { return new OptimizerSpec(kind, lr, momentum, dampening, nesterov, alpha, centered, beta1, beta2, v, weightDecay, amsgrad, lrDecay, initialAccumulator); }

    public OptimizerSpec withWeightDecay(double v) { return new OptimizerSpec(kind, lr, momentum, dampening, nesterov, alpha, centered, beta1, beta2, eps, v, amsgrad, lrDecay, initialAccumulator); }

    public OptimizerSpec withAmsgrad(boolean v) { return new OptimizerSpec(kind, lr, momentum, dampening, nesterov, alpha, centered, beta1, beta2, eps, weightDecay, v, lrDecay, initialAccumulator); }

    public OptimizerSpec withLrDecay(double v) { return new OptimizerSpec(kind, lr, momentum, dampening, nesterov, alpha, centered, beta1, beta2, eps, weightDecay, amsgrad, v, initialAccumulator); }

    public OptimizerSpec withInitialAccumulator(double v) { return new OptimizerSpec(kind, lr, momentum, dampening, nesterov, alpha, centered, beta1, beta2, eps, weightDecay, amsgrad, lrDecay, v); }

    public OptimizerSpec withKind(OptimizerKind k) { return new OptimizerSpec(k, lr, momentum, dampening, nesterov, alpha, centered, beta1, beta2, eps, weightDecay, amsgrad, lrDecay, initialAccumulator); }

    /** A short label such as {@code Adam η=0.01 β=(0.9,0.999)}. */
    public String label() {
        StringBuilder sb = new StringBuilder(kind.displayName()).append(" η=").append(fmt(lr));
        switch (kind) {
            case SGD -> {
                if (momentum > 0) sb.append(" μ=").append(fmt(momentum));
                if (nesterov) sb.append(" nesterov");
            }
            case RMSPROP -> {
                sb.append(" α=").append(fmt(alpha));
                if (momentum > 0) sb.append(" μ=").append(fmt(momentum));
                if (centered) sb.append(" centered");
            }
            case ADAM, ADAMW -> {
                sb.append(" β=(").append(fmt(beta1)).append(',').append(fmt(beta2)).append(')');
                if (amsgrad) sb.append(" amsgrad");
            }
            default -> { }
        }
        if (weightDecay > 0) sb.append(" λ=").append(fmt(weightDecay));
        return sb.toString();
    }

    private static String fmt(double v) {
        String s = String.format(java.util.Locale.ROOT, "%.4g", v);
        if (s.contains("e")) return s;
        if (s.contains(".")) s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        return s;
    }
}
