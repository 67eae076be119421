package org.saddlepoint.compute;

import java.util.Locale;

/**
 * One axis of a sweep: {@code count} values of a hyperparameter from {@code from} to {@code to}
 * inclusive, evenly spaced, or geometrically (evenly in log) when {@code log}:
 * v_i = from·(to/from)^(i/(n−1)). Parsed from {@code NAME=FROM:TO[:log]}, e.g. {@code lr=1e-4:1:log}.
 */
public record SweepAxis(Hyperparameter parameter, double from, double to, boolean log) {
    public SweepAxis {
        if (!(Double.isFinite(from) && Double.isFinite(to))) throw new IllegalArgumentException(parameter.id() + ": bounds must be finite");
        if (log && !(from > 0 && to > 0)) throw new IllegalArgumentException(parameter.id() + ": a log axis needs positive bounds");
    }

    /** Value {@code i} of {@code n} (n = 1: the midpoint). */
    public double value(int i, int n) {
        if (n == 1) return log ? Math.sqrt(from * to) : 0.5 * (from + to);
        double t = (double) i / (n - 1);
        if (i == n - 1) return to;
        return log ? from * Math.pow(to / from, t) : from + t * (to - from);
    }

    /** The value at fraction u ∈ [0, 1] of the axis (log-uniform on a log axis): for random search. */
    public double at(double u) {
        return log ? from * Math.pow(to / from, u) : from + u * (to - from);
    }

    /** Parses {@code NAME=FROM:TO[:log|:lin]}. */
    public static SweepAxis parse(String text) {
        int eq = text.indexOf('=');
        if (eq < 0) throw new IllegalArgumentException("expected NAME=FROM:TO[:log], got '" + text + "'");
        Hyperparameter p = Hyperparameter.byId(text.substring(0, eq));
        String[] parts = text.substring(eq + 1).split(":");
        if (parts.length < 2 || parts.length > 3) throw new IllegalArgumentException("expected NAME=FROM:TO[:log], got '" + text + "'");
        boolean log = false;
        if (parts.length == 3) {
            String scale = parts[2].strip().toLowerCase(Locale.ROOT);
            if (scale.equals("log")) log = true;
            else if (!scale.equals("lin")) throw new IllegalArgumentException("scale must be log or lin, got '" + parts[2] + "' in '" + text + "'");
        }
        try {
            return new SweepAxis(p, Double.parseDouble(parts[0].strip()), Double.parseDouble(parts[1].strip()), log);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bounds must be numbers in '" + text + "'");
        }
    }
}
