package org.saddlepoint.surface;

/**
 * A named surface parameter p ∈ [min, max] with its default, e.g. the conditioning κ. The UI
 * shows it as a slider labelled {@link #label()}.
 */
public record ParameterSpec(String name, double defaultValue, double min, double max, LocalizedText label) {
    public ParameterSpec {
        if (!(min < max)) throw new IllegalArgumentException("parameter " + name + " needs min < max");
        if (!(defaultValue >= min && defaultValue <= max)) {
            throw new IllegalArgumentException("parameter " + name + " default " + defaultValue
                    + " is outside [" + min + ", " + max + "]");
        }
    }

    public boolean accepts(double v) { return v >= min && v <= max; }
}
