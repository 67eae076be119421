package org.saddlepoint.cli;

import org.saddlepoint.optim.OptimizerKind;
import org.saddlepoint.optim.OptimizerSpec;
import picocli.CommandLine.Option;

/** The optimizer and its torch.optim hyperparameters; unset options keep torch's defaults. */
public final class OptimizerOptions {
    @Option(names = "--optimizer", required = true, paramLabel = "NAME",
            description = "sgd, adagrad, rmsprop, adam, adamw, newton or sfn (saddle-free Newton).")
    String optimizer;

    @Option(names = "--lr", paramLabel = "η", description = "Learning rate (default: torch's for the optimizer; 0.01 for SGD).")
    Double lr;

    @Option(names = "--momentum", description = "SGD / RMSprop momentum (default 0).") Double momentum;

    @Option(names = "--dampening", description = "SGD dampening (default 0).") Double dampening;

    @Option(names = "--nesterov", description = "SGD Nesterov momentum.") boolean nesterov;

    @Option(names = "--alpha", description = "RMSprop smoothing constant (default 0.99).") Double alpha;

    @Option(names = "--centered", description = "Centered RMSprop.") boolean centered;

    @Option(names = "--beta1", description = "Adam/AdamW β1 (default 0.9).") Double beta1;

    @Option(names = "--beta2", description = "Adam/AdamW β2 (default 0.999).") Double beta2;

    @Option(names = "--eps", description = "ε in the denominator (default 1e-8; Adagrad 1e-10).") Double eps;

    @Option(names = "--weight-decay", description = "L2 penalty (decoupled for AdamW; default 0, AdamW 0.01).") Double weightDecay;

    @Option(names = "--amsgrad", description = "AMSGrad variant of Adam/AdamW.") boolean amsgrad;

    @Option(names = "--lr-decay", description = "Adagrad learning-rate decay (default 0).") Double lrDecay;

    @Option(names = "--initial-accumulator", description = "Adagrad initial accumulator value (default 0).") Double initialAccumulator;

    /** Builds the spec; an invalid value becomes a one-line error naming the option. */
    OptimizerSpec toSpec() {
        OptimizerKind kind;
        try {
            kind = OptimizerKind.parse(optimizer);
        } catch (IllegalArgumentException e) {
            throw new UserError("--optimizer: " + e.getMessage());
        }
        OptimizerSpec s = OptimizerSpec.defaults(kind);
        try {
            if (lr != null) s = s.withLr(lr);
            if (momentum != null) s = s.withMomentum(momentum);
            if (dampening != null) s = s.withDampening(dampening);
            if (alpha != null) s = s.withAlpha(alpha);
            if (beta1 != null) s = s.withBeta1(beta1);
            if (beta2 != null) s = s.withBeta2(beta2);
            if (eps != null) s = s.withEps(eps);
            if (weightDecay != null) s = s.withWeightDecay(weightDecay);
            if (lrDecay != null) s = s.withLrDecay(lrDecay);
            if (initialAccumulator != null) s = s.withInitialAccumulator(initialAccumulator);
            if (centered) s = s.withCentered(true);
            if (amsgrad) s = s.withAmsgrad(true);
            if (nesterov) s = s.withNesterov(true);
        } catch (IllegalArgumentException e) {
            throw new UserError("--" + e.getMessage());
        }
        return s;
    }
}
