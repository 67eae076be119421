package org.saddlepoint.compute;

import java.util.Arrays;
import java.util.Locale;
import org.saddlepoint.optim.Noise;
import org.saddlepoint.optim.RunSpec;

/** A hyperparameter a sweep can vary, by its torch.optim name; applies a value to a run. */
public enum Hyperparameter {
    LR("lr"), MOMENTUM("momentum"), DAMPENING("dampening"), ALPHA("alpha"), BETA1("beta1"), BETA2("beta2"),
    EPS("eps"), WEIGHT_DECAY("weight_decay"), BATCH_SIZE("batch_size");

    private final String id;

    Hyperparameter(String id) { this.id = id; }

    public String id() { return id; }

    /** By name ({@code lr}, {@code momentum}, {@code beta1}, {@code batch_size}, …; '-' works as '_'). */
    public static Hyperparameter byId(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT).replace('-', '_');
        for (Hyperparameter h : values()) if (h.id.equals(n)) return h;
        throw new IllegalArgumentException("unknown hyperparameter '" + name + "' (expected one of "
                + String.join(", ", Arrays.stream(values()).map(Hyperparameter::id).toList()) + ")");
    }

    /**
     * {@code run} with this hyperparameter set to {@code v}; batch_size rounds v to a whole
     * number and needs a data surface ({@code exampleCount > 0}). Invalid values throw
     * IllegalArgumentException (from the spec's own checks).
     */
    public RunSpec apply(RunSpec run, double v, int exampleCount) {
        return switch (this) {
            case LR -> run.withOptimizer(run.optimizer().withLr(v));
            case MOMENTUM -> run.withOptimizer(run.optimizer().withMomentum(v));
            case DAMPENING -> run.withOptimizer(run.optimizer().withDampening(v));
            case ALPHA -> run.withOptimizer(run.optimizer().withAlpha(v));
            case BETA1 -> run.withOptimizer(run.optimizer().withBeta1(v));
            case BETA2 -> run.withOptimizer(run.optimizer().withBeta2(v));
            case EPS -> run.withOptimizer(run.optimizer().withEps(v));
            case WEIGHT_DECAY -> run.withOptimizer(run.optimizer().withWeightDecay(v));
            case BATCH_SIZE -> {
                if (exampleCount <= 0) throw new IllegalArgumentException("batch_size needs a data surface (this one is analytic)");
                int b = (int) Math.max(1, Math.min(exampleCount, Math.round(v)));
                yield new RunSpec(run.startX(), run.startY(), run.optimizer(), run.schedule(), Noise.minibatch(b, run.noise().seed()), run.steps());
            }
        };
    }
}
