package org.saddlepoint.ui.view3d;

import org.saddlepoint.optim.Noise;
import org.saddlepoint.optim.OptimizerKind;
import org.saddlepoint.optim.OptimizerSpec;
import org.saddlepoint.optim.RunSpec;
import org.saddlepoint.optim.Schedule;
import org.saddlepoint.optim.Trajectory;
import org.saddlepoint.surface.Domain;
import org.saddlepoint.surface.ExpressionSurface;
import org.saddlepoint.surface.PointFunction;
import org.saddlepoint.surface.ScalarGrid;
import org.saddlepoint.surface.Surface;

/**
 * Data for the view demo, the frame-rate measurement and the view tests: Himmelblau's function
 * (x² + y − 11)² + (x + y² − 7)² on [−5, 5]² and heavy-ball descent paths on it
 * (m ← λm − η·g; θ ← θ + m, the lecture's form; λ = 0 is plain gradient descent).
 */
public final class DemoData {
    public static final String HIMMELBLAU = "(x^2+y-11)^2+(x+y^2-7)^2";
    public static final Domain DOMAIN = new Domain(-5, 5, -5, 5);

    private DemoData() { }

    public static Surface himmelblau() { return ExpressionSurface.of(HIMMELBLAU); }

    /** The surface sampled on an n×n grid over {@link #DOMAIN}. */
    public static ScalarGrid grid(Surface s, int n) {
        PointFunction f = s.newEvaluator();
        double[] z = new double[n * n];
        for (int iy = 0; iy < n; iy++)
            for (int ix = 0; ix < n; ix++)
                z[iy * n + ix] = f.value(DOMAIN.xMin() + ix * DOMAIN.width() / (n - 1), DOMAIN.yMin() + iy * DOMAIN.height() / (n - 1));
        return new ScalarGrid(DOMAIN, n, n, z);
    }

    /** A heavy-ball descent path recorded as a {@link Trajectory} (X, Y, LOSS, GRAD, LR, UPDATE, MOMENTUM columns). */
    public static Trajectory descent(Surface s, double x0, double y0, double lr, double momentum, int steps) {
        PointFunction f = s.newEvaluator();
        double[][] c = new double[Trajectory.COLUMNS][steps + 1];
        double x = x0, y = y0, mx = 0, my = 0;
        double[] g = new double[2];
        c[Trajectory.X][0] = x;
        c[Trajectory.Y][0] = y;
        c[Trajectory.LOSS][0] = f.value(x, y);
        int rows = 1;
        String stop = null;
        for (int k = 1; k <= steps; k++) {
            f.gradient(x, y, g);
            mx = momentum * mx - lr * g[0];
            my = momentum * my - lr * g[1];
            x += mx;
            y += my;
            double loss = f.value(x, y);
            if (!Double.isFinite(loss) || !Double.isFinite(x) || !Double.isFinite(y)) { stop = "diverged at step " + k; break; }
            c[Trajectory.X][k] = x; c[Trajectory.Y][k] = y; c[Trajectory.LOSS][k] = loss;
            c[Trajectory.GRAD_X][k] = g[0]; c[Trajectory.GRAD_Y][k] = g[1];
            c[Trajectory.USED_GRAD_X][k] = g[0]; c[Trajectory.USED_GRAD_Y][k] = g[1];
            c[Trajectory.MOMENTUM_X][k] = momentum == 0 ? Double.NaN : mx;
            c[Trajectory.MOMENTUM_Y][k] = momentum == 0 ? Double.NaN : my;
            c[Trajectory.SCALE_X][k] = Double.NaN; c[Trajectory.SCALE_Y][k] = Double.NaN;
            c[Trajectory.LR][k] = lr; c[Trajectory.UPDATE_X][k] = mx; c[Trajectory.UPDATE_Y][k] = my;
            rows = k + 1;
        }
        OptimizerSpec spec = OptimizerSpec.defaults(OptimizerKind.SGD).withLr(lr).withMomentum(momentum);
        return new Trajectory(new RunSpec(x0, y0, spec, Schedule.CONSTANT, Noise.NONE, steps), c, rows, stop);
    }

    /** Four heavy-ball paths of 200 steps from the corners of {@link #DOMAIN} (red, yellow, cyan, magenta), for demos and benchmarks. */
    public static java.util.List<org.saddlepoint.render.TrajectoryStyle> fourPaths(Surface s) {
        return java.util.List.of(
                new org.saddlepoint.render.TrajectoryStyle(descent(s, -4.5, 4.5, 0.005, 0, 200), java.awt.Color.RED, "a"),
                new org.saddlepoint.render.TrajectoryStyle(descent(s, 0.5, -4.5, 0.004, 0.8, 200), java.awt.Color.YELLOW, "b"),
                new org.saddlepoint.render.TrajectoryStyle(descent(s, 4.5, -4.5, 0.003, 0.5, 200), java.awt.Color.CYAN, "c"),
                new org.saddlepoint.render.TrajectoryStyle(descent(s, -1, -1, 0.002, 0.9, 200), java.awt.Color.MAGENTA, "d"));
    }
}
