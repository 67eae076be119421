package org.saddlepoint.ui.curvature;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.saddlepoint.analysis.Curvature;
import org.saddlepoint.analysis.SaddleEscape;
import org.saddlepoint.render.Arrow;

/**
 * The 2D view's picture of a {@link Curvature}: the eigenvectors v₁, v₂ drawn from θ' with
 * lengths L·|λᵢ|/max(|λ₁|, |λ₂|) (the stronger curvature gets the full length L, a zero
 * eigenvalue a point), red for λ &lt; 0 (downhill curvature) and blue for λ &gt; 0; the
 * gradient g drawn with length L·‖g‖/max(|λ₁|, |λ₂|, ‖g‖) (so a vanishing gradient vanishes); and, after an escape step, Δ = s·u₁ at its true length.
 */
public final class CurvatureArrows {
    public static final Color NEGATIVE = new Color(0xD5, 0x3E, 0x4F), POSITIVE = new Color(0x32, 0x88, 0xBD),
            GRADIENT = new Color(0x1B, 0x1B, 0x1B), ESCAPE = new Color(0xE6, 0x9F, 0x00);

    private CurvatureArrows() { }

    /**
     * Arrows for {@code c} with the full length {@code length} (data units); {@code escape} may be
     * null. Labels: λ₁ = …, λ₂ = …, ∇f, Δ = s·u.
     */
    public static List<Arrow> of(Curvature c, double length, SaddleEscape escape) {
        List<Arrow> out = new ArrayList<>(4);
        double big = Math.max(Math.abs(c.lambda1()), Math.abs(c.lambda2()));
        double s1 = big > 0 ? length * Math.abs(c.lambda1()) / big : 0, s2 = big > 0 ? length * Math.abs(c.lambda2()) / big : 0;
        out.add(new Arrow(c.x(), c.y(), s1 * c.v1x(), s1 * c.v1y(), c.lambda1() < 0 ? NEGATIVE : POSITIVE,
                "λ₁ = " + CurvatureText.num(c.lambda1())));
        out.add(new Arrow(c.x(), c.y(), s2 * c.v2x(), s2 * c.v2y(), c.lambda2() < 0 ? NEGATIVE : POSITIVE,
                "λ₂ = " + CurvatureText.num(c.lambda2())));
        double g = c.gradientNorm();
        if (g > 0) {
            double sg = length * Math.min(1, g / Math.max(big, g)) / g;
            out.add(new Arrow(c.x(), c.y(), sg * c.gx(), sg * c.gy(), GRADIENT, "∇f"));
        }
        if (escape != null) out.add(new Arrow(escape.x0(), escape.y0(), escape.dx(), escape.dy(), ESCAPE, "Δ = s·u₁"));
        return out;
    }
}
