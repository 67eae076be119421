package org.saddlepoint.ui.explain;

import static org.saddlepoint.optim.Trajectory.GRAD_X;
import static org.saddlepoint.optim.Trajectory.GRAD_Y;
import static org.saddlepoint.optim.Trajectory.UPDATE_X;
import static org.saddlepoint.optim.Trajectory.UPDATE_Y;

import org.saddlepoint.optim.OptimizerKind;
import org.saddlepoint.optim.OptimizerSpec;
import org.saddlepoint.optim.Trajectory;
import org.saddlepoint.surface.PointFunction;
import org.saddlepoint.ui.I18n;

/**
 * Writes the explainer's caption in plain words from the numbers of step k: which way the
 * gradient points (or that it almost vanishes), the shape of the surface there (from the
 * Hessian's eigenvalues), what the optimizer does with the gradient, and whether the loss fell.
 */
final class CaptionWriter {
    /** |g| below this fraction of the largest |g| on the trajectory counts as "almost zero". */
    static final double FLAT = 0.02;
    private final I18n i18n;

    CaptionWriter(I18n i18n) { this.i18n = i18n; }

    String write(Trajectory t, int k, OptimizerSpec o, PointFunction f) {
        StringBuilder sb = new StringBuilder();
        double gx = t.get(GRAD_X, k), gy = t.get(GRAD_Y, k), g = Math.hypot(gx, gy);
        double gMax = 0;
        for (int i = 1; i < t.size(); i++) {
            double n = Math.hypot(t.get(GRAD_X, i), t.get(GRAD_Y, i));
            if (Double.isFinite(n)) gMax = Math.max(gMax, n);
        }
        boolean flat = g <= FLAT * gMax;
        if (flat) {
            sb.append(i18n.fmt("explain.grad.flat", Num.s(g)));
        } else {
            String axis = Math.abs(gx) > 2 * Math.abs(gy) ? "explain.axis.x" : Math.abs(gy) > 2 * Math.abs(gx) ? "explain.axis.y" : "explain.axis.diag";
            sb.append(i18n.fmt("explain.grad.dir", i18n.get(axis), Num.s(g)));
        }
        String shape = f == null ? "" : curvature(sb, f, t.x(k - 1), t.y(k - 1), flat);
        sb.append(' ').append(optimizerSentence(t, k, o, shape));
        double before = t.loss(k - 1), after = t.loss(k);
        if (Double.isFinite(before) && Double.isFinite(after)) {
            String b = Num.s(before), a = Num.s(after);
            if (b.equals(a)) sb.append(' ').append(i18n.fmt("explain.loss.same", a));
            else sb.append(' ').append(i18n.fmt(after < before ? "explain.loss.down" : "explain.loss.up", b, a));
        }
        if (k == t.stepsTaken()) t.stopReason().ifPresent(r -> sb.append(' ').append(i18n.fmt("explain.stopped", org.saddlepoint.ui.StopReasonText.of(r, i18n))));
        return sb.toString();
    }

    /** Appends the curvature sentence and returns the shape: saddle, bowl, cap, flat (or "" if unknown). */
    private String curvature(StringBuilder sb, PointFunction f, double x, double y, boolean atCriticalPoint) {
        double[] h = new double[3];
        f.hessian(x, y, h);
        double mean = (h[0] + h[2]) / 2, r = Math.hypot((h[0] - h[2]) / 2, h[1]);
        double l1 = mean + r, l2 = mean - r;
        if (!Double.isFinite(l1) || !Double.isFinite(l2)) return "";
        double tol = 1e-9 * Math.max(1, Math.abs(l1) + Math.abs(l2));
        String shape;
        if (l1 > tol && l2 < -tol) shape = "saddle";
        else if (l2 > tol) shape = "bowl";
        else if (l1 < -tol) shape = "cap";
        else shape = "flat";
        sb.append(' ').append(i18n.fmt("explain.curv." + shape, Num.s(l1), Num.s(l2)));
        if (atCriticalPoint && !"flat".equals(shape)) sb.append(' ').append(i18n.get("explain.critical." + shape));
        return shape;
    }

    private String optimizerSentence(Trajectory t, int k, OptimizerSpec o, String shape) {
        double ux = t.get(UPDATE_X, k), uy = t.get(UPDATE_Y, k);
        double gx = t.get(GRAD_X, k), gy = t.get(GRAD_Y, k);
        double cos = -(ux * gx + uy * gy) / (Math.hypot(ux, uy) * Math.hypot(gx, gy));
        String lr = Num.s(t.get(Trajectory.LR, k));
        return switch (o.kind()) {
            case SGD -> {
                if (o.momentum() > 0) {
                    String how = Double.isNaN(cos) ? "explain.momentum.along" : cos < 0 ? "explain.momentum.against"
                            : cos < Math.sqrt(0.5) ? "explain.momentum.turn" : "explain.momentum.along";
                    yield i18n.fmt("explain.momentum", Num.pct(o.momentum()), i18n.get(how));
                }
                yield i18n.fmt("explain.sgd", lr);
            }
            case ADAM, ADAMW -> i18n.fmt("explain.adam", Num.s(t.get(Trajectory.LR, k) * (1 - Math.pow(o.beta1(), k))), Num.v(ux, uy));
            case RMSPROP -> i18n.get("explain.rmsprop");
            case ADAGRAD -> i18n.get("explain.adagrad");
            case NEWTON -> i18n.get("explain.newton") + ("saddle".equals(shape) ? " " + i18n.get("explain.newton.saddle") : "");
            case SADDLE_FREE_NEWTON -> i18n.get("explain.sfn") + ("saddle".equals(shape) ? " " + i18n.get("explain.sfn.saddle") : "");
        };
    }
}
