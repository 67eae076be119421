package org.saddlepoint.ui.explain;

import java.util.Locale;

/** Number formatting for formulas: 3 significant digits, plain or scientific, vectors as (a, b). */
public final class Num {
    private Num() { }

    public static String s(double v) {
        if (Double.isNaN(v)) return "NaN";
        if (Double.isInfinite(v)) return v > 0 ? "∞" : "−∞";
        if (v == 0) return "0";
        double a = Math.abs(v);
        String t = a >= 1e-3 && a < 1e5 ? String.format(Locale.ROOT, "%.3g", v) : String.format(Locale.ROOT, "%.2e", v);
        if (!t.contains("e") && t.contains(".")) t = t.replaceAll("0+$", "").replaceAll("\\.$", "");
        return t.replace("-", "−");
    }

    public static String v(double x, double y) { return "(" + s(x) + ", " + s(y) + ")"; }

    /** Percent with no decimals, e.g. 0.9 → "90". */
    public static String pct(double v) { return String.valueOf(Math.round(v * 100)); }
}
