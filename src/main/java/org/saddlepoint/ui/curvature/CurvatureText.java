package org.saddlepoint.ui.curvature;

import java.util.Locale;
import org.saddlepoint.analysis.Curvature;
import org.saddlepoint.analysis.CriticalType;
import org.saddlepoint.analysis.SaddleEscape;
import org.saddlepoint.ui.I18n;

/** The inspector's text for a {@link Curvature} and a {@link SaddleEscape}, one row per quantity. */
public final class CurvatureText {
    private CurvatureText() { }

    /** A number with 4 significant digits, a leading minus sign as U+2212 (0 and −0 as 0). */
    public static String num(double v) {
        if (v == 0) return "0";
        if (!Double.isFinite(v)) return Double.toString(v);
        double a = Math.abs(v);
        String s = a >= 1e-3 && a < 1e5 ? String.format(Locale.ROOT, "%.4g", v) : String.format(Locale.ROOT, "%.3e", v);
        if (s.contains(".") && !s.contains("e")) s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        return s.startsWith("-") ? "−" + s.substring(1) : s;
    }

    public static String point(Curvature c) { return "(" + num(c.x()) + ", " + num(c.y()) + ")"; }

    public static String gradient(Curvature c) {
        return "(" + num(c.gx()) + ", " + num(c.gy()) + ")   ‖g‖ = " + num(c.gradientNorm());
    }

    public static String hessian(Curvature c) {
        return "[[" + num(c.hxx()) + ", " + num(c.hxy()) + "], [" + num(c.hxy()) + ", " + num(c.hyy()) + "]]";
    }

    public static String eigen1(Curvature c) { return num(c.lambda1()) + "   v₁ = (" + num(c.v1x()) + ", " + num(c.v1y()) + ")"; }

    public static String eigen2(Curvature c) { return num(c.lambda2()) + "   v₂ = (" + num(c.v2x()) + ", " + num(c.v2y()) + ")"; }

    /** The type's name in the UI language. */
    public static String typeName(CriticalType t, I18n i18n) { return i18n.get("curv.type." + t.label()); }

    /** The type with the tolerance it was decided with, and whether θ' is (numerically) critical. */
    public static String type(Curvature c, I18n i18n) {
        return i18n.fmt("curv.typeLine", typeName(c.type(), i18n), num(Curvature.DEGENERATE_TOLERANCE));
    }

    public static String escape(SaddleEscape e, I18n i18n) {
        return i18n.fmt("curv.escapeLine", num(e.stepLength()), num(e.predicted()), num(e.actual()), num(e.error()));
    }
}
