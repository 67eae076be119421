package org.saddlepoint.ui.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.saddlepoint.optim.OptimizerKind;
import org.saddlepoint.optim.OptimizerSpec;
import org.saddlepoint.optim.RunSpec;
import org.saddlepoint.optim.Schedule;
import org.saddlepoint.optim.Trajectory;
import org.saddlepoint.optim.TrajectoryRunner;
import org.saddlepoint.surface.Domain;
import org.saddlepoint.surface.ExpressionSurface;
import org.saddlepoint.ui.I18n;

/** The explainer's numbers against hand-derived first steps (torch formulas), and its words. */
class StepExplainerTest {
    private static final Domain DOMAIN = new Domain(-2, 2, -2, 2);
    private final StepExplainer en = new StepExplainer(new I18n(I18n.ENGLISH));
    private final StepExplainer zh = new StepExplainer(new I18n(I18n.CHINESE));

    private static Trajectory run(String f, double x, double y, OptimizerSpec o, int steps) {
        return TrajectoryRunner.run(ExpressionSurface.of(f), new RunSpec(x, y, o, Schedule.CONSTANT, null, steps));
    }

    @Test void adamFirstStepMovesEveryCoordinateByEta() {
        // f = x² + 3y² at (1, 1): g = (2, 6); m′ = g, √v′ = |g| after one step, so Δθ = −η·sign(g)·|g|/(|g|+ε) ≈ (−0.1, −0.1)
        Trajectory t = run("x^2 + 3*y^2", 1, 1, OptimizerSpec.defaults(OptimizerKind.ADAM).withLr(0.1), 5);
        StepExplanation x = en.explain(t, 0, DOMAIN, ExpressionSurface.of("x^2 + 3*y^2").newEvaluator());
        assertEquals(1, x.step());
        String formula = String.join("\n", x.formula());
        assertTrue(formula.contains("g = ∇f(θ) = (2, 6)"), formula);
        assertTrue(formula.contains("m′ = m/(1−β₁ᵏ) = (2, 6),  √v′ = (2, 6)"), formula);
        assertTrue(formula.contains("Δθ = −η·m′/(√v′+ε) = (−0.1, −0.1)   (η = 0.1)"), formula);
        ExplainerArrow grad = arrow(x.arrows(), ExplainerArrow.Part.GRADIENT);
        assertEquals(Math.hypot(2, 6), grad.trueLength(), 1e-12);
        assertEquals(2 / 6.0, grad.dx() / grad.dy(), 1e-12, "the gradient arrow points along g");
        ExplainerArrow update = arrow(x.arrows(), ExplainerArrow.Part.UPDATE);
        assertEquals(Math.hypot(0.1, 0.1), update.trueLength(), 1e-8);
        assertEquals(StepExplainer.ARROW_FRACTION * 4, Math.hypot(update.dx(), update.dy()), 1e-12);
        assertTrue(x.caption().contains("like a bowl (eigenvalues 6 and 2)"), x.caption());
        assertTrue(x.caption().contains("The loss fell from 4 to "), x.caption());
        assertTrue(x.caption().startsWith("The gradient points uphill mostly along θ₂ (|g| = 6.32)"), x.caption());
    }

    @Test void sgdMomentumShowsTheLectureFormAndNoticesOvershoot() {
        // f = x² − y² + y⁴/4 is a saddle at 0. SGD μ = 0.9, η = 0.6 from (1, 0): b₁ = g₁ = (2, 0), Δθ₁ = (−1.2, 0) → x = −0.2;
        // b₂ = 0.9·(2, 0) + (−0.4, 0) = (1.4, 0), Δθ₂ = −0.6·b₂ = (−0.84, 0): the step goes on to −1.04, uphill against g₂ = (−0.4, 0).
        OptimizerSpec sgd = OptimizerSpec.defaults(OptimizerKind.SGD).withLr(0.6).withMomentum(0.9);
        Trajectory t = run("x^2 - y^2 + y^4/4", 1, 0, sgd, 3);
        StepExplanation x = en.explain(t, 1, DOMAIN, ExpressionSurface.of("x^2 - y^2 + y^4/4").newEvaluator());
        assertEquals(2, x.step());
        String formula = String.join("\n", x.formula());
        assertTrue(formula.contains("b = μ·b + (1−τ)·g = (1.4, 0)"), formula);
        assertTrue(formula.contains("Δθ = −η·b = (−0.84, 0)"), formula);
        assertTrue(formula.contains("m ← λm − η·g = (−0.84, 0);  θ ← θ + m"), formula);
        assertTrue(x.caption().contains("Momentum keeps 90% of the last step, so the ball rolls on against the slope"), x.caption());
        assertTrue(x.caption().contains("saddle-shaped"), x.caption());
        assertTrue(x.caption().contains("The loss rose from"), x.caption());
        StepExplanation cn = zh.explain(t, 1, DOMAIN, ExpressionSurface.of("x^2 - y^2 + y^4/4").newEvaluator());
        assertTrue(cn.caption().contains("动量保留上一步的 90%"), cn.caption());
        assertTrue(cn.caption().contains("马鞍形"), cn.caption());
    }

    @Test void plainSgdAtTheSaddlePointSaysTheGradientVanishes() {
        // from (0, 1e-6) the gradient is (0, ≈ −2e-6): tiny compared with later steps once it escapes
        Trajectory t = run("x^2 - y^2 + y^4/4", 0, 1e-6, OptimizerSpec.defaults(OptimizerKind.SGD).withLr(0.1), 200);
        StepExplanation x = en.explain(t, 0, DOMAIN, null);
        assertTrue(x.caption().startsWith("The gradient is almost zero here"), x.caption());
        assertTrue(String.join("\n", x.formula()).contains("Δθ = −η·g = −0.1·"), x.formula().toString());
        assertEquals(0, x.arrows().stream().filter(a -> a.part() == ExplainerArrow.Part.MOMENTUM).count(), "plain SGD has no momentum arrow");
    }

    @Test void explainedStepIsTheOneLeavingThePlaybackPosition() {
        Trajectory t = run("x^2", 1, 1, OptimizerSpec.defaults(OptimizerKind.SGD), 10);
        assertEquals(1, StepExplainer.explainedStep(t, 0));
        assertEquals(5, StepExplainer.explainedStep(t, 4));
        assertEquals(10, StepExplainer.explainedStep(t, 10));
        assertEquals(0, StepExplainer.explainedStep(run("x^2", 1, 1, OptimizerSpec.defaults(OptimizerKind.SGD), 0), 0));
    }

    private static ExplainerArrow arrow(List<ExplainerArrow> arrows, ExplainerArrow.Part part) {
        return arrows.stream().filter(a -> a.part() == part).findFirst().orElseThrow();
    }
}
