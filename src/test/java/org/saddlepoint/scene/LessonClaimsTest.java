package org.saddlepoint.scene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ejml.simple.SimpleMatrix;
import org.junit.jupiter.api.Test;
import org.saddlepoint.optim.Noise;
import org.saddlepoint.optim.OptimizerKind;
import org.saddlepoint.optim.OptimizerSpec;
import org.saddlepoint.optim.RunSpec;
import org.saddlepoint.optim.Schedule;
import org.saddlepoint.optim.Trajectory;
import org.saddlepoint.optim.TrajectoryRunner;
import org.saddlepoint.surface.PointFunction;
import org.saddlepoint.surface.Surface;

/**
 * Each bundled lesson's claim, checked with numbers on the engine using the lesson's own scene
 * (its surface, start, optimizers and hyperparameters as written in surfaces/lessons/).
 */
class LessonClaimsTest {
    private static final LessonCatalog LESSONS = LessonCatalog.bundled();
    private static final SceneRunner RUNNER = new SceneRunner();

    private static List<SceneRun> runs(String id) {
        Scene s = LESSONS.byId(id).orElseThrow().scene();
        return RUNNER.runs(s, RUNNER.surface(s), () -> false);
    }

    private static Surface surface(String id) { return RUNNER.surface(LESSONS.byId(id).orElseThrow().scene()); }

    private static double last(Trajectory t, int column) { return t.get(column, t.size() - 1); }

    private static double gradNorm(Surface s, double x, double y) {
        double[] g = new double[2];
        s.newEvaluator().gradient(x, y, g);
        return Math.hypot(g[0], g[1]);
    }

    /** Hessian eigenvalues from EJML (independent of the optimizer's own 2×2 eigen code). */
    private static double[] eigen(Surface s, double x, double y) {
        double[] h = new double[3];
        s.newEvaluator().hessian(x, y, h);
        var e = new SimpleMatrix(new double[][] {{h[0], h[1]}, {h[1], h[2]}}).eig();
        double a = e.getEigenvalue(0).getReal(), b = e.getEigenvalue(1).getReal();
        return new double[] {Math.min(a, b), Math.max(a, b)};
    }

    @Test
    void criticalPoints_gdAndNewtonBothEndOnTheSaddleWhoseHessianIsIndefinite() {
        Surface s = surface("01_critical_points");
        for (SceneRun r : runs("01_critical_points")) {
            Trajectory t = r.trajectory();
            double x = t.x(t.size() - 1), y = t.y(t.size() - 1);
            assertTrue(gradNorm(s, x, y) < 1e-2, r.label().en() + ": |∇f| = " + gradNorm(s, x, y));
            assertTrue(Math.abs(t.finalLoss()) < 1e-4, r.label().en() + ": loss " + t.finalLoss());
            double[] ev = eigen(s, x, y);
            assertEquals(-2, ev[0], 1e-12);
            assertEquals(2, ev[1], 1e-12);
        }
        Trajectory newton = runs("01_critical_points").get(1).trajectory();
        assertEquals(0, newton.x(1), 1e-12, "Newton solves H·Δθ = −g: one step onto the saddle");
        assertEquals(0, newton.y(1), 1e-12);
    }

    @Test
    void escapeSaddle_noiseAndSaddleFreeNewtonEscapeWhereGradientDescentStays() {
        List<SceneRun> r = runs("02_escape_saddle");
        Trajectory gd = r.get(0).trajectory(), noisy = r.get(1).trajectory(), sfn = r.get(2).trajectory();
        assertTrue(Math.abs(gd.finalLoss()) < 1e-3 && gd.y(gd.size() - 1) == 0.0, "GD stays on the axis at the saddle: " + gd.finalLoss());
        assertTrue(noisy.finalLoss() < -1, "noise escapes: loss " + noisy.finalLoss());
        assertTrue(sfn.finalLoss() < -1, "saddle-free Newton escapes: loss " + sfn.finalLoss());
        // the escape is along the eigenvector of λ = −2, the y axis
        assertTrue(Math.abs(sfn.y(sfn.size() - 1)) > 1 && Math.abs(sfn.x(sfn.size() - 1)) < 0.1);
        Surface s = surface("02_escape_saddle");
        Trajectory gdSameStart = TrajectoryRunner.run(s, new RunSpec(1.8, 0.001, OptimizerSpec.defaults(OptimizerKind.SGD).withLr(0.05), null, null, 20));
        assertTrue(Math.abs(gdSameStart.y(20)) < 0.01, "plain GD from SFN's start is still near the axis after 20 steps");
    }

    @Test
    void batch_smallBatchNoiseLeavesTheSharpMinimumTheFullBatchStays() {
        List<SceneRun> r = runs("03_batch_sharp_flat");
        Trajectory full = r.get(0).trajectory(), small = r.get(1).trajectory();
        assertTrue(Math.abs(full.x(full.size() - 1) + 2) < 0.05, "full batch stays in the sharp basin at x ≈ −2: " + full.x(full.size() - 1));
        assertTrue(Math.abs(small.x(small.size() - 1) - 2) < 0.5, "small batch ends in the flat basin at x ≈ 2: " + small.x(small.size() - 1));
        Surface s = surface("03_batch_sharp_flat");
        SceneOptimizer noisy = LESSONS.byId("03_batch_sharp_flat").orElseThrow().scene().optimizers().get(1);
        int escaped = 0, leftFlat = 0;
        for (long seed = 1; seed <= 10; seed++) {
            RunSpec spec = noisy.withOption("seed", seed).runSpec(-2.6, 0.3);
            if (TrajectoryRunner.run(s, spec).x(300) > 0) escaped++;
            if (TrajectoryRunner.run(s, spec.withStart(2.0, 0.0)).x(300) < 0) leftFlat++;
        }
        assertTrue(escaped >= 6, "most seeds leave the sharp basin: " + escaped + "/10");
        assertTrue(leftFlat <= 1, "the same noise rarely leaves the flat basin: " + leftFlat + "/10");
    }

    @Test
    void batch_minibatchGradientNoiseShrinksLikeOneOverRootB() {
        Surface data = RUNNER.surface(LESSONS.byId("10_feature_scaling_normalized").orElseThrow().scene());
        OptimizerSpec tiny = OptimizerSpec.defaults(OptimizerKind.SGD).withLr(1e-12);
        double[] sd = new double[2];
        int[] sizes = {4, 25};
        for (int i = 0; i < 2; i++) {
            Trajectory t = TrajectoryRunner.run(data, new RunSpec(1, 1, tiny, Schedule.CONSTANT, Noise.minibatch(sizes[i], 3), 400));
            double ss = 0;
            for (int k = 1; k < t.size(); k++) ss += Math.pow(t.get(Trajectory.USED_GRAD_X, k) - t.get(Trajectory.GRAD_X, k), 2);
            sd[i] = Math.sqrt(ss / (t.size() - 1));
        }
        // without-replacement sampling from N = 50: sd ∝ √((N − B)/(B(N − 1))) → ratio √((46/4)/(25/25)) = 3.39
        double expected = Math.sqrt((46.0 / 4) / (25.0 / 25));
        assertEquals(expected, sd[0] / sd[1], 0.35 * expected, "noise ratio B=4 vs B=25");
    }

    @Test
    void momentum_rollsOverTheRidgeWhereGradientDescentStops() {
        List<SceneRun> r = runs("04_momentum");
        Trajectory gd = r.get(0).trajectory(), mom = r.get(1).trajectory();
        assertTrue(gd.x(gd.size() - 1) < -0.6, "GD stays in the shallow valley: x = " + gd.x(gd.size() - 1));
        assertTrue(mom.x(mom.size() - 1) > 1.0, "momentum 0.9 reaches the deep valley: x = " + mom.x(mom.size() - 1));
        assertTrue(mom.finalLoss() < gd.finalLoss() - 0.5);
    }

    @Test
    void adaptive_rmspropPassesTheCliffWhereAdagradStalls() {
        List<SceneRun> r = runs("05_adaptive_rates");
        Trajectory adagrad = r.get(0).trajectory(), rms = r.get(1).trajectory();
        assertTrue(adagrad.x(400) < 1.0, "Adagrad stalls just past the cliff: x = " + adagrad.x(400));
        assertTrue(rms.x(400) > 5.0, "RMSprop reaches the minimum near x = 6: x = " + rms.x(400));
        // Adagrad's last steps are tiny: Σg² remembers the cliff
        assertTrue(Math.abs(adagrad.get(Trajectory.UPDATE_X, 400)) < 0.01);
    }

    @Test
    void decay_sameNoiseMuchLowerFinalLoss() {
        List<SceneRun> r = runs("06_lr_decay");
        double constant = r.get(0).trajectory().finalLoss(), decayed = r.get(1).trajectory().finalLoss();
        assertTrue(decayed * 10 < constant, "decayed " + decayed + " vs constant " + constant);
        assertEquals(0.05 * Math.pow(0.99, 299), r.get(1).trajectory().get(Trajectory.LR, 300), 1e-12);
    }

    @Test
    void warmup_avoidsTheDivergenceOfTheSamePeakRateFromStepZero() {
        List<SceneRun> r = runs("07_warmup");
        Trajectory cold = r.get(0).trajectory(), warm = r.get(1).trajectory();
        assertTrue(cold.diverged() && cold.stepsTaken() < 10, "η = 0.05 from step 0 diverges: " + cold.stopReason());
        assertTrue(!warm.diverged() && warm.finalLoss() < 0.1, "warmup converges: " + warm.finalLoss());
        assertEquals(0.05, warm.get(Trajectory.LR, 500), 1e-15, "warmup reaches the same peak rate");
    }

    @Test
    void cyclic_endsFarBelowTheDimpleWhereTheConstantRateStays() {
        List<SceneRun> r = runs("08_cyclic_lr");
        double constant = r.get(0).trajectory().finalLoss(), cyclic = r.get(1).trajectory().finalLoss();
        assertTrue(constant > 4.5, "constant rate stays in a dimple: " + constant);
        assertTrue(cyclic < constant / 3, "cyclic " + cyclic + " vs constant " + constant);
    }

    /** Steps until f − f* ≤ 1% of f(θ₀) − f*, with f* from the normal equations (closed form). */
    private static int stepsToOnePercent(Trajectory t, Surface s) {
        PointFunction f = s.newEvaluator();
        double[] h = new double[3], g = new double[2];
        f.hessian(0, 0, h);
        f.gradient(0, 0, g);
        double det = h[0] * h[2] - h[1] * h[1];
        double x = -(h[2] * g[0] - h[1] * g[1]) / det, y = -(h[0] * g[1] - h[1] * g[0]) / det;
        double min = f.value(x, y);
        double target = 0.01 * (t.loss(0) - min);
        for (int k = 0; k < t.size(); k++) if (t.loss(k) - min <= target) return k;
        return Integer.MAX_VALUE;
    }

    @Test
    void scaling_normalizedFeaturesConvergeInATenthOfTheSteps() {
        int raw = stepsToOnePercent(runs("09_feature_scaling_raw").get(0).trajectory(), surface("09_feature_scaling_raw"));
        int norm = stepsToOnePercent(runs("10_feature_scaling_normalized").get(0).trajectory(), surface("10_feature_scaling_normalized"));
        assertTrue(raw < Integer.MAX_VALUE, "raw converges within the lesson's steps");
        assertTrue(norm * 10 <= raw, "normalized " + norm + " steps vs raw " + raw);
    }

    @Test
    void mseStaysOnThePlateauWhileCrossEntropyReachesItsMinimum() {
        Trajectory mse = runs("11_mse_plateau").get(0).trajectory(), ce = runs("12_cross_entropy").get(0).trajectory();
        assertEquals(500, mse.stepsTaken());
        assertTrue(Math.hypot(mse.x(500) - mse.x(0), mse.y(500) - mse.y(0)) < 1e-6, "MSE run has not moved");
        assertTrue(mse.finalLoss() > 0.8, "MSE is still high: " + mse.finalLoss());
        double[] g = new double[2];
        Surface ceSurface = surface("12_cross_entropy");
        ceSurface.newEvaluator().gradient(ce.x(500), ce.y(500), g);
        assertTrue(Math.hypot(g[0], g[1]) < 1e-3, "cross-entropy reached a stationary point");
        assertTrue(ce.finalLoss() < 0.45 && ce.finalLoss() < ce.loss(0) / 10, "cross-entropy " + ce.loss(0) + " → " + ce.finalLoss());
    }

    @Test
    void sigmoidSaturation_largeWeightsBarelyMoveSmallWeightsFit() {
        List<SceneRun> r = runs("13_sigmoid_saturation");
        Trajectory sat = r.get(0).trajectory(), small = r.get(1).trajectory();
        assertTrue(Math.hypot(sat.x(300) - 9, sat.y(300) - 9) < 1e-2, "saturated run barely moves");
        assertTrue(sat.finalLoss() > 0.1);
        assertTrue(small.finalLoss() < 1e-3, "small weights fit: " + small.finalLoss());
    }

    @Test
    void deadRelu_exactlyZeroGradientNothingMoves() {
        List<SceneRun> r = runs("14_dead_relu");
        Trajectory dead = r.get(0).trajectory(), alive = r.get(1).trajectory();
        for (int k = 1; k < dead.size(); k++) {
            assertEquals(0.0, dead.get(Trajectory.GRAD_X, k));
            assertEquals(0.0, dead.get(Trajectory.GRAD_Y, k));
        }
        assertEquals(-2.0, dead.x(200));
        assertEquals(-1.5, dead.y(200));
        assertTrue(alive.finalLoss() < 0.01, "active start learns: " + alive.finalLoss());
    }

    @Test
    void search_randomSearchFindsAFarLowerLossWithTheSameBudget() {
        Scene s = LESSONS.byId("15_grid_vs_random_search").orElseThrow().scene();
        SearchResult r = HyperparameterSearch.run(RUNNER.surface(s), s.optimizers().get(0), s.startX(), s.startY(), s.search());
        assertEquals(9, r.grid().size());
        assertEquals(9, r.random().size());
        assertEquals(3, SearchResult.distinctLearningRates(r.grid()));
        assertEquals(9, SearchResult.distinctLearningRates(r.random()));
        assertTrue(r.bestRandom().finalLoss() * 100 < r.bestGrid().finalLoss(), r.bestRandom() + " vs " + r.bestGrid());
        // η matters more than μ: between neighbouring grid values (finite losses), changing η moves the final loss by
        // more decades than changing μ (measured: 2.4 vs 1.2 decades)
        double acrossLr = 0, acrossMu = 0;
        for (int j = 0; j < 3; j++) {
            acrossLr = Math.max(acrossLr, spread(r.grid().get(3 * j).finalLoss(), r.grid().get(3 * j + 1).finalLoss()));
            acrossMu = Math.max(acrossMu, spread(r.grid().get(j + 3).finalLoss(), r.grid().get(j).finalLoss()));
        }
        assertTrue(acrossLr > 1.5 * acrossMu, "η spread " + acrossLr + " decades vs μ spread " + acrossMu);
    }

    private static double spread(double a, double b) { return Math.abs(Math.log10(a) - Math.log10(b)); }
}
