package org.saddlepoint.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.ejml.data.Complex_F64;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.junit.jupiter.api.Test;
import org.saddlepoint.surface.ExpressionSurface;

/** Newton and saddle-free Newton, and the closed-form 2×2 eigendecomposition they use. */
class NewtonTest {
    private static RunSpec run(OptimizerKind kind, double x, double y, int steps) {
        return new RunSpec(x, y, OptimizerSpec.defaults(kind), Schedule.CONSTANT, Noise.NONE, steps);
    }

    @Test void oneNewtonStepLandsOnTheMinimumOfAQuadratic() {
        // f = 3(x−1)² + 2(x−1)(y+2) + 5(y+2)², positive definite, minimum at (1, −2)
        ExpressionSurface s = ExpressionSurface.of("3*(x-1)^2 + 2*(x-1)*(y+2) + 5*(y+2)^2");
        Trajectory t = TrajectoryRunner.run(s, run(OptimizerKind.NEWTON, 4, 7, 1));
        assertEquals(1, t.x(1), 1e-12);
        assertEquals(-2, t.y(1), 1e-12);
        assertEquals(0, t.loss(1), 1e-20);
        // scale = eigenvalues of H = [[6, 2], [2, 10]]: 8 ± √8
        assertEquals(8 + Math.sqrt(8), t.get(Trajectory.SCALE_X, 1), 1e-12);
        assertEquals(8 - Math.sqrt(8), t.get(Trajectory.SCALE_Y, 1), 1e-12);
        assertFalse(t.note(1).isPresent());
    }

    @Test void newtonWithStepSizeHalfGoesHalfway() {
        ExpressionSurface s = ExpressionSurface.of("(x-1)^2 + 4*(y-3)^2");
        RunSpec spec = run(OptimizerKind.NEWTON, 5, 5, 2).withOptimizer(OptimizerSpec.defaults(OptimizerKind.NEWTON).withLr(0.5));
        Trajectory t = TrajectoryRunner.run(s, spec);
        assertEquals(3, t.x(1), 1e-12);
        assertEquals(4, t.y(1), 1e-12);
        assertEquals(2, t.x(2), 1e-12);
        assertEquals(3.5, t.y(2), 1e-12);
    }

    @Test void atASaddleNewtonGoesToItAndSaddleFreeNewtonEscapes() {
        // f = x² − y², saddle at 0; from (0.5, 0.1): g = (1, −0.2), H = diag(2, −2)
        ExpressionSurface s = ExpressionSurface.of("x^2 - y^2");
        Trajectory newton = TrajectoryRunner.run(s, run(OptimizerKind.NEWTON, 0.5, 0.1, 1));
        assertEquals(0, newton.x(1), 1e-15);
        assertEquals(0, newton.y(1), 1e-15);                 // H⁻¹g = (0.5, 0.1): onto the saddle
        Trajectory sfn = TrajectoryRunner.run(s, run(OptimizerKind.SADDLE_FREE_NEWTON, 0.5, 0.1, 3));
        // |H|⁻¹g = (0.5, −0.1): x to 0, y away from the saddle along the negative curvature
        assertEquals(0, sfn.x(1), 1e-15);
        assertEquals(0.2, sfn.y(1), 1e-15);
        assertEquals(0.4, sfn.y(2), 1e-15);
        assertEquals(0.8, sfn.y(3), 1e-15);
        assertTrue(sfn.loss(3) < sfn.loss(1) && sfn.loss(1) < sfn.loss(0), "saddle-free Newton descends");
        assertEquals(2, sfn.get(Trajectory.SCALE_X, 1), 0);
        assertEquals(2, sfn.get(Trajectory.SCALE_Y, 1), 0);
    }

    @Test void newtonFallsBackToAGradientStepOnASingularHessianAndSaysWhy() {
        // f = x + y²: H = diag(0, 2) is singular
        ExpressionSurface s = ExpressionSurface.of("x + y^2");
        Trajectory t = TrajectoryRunner.run(s, run(OptimizerKind.NEWTON, 1, 1, 1));
        assertEquals(0, t.x(1), 1e-15);                      // gradient step with η = 1: θ − (1, 2)
        assertEquals(-1, t.y(1), 1e-15);
        assertEquals(NewtonOptimizer.SINGULAR, t.note(1).orElseThrow());
        assertEquals(1, t.noteCount());
    }

    @Test void newtonFallsBackOnAnIllConditionedHessian() {
        ExpressionSurface s = ExpressionSurface.of("1e-14*x^2 + y^2");
        Trajectory t = TrajectoryRunner.run(s, run(OptimizerKind.NEWTON, 1, 1, 1));
        assertEquals(NewtonOptimizer.ILL_CONDITIONED, t.note(1).orElseThrow());
        assertEquals(1 - 2e-14, t.x(1), 1e-15);
        assertEquals(-1, t.y(1), 1e-15);
    }

    @Test void saddleFreeNewtonFloorsFlatCurvatureAtTheDamping() {
        // f = 0.001·x + y²: λ_x = 0 → |λ| floored at δ, step in x = η·g/δ = 0.001/δ
        ExpressionSurface s = ExpressionSurface.of("0.001*x + y^2");
        Trajectory t = TrajectoryRunner.run(s, run(OptimizerKind.SADDLE_FREE_NEWTON, 0, 1, 1));
        assertEquals(-0.001 / SaddleFreeNewtonOptimizer.DAMPING, t.x(1), 1e-12);
        assertEquals(0, t.y(1), 1e-15);
    }

    @Test void newtonWeightDecayIsTheL2PenaltysExactDerivatives() {
        // f = (x−2)² + (y+1)² with λ = 2: minimize f + θ² → x = 2·2/(2+2) = 1, y = −1·2/4 = −0.5
        ExpressionSurface s = ExpressionSurface.of("(x-2)^2 + (y+1)^2");
        RunSpec spec = run(OptimizerKind.NEWTON, 3, 3, 1).withOptimizer(OptimizerSpec.defaults(OptimizerKind.NEWTON).withWeightDecay(2));
        Trajectory t = TrajectoryRunner.run(s, spec);
        assertEquals(1, t.x(1), 1e-12);
        assertEquals(-0.5, t.y(1), 1e-12);
    }

    @Test void closedFormEigenMatchesEjml() {
        Random rnd = new Random(42);
        double[] eig = new double[4];
        EigenDecomposition_F64<DMatrixRMaj> evd = DecompositionFactory_DDRM.eig(2, true, true);
        for (int trial = 0; trial < 2000; trial++) {
            double a, b, c;
            switch (trial % 5) {
                case 0 -> { a = rnd.nextGaussian(); b = 0; c = rnd.nextGaussian(); }                 // diagonal
                case 1 -> { a = rnd.nextGaussian(); b = 1e-9 * rnd.nextGaussian(); c = a + 1e-9 * rnd.nextGaussian(); } // near-degenerate
                case 2 -> { a = 1e3 * rnd.nextGaussian(); b = rnd.nextGaussian(); c = 1e-3 * rnd.nextGaussian(); }   // badly scaled
                default -> { a = 5 * rnd.nextGaussian(); b = 5 * rnd.nextGaussian(); c = 5 * rnd.nextGaussian(); }
            }
            SymmetricEigen2.decompose(a, b, c, eig);
            DMatrixRMaj h = new DMatrixRMaj(new double[][] {{a, b}, {b, c}});
            assertTrue(evd.decompose(h.copy()));
            double[] lam = new double[2];
            DMatrixRMaj absH = new DMatrixRMaj(2, 2);
            for (int i = 0; i < 2; i++) {
                Complex_F64 l = evd.getEigenvalue(i);
                lam[i] = l.real;
                DMatrixRMaj v = evd.getEigenVector(i);
                DMatrixRMaj vvT = new DMatrixRMaj(2, 2);
                CommonOps_DDRM.multTransB(v, v, vvT);
                CommonOps_DDRM.scale(Math.abs(l.real) / CommonOps_DDRM.dot(v, v), vvT);
                CommonOps_DDRM.addEquals(absH, vvT);
            }
            double hi = Math.max(lam[0], lam[1]), lo = Math.min(lam[0], lam[1]);
            double scale = Math.max(Math.abs(hi), Math.abs(lo));
            String where = "H = [[" + a + ", " + b + "], [" + b + ", " + c + "]]";
            assertEquals(hi, eig[0], 1e-13 * scale + 1e-300, "λ₁ of " + where);
            assertEquals(lo, eig[1], 1e-13 * scale + 1e-300, "λ₂ of " + where);
            double vx = eig[2], vy = eig[3];
            assertEquals(1, vx * vx + vy * vy, 1e-14, "unit eigenvector");
            // |H| = |λ₁| v₁v₁ᵀ + |λ₂| v₂v₂ᵀ from the closed form, against EJML's
            double a1 = Math.abs(eig[0]), a2 = Math.abs(eig[1]);
            double hxx = a1 * vx * vx + a2 * vy * vy, hxy = (a1 - a2) * vx * vy, hyy = a1 * vy * vy + a2 * vx * vx;
            assertEquals(absH.get(0, 0), hxx, 1e-12 * scale, "|H|xx of " + where);
            assertEquals(absH.get(0, 1), hxy, 1e-12 * scale, "|H|xy of " + where);
            assertEquals(absH.get(1, 1), hyy, 1e-12 * scale, "|H|yy of " + where);
            // and H itself is reconstructed from the signed eigenvalues
            assertEquals(a, eig[0] * vx * vx + eig[1] * vy * vy, 1e-12 * scale, "reconstruct " + where);
            assertEquals(b, (eig[0] - eig[1]) * vx * vy, 1e-12 * scale, "reconstruct " + where);
        }
    }
}
