package org.saddlepoint.scene;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.saddlepoint.optim.RunSpec;
import org.saddlepoint.optim.Trajectory;
import org.saddlepoint.optim.TrajectoryRunner;
import org.saddlepoint.surface.PointFunction;
import org.saddlepoint.surface.Surface;

/**
 * Grid search versus random search over (η, μ) with the same budget n². The grid tries n
 * log-spaced learning rates × n momenta; random search draws n² pairs, log₁₀ η ~ U(log₁₀ η_min,
 * log₁₀ η_max) and μ ~ U(μ_min, μ_max). When one hyperparameter matters far more than the
 * other, the grid wastes its budget repeating the same n values of the important one while
 * random search tries n² different values of it (Bergstra and Bengio, 2012).
 */
public final class HyperparameterSearch {
    private HyperparameterSearch() { }

    /** Runs both searches: {@code base} trained on {@code surface} from (x0, y0) for each trial. */
    public static SearchResult run(Surface surface, SceneOptimizer base, double x0, double y0, SceneSearch s) {
        int n = s.gridSide();
        List<SearchResult.Trial> grid = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            double mu = s.momentumMin() + (s.momentumMax() - s.momentumMin()) * j / (n - 1);
            for (int i = 0; i < n; i++) {
                double lr = Math.pow(10, lerp(Math.log10(s.lrMin()), Math.log10(s.lrMax()), (double) i / (n - 1)));
                grid.add(trial(surface, base, x0, y0, lr, mu));
            }
        }
        Random rnd = new Random(s.seed());
        List<SearchResult.Trial> random = new ArrayList<>();
        for (int k = 0; k < n * n; k++) {
            double lr = Math.pow(10, lerp(Math.log10(s.lrMin()), Math.log10(s.lrMax()), rnd.nextDouble()));
            double mu = lerp(s.momentumMin(), s.momentumMax(), rnd.nextDouble());
            random.add(trial(surface, base, x0, y0, lr, mu));
        }
        return new SearchResult(grid, random);
    }

    private static double lerp(double a, double b, double t) { return a + (b - a) * t; }

    /** Final loss of {@code base} with η = lr and μ = mu (+∞ if the run diverged). */
    public static double finalLoss(Surface surface, SceneOptimizer base, double x0, double y0, double lr, double mu) {
        RunSpec spec = base.runSpec(x0, y0);
        spec = spec.withOptimizer(spec.optimizer().withLr(lr).withMomentum(mu));
        Trajectory t = TrajectoryRunner.run(surface, spec);
        return t.diverged() || !Double.isFinite(t.finalLoss()) ? Double.POSITIVE_INFINITY : t.finalLoss();
    }

    private static SearchResult.Trial trial(Surface surface, SceneOptimizer base, double x0, double y0, double lr, double mu) {
        return new SearchResult.Trial(lr, mu, finalLoss(surface, base, x0, y0, lr, mu));
    }

    /**
     * The response surface shown by a search scene: f(log₁₀ η, μ) = final training loss (NaN if
     * the run diverged). It has no closed-form derivative; gradient and Hessian are central
     * differences (h = 1e-3 of the axis units) and say so in {@link Surface#describe()}.
     */
    public static Surface responseSurface(Surface training, SceneOptimizer base, double x0, double y0) {
        return new Surface() {
            @Override public PointFunction newEvaluator() {
                return new PointFunction() {
                    private static final double H = 1e-3;

                    @Override public double value(double x, double y) {
                        double v = finalLoss(training, base, x0, y0, Math.pow(10, x), Math.min(Math.max(y, 0), 1));
                        return Double.isFinite(v) ? v : Double.NaN;
                    }

                    @Override public double gradient(double x, double y, double[] g) {
                        g[0] = (value(x + H, y) - value(x - H, y)) / (2 * H);
                        g[1] = (value(x, y + H) - value(x, y - H)) / (2 * H);
                        return value(x, y);
                    }

                    @Override public void hessian(double x, double y, double[] h) {
                        double f = value(x, y);
                        h[0] = (value(x + H, y) - 2 * f + value(x - H, y)) / (H * H);
                        h[2] = (value(x, y + H) - 2 * f + value(x, y - H)) / (H * H);
                        h[1] = (value(x + H, y + H) - value(x + H, y - H) - value(x - H, y + H) + value(x - H, y - H)) / (4 * H * H);
                    }
                };
            }

            @Override public String describe() {
                return "final loss of " + base.kind() + " after " + base.steps() + " steps over (log10 lr, momentum); derivatives by finite differences";
            }
        };
    }
}
