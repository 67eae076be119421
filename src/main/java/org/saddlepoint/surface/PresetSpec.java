package org.saddlepoint.surface;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * An optimizer preset suggested by a surface file: the optimizer {@link #kind()} (one of
 * {@link #KINDS}) and the options that were written, under their {@code torch.optim} names
 * ({@code lr}, {@code momentum}, {@code weight_decay}, …) plus run options ({@code schedule},
 * {@code noise}, {@code batch_size}, {@code seed}, {@code steps}). Options not written are
 * absent: the optimizer's own defaults apply. Values are already type- and range-checked:
 * numbers are {@link Double}, flags {@link Boolean}, {@code batch_size}/{@code steps}
 * {@link Integer}, {@code seed} {@link Long}, {@code schedule} {@link String} (parsed by the
 * optimizer package, which reports errors through {@link SurfaceSpec#errorAt}).
 */
public record PresetSpec(LocalizedText label, String kind, Map<String, Object> options) {
    /** Optimizer names, as on the command line. */
    public static final List<String> KINDS = List.of("sgd", "adagrad", "rmsprop", "adam", "adamw", "newton", "sfn");

    /** The type of a preset option. */
    public enum Type { NUMBER, FLAG, INTEGER, LONG, TEXT }

    /** A preset option: its type and the closed range a number must lie in. */
    public record Option(Type type, double min, double max, boolean minOpen, String meaning) { }

    /** Every option a preset may name, in documentation order. */
    public static final Map<String, Option> OPTIONS;

    static {
        Map<String, Option> m = new LinkedHashMap<>();
        m.put("lr", new Option(Type.NUMBER, 0, Double.MAX_VALUE, true, "learning rate η"));
        m.put("momentum", new Option(Type.NUMBER, 0, 1, false, "SGD/RMSprop momentum"));
        m.put("dampening", new Option(Type.NUMBER, 0, 1, false, "SGD dampening"));
        m.put("nesterov", new Option(Type.FLAG, 0, 0, false, "SGD Nesterov momentum"));
        m.put("alpha", new Option(Type.NUMBER, 0, 1, false, "RMSprop smoothing constant α"));
        m.put("centered", new Option(Type.FLAG, 0, 0, false, "centered RMSprop"));
        m.put("beta1", new Option(Type.NUMBER, 0, 1, false, "Adam β₁ (< 1)"));
        m.put("beta2", new Option(Type.NUMBER, 0, 1, false, "Adam β₂ (< 1)"));
        m.put("eps", new Option(Type.NUMBER, 0, Double.MAX_VALUE, false, "ε added to denominators"));
        m.put("weight_decay", new Option(Type.NUMBER, 0, Double.MAX_VALUE, false, "L2 penalty λ (decoupled for AdamW)"));
        m.put("amsgrad", new Option(Type.FLAG, 0, 0, false, "Adam/AdamW AMSGrad"));
        m.put("lr_decay", new Option(Type.NUMBER, 0, Double.MAX_VALUE, false, "Adagrad learning-rate decay"));
        m.put("initial_accumulator_value", new Option(Type.NUMBER, 0, Double.MAX_VALUE, false, "Adagrad initial accumulator"));
        m.put("schedule", new Option(Type.TEXT, 0, 0, false, "learning-rate schedule, e.g. \"step:step_size=100,gamma=0.5\""));
        m.put("noise", new Option(Type.NUMBER, 0, Double.MAX_VALUE, false, "σ of Gaussian gradient noise"));
        m.put("batch_size", new Option(Type.INTEGER, 1, 1_000_000, false, "minibatch size (data surfaces)"));
        m.put("seed", new Option(Type.LONG, Long.MIN_VALUE, Long.MAX_VALUE, false, "seed of noise or minibatch shuffles"));
        m.put("steps", new Option(Type.INTEGER, 1, 10_000_000, false, "number of steps"));
        OPTIONS = Collections.unmodifiableMap(m);
    }

    public PresetSpec {
        if (!KINDS.contains(kind)) throw new IllegalArgumentException("unknown optimizer kind '" + kind + "'");
        options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
        for (String k : options.keySet()) {
            if (!OPTIONS.containsKey(k)) throw new IllegalArgumentException("unknown preset option '" + k + "'");
        }
    }

    public OptionalDouble number(String name) {
        Object v = options.get(name);
        return v instanceof Double d ? OptionalDouble.of(d) : OptionalDouble.empty();
    }

    public Optional<Boolean> flag(String name) {
        return options.get(name) instanceof Boolean b ? Optional.of(b) : Optional.empty();
    }

    public OptionalInt integer(String name) {
        return options.get(name) instanceof Integer i ? OptionalInt.of(i) : OptionalInt.empty();
    }

    public OptionalLong seed() {
        return options.get("seed") instanceof Long l ? OptionalLong.of(l) : OptionalLong.empty();
    }

    public Optional<String> schedule() {
        return options.get("schedule") instanceof String s ? Optional.of(s) : Optional.empty();
    }
}
