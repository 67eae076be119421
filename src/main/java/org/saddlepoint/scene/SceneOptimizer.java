package org.saddlepoint.scene;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.saddlepoint.optim.Noise;
import org.saddlepoint.optim.OptimizerKind;
import org.saddlepoint.optim.OptimizerSpec;
import org.saddlepoint.optim.RunSpec;
import org.saddlepoint.optim.Schedule;
import org.saddlepoint.optim.Schedules;
import org.saddlepoint.surface.LocalizedText;
import org.saddlepoint.surface.PresetSpec;

/**
 * One optimizer run of a scene: the kind ({@link PresetSpec#KINDS}), options under their
 * {@code torch.optim} names with the types of {@link PresetSpec#OPTIONS} (Double, Boolean,
 * Integer for {@code batch_size}/{@code steps}, Long for {@code seed}, String for
 * {@code schedule}), a legend label, a colour {@code #rrggbb} (null: the palette's next) and an
 * optional start of its own (NaN: the scene's start).
 */
public record SceneOptimizer(String kind, LocalizedText label, String color, double startX, double startY,
                             Map<String, Object> options) {
    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");
    /** Steps run when a scene does not say. */
    public static final int DEFAULT_STEPS = 150;

    public SceneOptimizer {
        if (!PresetSpec.KINDS.contains(kind)) throw new IllegalArgumentException("unknown optimizer '" + kind + "'");
        if (color != null && !COLOR.matcher(color).matches()) throw new IllegalArgumentException("colour must be #rrggbb, got " + color);
        if (Double.isNaN(startX) != Double.isNaN(startY)) throw new IllegalArgumentException("give both start coordinates or neither");
        options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
        for (Map.Entry<String, Object> e : options.entrySet()) {
            PresetSpec.Option o = PresetSpec.OPTIONS.get(e.getKey());
            if (o == null) throw new IllegalArgumentException("unknown optimizer option '" + e.getKey() + "'");
            Object v = e.getValue();
            boolean ok = switch (o.type()) {
                case NUMBER -> v instanceof Double;
                case FLAG -> v instanceof Boolean;
                case INTEGER -> v instanceof Integer;
                case LONG -> v instanceof Long;
                case TEXT -> v instanceof String;
            };
            if (!ok) throw new IllegalArgumentException("option " + e.getKey() + " has the wrong type: " + v);
        }
    }

    /** A run of {@code kind} with {@code options} (e.g. {@code "lr", 0.01, "steps", 100}). */
    public static SceneOptimizer of(String kind, String label, String color, Object... keyValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keyValues.length; i += 2) m.put((String) keyValues[i], keyValues[i + 1]);
        return new SceneOptimizer(kind, label == null ? null : LocalizedText.of(label), color, Double.NaN, Double.NaN, m);
    }

    public boolean hasOwnStart() { return !Double.isNaN(startX); }

    public int steps() { return options.get("steps") instanceof Integer i ? i : DEFAULT_STEPS; }

    public SceneOptimizer withOption(String key, Object value) {
        Map<String, Object> m = new LinkedHashMap<>(options);
        m.put(key, value);
        return new SceneOptimizer(kind, label, color, startX, startY, m);
    }

    /** The label to show: the written one, else the optimizer's short label. */
    public LocalizedText displayLabel() {
        return label != null ? label : LocalizedText.of(optimizerSpec().label());
    }

    /** The torch hyperparameters: defaults of the kind overridden by the options written. */
    public OptimizerSpec optimizerSpec() {
        OptimizerSpec s = OptimizerSpec.defaults(OptimizerKind.parse(kind));
        s = num("lr", s, OptimizerSpec::withLr);
        s = num("momentum", s, OptimizerSpec::withMomentum);
        s = num("dampening", s, OptimizerSpec::withDampening);
        s = num("alpha", s, OptimizerSpec::withAlpha);
        s = num("beta1", s, OptimizerSpec::withBeta1);
        s = num("beta2", s, OptimizerSpec::withBeta2);
        s = num("eps", s, OptimizerSpec::withEps);
        s = num("weight_decay", s, OptimizerSpec::withWeightDecay);
        s = num("lr_decay", s, OptimizerSpec::withLrDecay);
        s = num("initial_accumulator_value", s, OptimizerSpec::withInitialAccumulator);
        if (Boolean.TRUE.equals(options.get("centered"))) s = s.withCentered(true);
        if (Boolean.TRUE.equals(options.get("amsgrad"))) s = s.withAmsgrad(true);
        if (Boolean.TRUE.equals(options.get("nesterov"))) s = s.withNesterov(true);
        return s;
    }

    private OptimizerSpec num(String key, OptimizerSpec s, java.util.function.BiFunction<OptimizerSpec, Double, OptimizerSpec> with) {
        return options.get(key) instanceof Double d ? with.apply(s, d) : s;
    }

    /** The full run from the scene start (x, y) unless this run has its own start. */
    public RunSpec runSpec(double sceneStartX, double sceneStartY) {
        Schedule schedule = options.get("schedule") instanceof String sp ? Schedules.parse(sp) : Schedule.CONSTANT;
        long seed = options.get("seed") instanceof Long l ? l : 0L;
        Noise noise = Noise.NONE;
        if (options.get("noise") instanceof Double sigma && sigma > 0) noise = Noise.gaussian(sigma, seed);
        if (options.get("batch_size") instanceof Integer b) noise = Noise.minibatch(b, seed);
        double x = hasOwnStart() ? startX : sceneStartX, y = hasOwnStart() ? startY : sceneStartY;
        return new RunSpec(x, y, optimizerSpec(), schedule, noise, steps());
    }
}
