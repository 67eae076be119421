package org.saddlepoint.ui.model;

/** A surface parameter the UI shows as a slider: its name in the expression, range and default. */
public record ParameterDef(String name, double min, double max, double defaultValue) {
    public ParameterDef {
        if (!(min < max)) throw new IllegalArgumentException("parameter " + name + ": min must be < max");
        if (!(defaultValue >= min && defaultValue <= max)) throw new IllegalArgumentException("parameter " + name + ": default outside [min, max]");
    }

    public double clamp(double v) { return Math.max(min, Math.min(max, v)); }
}
