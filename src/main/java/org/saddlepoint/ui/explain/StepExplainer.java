package org.saddlepoint.ui.explain;

import static org.saddlepoint.optim.Trajectory.GRAD_X;
import static org.saddlepoint.optim.Trajectory.GRAD_Y;
import static org.saddlepoint.optim.Trajectory.LR;
import static org.saddlepoint.optim.Trajectory.MOMENTUM_X;
import static org.saddlepoint.optim.Trajectory.MOMENTUM_Y;
import static org.saddlepoint.optim.Trajectory.SCALE_X;
import static org.saddlepoint.optim.Trajectory.SCALE_Y;
import static org.saddlepoint.optim.Trajectory.UPDATE_X;
import static org.saddlepoint.optim.Trajectory.UPDATE_Y;
import static org.saddlepoint.optim.Trajectory.USED_GRAD_X;
import static org.saddlepoint.optim.Trajectory.USED_GRAD_Y;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.saddlepoint.optim.OptimizerKind;
import org.saddlepoint.optim.OptimizerSpec;
import org.saddlepoint.optim.Trajectory;
import org.saddlepoint.surface.Domain;
import org.saddlepoint.surface.PointFunction;
import org.saddlepoint.ui.I18n;

/**
 * Explains step k of a trajectory from the numbers it recorded (bias-corrected moments are
 * written m′ and v′ — the lecture's m̂ and v̂ — because JavaFX text lays out combining accents
 * badly; the noisy or minibatch gradient is gₛ): the update formula of the
 * optimizer with the live values (torch's form; for SGD with momentum also the lecture's
 * {@code m ← λm − η·g; θ ← θ + m}), arrows for the gradient, the momentum, the adaptively
 * scaled step and the update, and a caption composed from what the numbers say.
 *
 * <p>At playback position p it explains the step that leaves θ_p, i.e. k = p + 1 (the last
 * step once the end is reached).
 */
public final class StepExplainer {
    public static final Color GRADIENT = new Color(0xD6, 0x27, 0x28), MOMENTUM = new Color(0x94, 0x67, 0xBD),
            SCALED = new Color(0x17, 0xBE, 0xCF), UPDATE = new Color(0x2C, 0xA0, 0x2C);
    /** Drawn arrow length as a fraction of the smaller side of the domain. */
    static final double ARROW_FRACTION = 0.14;

    private final I18n i18n;

    public StepExplainer(I18n i18n) { this.i18n = i18n; }

    /** The step explained at playback position {@code position}: position + 1, clamped to [1, steps]; 0 if none. */
    public static int explainedStep(Trajectory t, int position) {
        if (t.stepsTaken() == 0) return 0;
        return Math.max(1, Math.min(t.stepsTaken(), position + 1));
    }

    /**
     * Explains the step leaving θ_position. {@code f} (may be null) gives the curvature sentence.
     */
    public StepExplanation explain(Trajectory t, int position, Domain domain, PointFunction f) {
        int k = explainedStep(t, position);
        if (k == 0) return StepExplanation.NONE;
        OptimizerSpec o = t.spec().optimizer();
        int p = k - 1;
        double x = t.x(p), y = t.y(p);
        double gx = t.get(GRAD_X, k), gy = t.get(GRAD_Y, k);
        double ux = t.get(USED_GRAD_X, k), uy = t.get(USED_GRAD_Y, k);
        double mx = t.get(MOMENTUM_X, k), my = t.get(MOMENTUM_Y, k);
        double dx = t.get(SCALE_X, k), dy = t.get(SCALE_Y, k);
        double lr = t.get(LR, k);
        double ddx = t.get(UPDATE_X, k), ddy = t.get(UPDATE_Y, k);
        boolean hasMomentum = Double.isFinite(mx) && Double.isFinite(my);

        List<String> lines = new ArrayList<>();
        lines.add(i18n.fmt("explain.header", k, o.kind().displayName()) + "   θ = " + Num.v(x, y));
        lines.add("g = ∇f(θ) = " + Num.v(gx, gy));
        if (ux != gx || uy != gy) lines.add("gₛ = " + Num.v(ux, uy) + "   " + i18n.get("explain.noisy"));
        double wx = ux, wy = uy;
        if (o.weightDecay() > 0 && o.kind() != OptimizerKind.ADAMW && o.kind() != OptimizerKind.NEWTON && o.kind() != OptimizerKind.SADDLE_FREE_NEWTON) {
            wx += o.weightDecay() * x;
            wy += o.weightDecay() * y;
            lines.add("g ← g + λθ = " + Num.v(wx, wy));
        }
        double sx = Double.NaN, sy = Double.NaN; // the adaptively scaled direction, if any
        double ax = Double.NaN, ay = Double.NaN; // the momentum arrow (direction of travel), if any
        switch (o.kind()) {
            case SGD -> {
                if (hasMomentum) {
                    lines.add("b = μ·b + (1−τ)·g = " + Num.v(mx, my) + "   (μ = " + Num.s(o.momentum()) + ")");
                    lines.add(o.nesterov() ? "Δθ = −η·(g + μ·b) = " + Num.v(ddx, ddy) + "   (η = " + Num.s(lr) + ")"
                            : "Δθ = −η·b = " + Num.v(ddx, ddy) + "   (η = " + Num.s(lr) + ")");
                    if (!o.nesterov() && o.dampening() == 0) {
                        lines.add(i18n.get("explain.lectureForm") + "  m ← λm − η·g = " + Num.v(-lr * mx, -lr * my) + ";  θ ← θ + m");
                    }
                    ax = -mx;
                    ay = -my;
                } else {
                    lines.add("Δθ = −η·g = −" + Num.s(lr) + "·" + Num.v(wx, wy) + " = " + Num.v(ddx, ddy));
                }
            }
            case ADAM, ADAMW -> {
                double bc1 = 1 - Math.pow(o.beta1(), k);
                double eta = lr * bc1;
                double mhx = mx / bc1, mhy = my / bc1;
                lines.add("m′ = m/(1−β₁ᵏ) = " + Num.v(mhx, mhy) + ",  √v′ = " + Num.v(dx - o.eps(), dy - o.eps()));
                lines.add("Δθ = −η·m′/(√v′+ε) = " + Num.v(ddx, ddy) + "   (η = " + Num.s(eta) + ")");
                if (o.kind() == OptimizerKind.ADAMW && o.weightDecay() > 0) lines.add("θ ← θ − η·λ·θ   (λ = " + Num.s(o.weightDecay()) + ")");
                ax = -mhx;
                ay = -mhy;
                sx = -mhx / dx;
                sy = -mhy / dy;
            }
            case RMSPROP -> {
                lines.add((o.centered() ? "√(v − ḡ²)+ε = " : "√v+ε = ") + Num.v(dx, dy));
                if (hasMomentum) {
                    lines.add("b = μ·b + g/(√v+ε) = " + Num.v(mx, my) + ";  Δθ = −η·b = " + Num.v(ddx, ddy));
                    ax = -mx;
                    ay = -my;
                } else {
                    lines.add("Δθ = −η·g/(√v+ε) = " + Num.v(ddx, ddy) + "   (η = " + Num.s(lr) + ")");
                }
                sx = -wx / dx;
                sy = -wy / dy;
            }
            case ADAGRAD -> {
                lines.add("√s+ε = " + Num.v(dx, dy) + ",  Δθ = −η·g/(√s+ε) = " + Num.v(ddx, ddy) + "   (η = " + Num.s(lr) + ")");
                sx = -wx / dx;
                sy = -wy / dy;
            }
            case NEWTON -> lines.add("λ(H) = " + Num.v(dx, dy) + ",  Δθ = −η·H⁻¹g = " + Num.v(ddx, ddy));
            case SADDLE_FREE_NEWTON -> lines.add("|λ(H)| = " + Num.v(dx, dy) + ",  Δθ = −η·|H|⁻¹g = " + Num.v(ddx, ddy));
        }

        t.note(k).ifPresent(lines::add);

        double len = ARROW_FRACTION * Math.min(domain.width(), domain.height());
        List<ExplainerArrow> arrows = new ArrayList<>();
        arrow(arrows, ExplainerArrow.Part.GRADIENT, x, y, gx, gy, len, GRADIENT, "∇f");
        arrow(arrows, ExplainerArrow.Part.MOMENTUM, x, y, ax, ay, len, MOMENTUM, "m");
        arrow(arrows, ExplainerArrow.Part.SCALED, x, y, sx, sy, len, SCALED, o.kind() == OptimizerKind.ADAGRAD ? "g/√s" : o.kind() == OptimizerKind.RMSPROP ? "g/√v" : "m′/√v′");
        arrow(arrows, ExplainerArrow.Part.UPDATE, x, y, ddx, ddy, len, UPDATE, "Δθ");
        return new StepExplanation(k, lines, caption(t, k, o, f), arrows);
    }

    /** Adds an arrow of drawn length {@code len} in the direction of (vx, vy) if that vector is finite and non-zero. */
    private static void arrow(List<ExplainerArrow> out, ExplainerArrow.Part part, double x, double y, double vx, double vy,
                              double len, Color c, String label) {
        double n = Math.hypot(vx, vy);
        if (!(n > 0) || !Double.isFinite(n)) return;
        out.add(new ExplainerArrow(part, x, y, vx / n * len, vy / n * len, n, c, label));
    }

    private String caption(Trajectory t, int k, OptimizerSpec o, PointFunction f) {
        CaptionWriter w = new CaptionWriter(i18n);
        return w.write(t, k, o, f);
    }
}
