package org.saddlepoint.ui.compute;

import java.util.Locale;

/**
 * One axis of a map of {@code n} cells: cell i is centred on the value at fraction
 * t = i/(n−1) of [from, to] (geometric on a log axis), so a value v sits at
 * u(v) = (½ + t(v)·(n−1))/n of the plot's width, and a click at u falls in cell ⌊u·n⌋.
 */
record MapAxis(String label, double from, double to, boolean log, int cells) {
    MapAxis {
        if (cells < 1) throw new IllegalArgumentException("an axis needs at least one cell");
    }

    /** Fraction t of the axis range where {@code v} lies (log-scaled on a log axis). */
    double t(double v) {
        if (from == to) return 0.5;
        return log ? Math.log(v / from) / Math.log(to / from) : (v - from) / (to - from);
    }

    /** The value at fraction t. */
    double value(double t) { return log ? from * Math.pow(to / from, t) : from + t * (to - from); }

    /** Position of {@code v} in [0, 1] of the plot. */
    double u(double v) { return cells == 1 ? 0.5 : (0.5 + t(v) * (cells - 1)) / cells; }

    /** The cell a plot position u ∈ [0, 1] falls in (clamped). */
    int cell(double u) { return Math.max(0, Math.min(cells - 1, (int) Math.floor(u * cells))); }

    /** The value at the centre of cell {@code i}. */
    double cellValue(int i) { return cells == 1 ? value(0.5) : i == cells - 1 ? to : value((double) i / (cells - 1)); }

    static String num(double v) {
        if (v == 0) return "0";
        double a = Math.abs(v);
        if (a >= 1e-3 && a < 1e4) {
            String s = String.format(Locale.ROOT, "%.3g", v);
            return s.contains(".") && !s.contains("e") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
        }
        return String.format(Locale.ROOT, "%.0e", v);
    }
}
