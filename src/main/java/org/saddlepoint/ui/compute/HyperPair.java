package org.saddlepoint.ui.compute;

import java.util.EnumSet;
import java.util.Set;
import org.saddlepoint.compute.Hyperparameter;
import org.saddlepoint.compute.SweepAxis;
import org.saddlepoint.optim.OptimizerKind;

/**
 * The pairs of hyperparameters the map offers, with default ranges (lr on a log axis) and the
 * optimizers each pair means something for.
 */
enum HyperPair {
    LR_MOMENTUM(Hyperparameter.LR, Hyperparameter.MOMENTUM, EnumSet.of(OptimizerKind.SGD, OptimizerKind.RMSPROP)),
    BETA1_BETA2(Hyperparameter.BETA1, Hyperparameter.BETA2, EnumSet.of(OptimizerKind.ADAM, OptimizerKind.ADAMW)),
    LR_BATCH(Hyperparameter.LR, Hyperparameter.BATCH_SIZE, EnumSet.allOf(OptimizerKind.class));

    final Hyperparameter a, b;
    final Set<OptimizerKind> kinds;

    HyperPair(Hyperparameter a, Hyperparameter b, Set<OptimizerKind> kinds) {
        this.a = a;
        this.b = b;
        this.kinds = kinds;
    }

    /** The default axis for {@code p}: lr 1e-3…1 (log), momentum 0…0.99, β1 0…0.99, β2 0.9…0.9999, batch 1…examples (log). */
    static SweepAxis defaultAxis(Hyperparameter p, int examples) {
        return switch (p) {
            case LR -> new SweepAxis(p, 1e-3, 1, true);
            case MOMENTUM, BETA1 -> new SweepAxis(p, 0, 0.99, false);
            case BETA2 -> new SweepAxis(p, 0.9, 0.9999, false);
            case BATCH_SIZE -> new SweepAxis(p, 1, Math.max(2, examples), true);
            default -> new SweepAxis(p, 0, 1, false);
        };
    }

    /** The pair that suits an optimizer first: β1 × β2 for Adam, else lr × momentum. */
    static HyperPair suiting(OptimizerKind k) {
        return BETA1_BETA2.kinds.contains(k) ? BETA1_BETA2 : LR_MOMENTUM;
    }

    /** The axis label as the lecture notes write it (η, β₁, …), in the UI language where it is a word. */
    static String symbol(Hyperparameter p, org.saddlepoint.ui.I18n i18n) {
        return switch (p) {
            case LR -> "η (lr)";
            case MOMENTUM -> i18n.get("maps.param.momentum");
            case BETA1 -> "β₁";
            case BETA2 -> "β₂";
            case BATCH_SIZE -> i18n.get("maps.param.batchSize");
            default -> p.id();
        };
    }
}
