package org.saddlepoint.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The first two or three steps of each optimizer and option, worked out by hand from the
 * torch.optim 1.13 formulas (written out below, independent of the implementation), with
 * θ₀ = (1, 2) and the gradients G1, G2, G3 fed in directly.
 */
class OptimizerStepTest {
    static final double TOL = 1e-15;
    static final double[] G1 = {0.5, -1.0}, G2 = {0.2, 0.4}, G3 = {-0.3, 0.1};

    /** Runs the optimizer on θ₀ = (1, 2) with gradients gs at lr; returns θ after each step and keeps records. */
    private static double[][] steps(OptimizerSpec spec, double lr, StepRecord[] records, double[]... gs) {
        Optimizer o = Optimizer.create(spec);
        double[] theta = {1, 2};
        double[][] out = new double[gs.length][];
        for (int t = 1; t <= gs.length; t++) {
            StepRecord r = new StepRecord();
            o.step(theta, gs[t - 1], null, t, lr, r);
            out[t - 1] = theta.clone();
            if (records != null) records[t - 1] = r;
        }
        return out;
    }

    private static void assertTheta(double ex, double ey, double[] theta) {
        assertEquals(ex, theta[0], TOL * Math.max(1, Math.abs(ex)), "x");
        assertEquals(ey, theta[1], TOL * Math.max(1, Math.abs(ey)), "y");
    }

    private static OptimizerSpec spec(OptimizerKind k) { return OptimizerSpec.defaults(k); }

    @Test void sgdPlain() {
        StepRecord[] r = new StepRecord[2];
        double[][] th = steps(spec(OptimizerKind.SGD), 0.1, r, G1, G2);
        assertTheta(1 - 0.1 * 0.5, 2 + 0.1 * 1.0, th[0]);                       // (0.95, 2.1)
        assertTheta(0.95 - 0.1 * 0.2, 2.1 - 0.1 * 0.4, th[1]);                  // (0.93, 2.06)
        assertTrue(Double.isNaN(r[0].momentumX) && Double.isNaN(r[0].scaleX));
        assertEquals(0.1, r[1].lr);
    }

    @Test void sgdMomentumDampeningWeightDecay() {
        OptimizerSpec s = spec(OptimizerKind.SGD).withMomentum(0.9).withDampening(0.5).withWeightDecay(0.1);
        StepRecord[] r = new StepRecord[3];
        double[][] th = steps(s, 0.1, r, G1, G2, G3);
        // step 1: d = g + 0.1θ = (0.6, −0.8); buf = d (no dampening on the first step); θ = θ − 0.1·buf
        assertTheta(0.94, 2.08, th[0]);
        assertEquals(0.6, r[0].momentumX, TOL);
        assertEquals(-0.8, r[0].momentumY, TOL);
        // step 2: d = (0.2 + 0.094, 0.4 + 0.208) = (0.294, 0.608); buf = 0.9·(0.6, −0.8) + 0.5·d = (0.687, −0.416)
        assertEquals(0.687, r[1].momentumX, TOL);
        assertEquals(-0.416, r[1].momentumY, TOL);
        assertTheta(0.94 - 0.0687, 2.08 + 0.0416, th[1]);                       // (0.8713, 2.1216)
        // step 3: d = (−0.3 + 0.08713, 0.1 + 0.21216); buf = 0.9·buf + 0.5·d
        double dx = -0.3 + 0.08713, dy = 0.1 + 0.21216;
        double bx = 0.9 * 0.687 + 0.5 * dx, by = 0.9 * -0.416 + 0.5 * dy;
        assertTheta(0.8713 - 0.1 * bx, 2.1216 - 0.1 * by, th[2]);
    }

    @Test void sgdNesterov() {
        OptimizerSpec s = spec(OptimizerKind.SGD).withMomentum(0.9).withNesterov(true);
        double[][] th = steps(s, 0.1, null, G1, G2);
        // step 1: buf = g; d = g + 0.9·buf = 1.9·g
        assertTheta(1 - 0.1 * 1.9 * 0.5, 2 + 0.1 * 1.9 * 1.0, th[0]);           // (0.905, 2.19)
        // step 2: buf = 0.9·(0.5, −1) + (0.2, 0.4) = (0.65, −0.5); d = g + 0.9·buf = (0.785, −0.05)
        assertTheta(0.905 - 0.0785, 2.19 + 0.005, th[1]);
    }

    @Test void adagrad() {
        OptimizerSpec s = spec(OptimizerKind.ADAGRAD).withLrDecay(0.5).withInitialAccumulator(0.2).withEps(1e-6).withWeightDecay(0.1);
        StepRecord[] r = new StepRecord[2];
        double[][] th = steps(s, 0.1, r, G1, G2);
        // step 1: g = (0.5 + 0.1, −1 + 0.2) = (0.6, −0.8); clr = 0.1; s = 0.2 + g² = (0.56, 0.84)
        double sx = 0.2 + 0.36, sy = 0.2 + 0.64;
        double x1 = 1 - 0.1 * 0.6 / (Math.sqrt(sx) + 1e-6), y1 = 2 + 0.1 * 0.8 / (Math.sqrt(sy) + 1e-6);
        assertTheta(x1, y1, th[0]);
        assertEquals(Math.sqrt(sx) + 1e-6, r[0].scaleX, TOL);
        assertEquals(0.1, r[0].lr, TOL);
        // step 2: clr = 0.1/(1 + 1·0.5); g = G2 + 0.1·θ₁
        double gx = 0.2 + 0.1 * x1, gy = 0.4 + 0.1 * y1;
        sx += gx * gx;
        sy += gy * gy;
        double clr = 0.1 / 1.5;
        assertTheta(x1 - clr * gx / (Math.sqrt(sx) + 1e-6), y1 - clr * gy / (Math.sqrt(sy) + 1e-6), th[1]);
        assertEquals(clr, r[1].lr, TOL);
    }

    @Test void rmspropPlain() {
        double[][] th = steps(spec(OptimizerKind.RMSPROP), 0.01, null, G1, G2);
        // α = 0.99: v = 0.01·g²; θ −= η·g/(√v + 1e-8)
        double vx = 0.01 * 0.25, vy = 0.01 * 1.0;
        double x1 = 1 - 0.01 * 0.5 / (Math.sqrt(vx) + 1e-8), y1 = 2 + 0.01 * 1.0 / (Math.sqrt(vy) + 1e-8);
        assertTheta(x1, y1, th[0]);                                              // ≈ (0.9, 2.1)
        vx = 0.99 * vx + 0.01 * 0.04;
        vy = 0.99 * vy + 0.01 * 0.16;
        assertTheta(x1 - 0.01 * 0.2 / (Math.sqrt(vx) + 1e-8), y1 - 0.01 * 0.4 / (Math.sqrt(vy) + 1e-8), th[1]);
    }

    @Test void rmspropCenteredMomentumWeightDecay() {
        OptimizerSpec s = spec(OptimizerKind.RMSPROP).withAlpha(0.9).withCentered(true).withMomentum(0.5).withWeightDecay(0.1).withEps(1e-3);
        StepRecord[] r = new StepRecord[2];
        double[][] th = steps(s, 0.01, r, G1, G2);
        // step 1: g = (0.6, −0.8); v = 0.1·g²; ḡ = 0.1·g; a = √(v − ḡ²) + ε; buf = g/a; θ −= η·buf
        double gx = 0.6, gy = -0.8;
        double vx = 0.1 * gx * gx, vy = 0.1 * gy * gy, mx = 0.1 * gx, my = 0.1 * gy;
        double ax = Math.sqrt(vx - mx * mx) + 1e-3, ay = Math.sqrt(vy - my * my) + 1e-3;
        double bx = gx / ax, by = gy / ay;
        double x1 = 1 - 0.01 * bx, y1 = 2 - 0.01 * by;
        assertTheta(x1, y1, th[0]);
        assertEquals(ax, r[0].scaleX, TOL);
        assertEquals(bx, r[0].momentumX, 1e-14);
        // step 2
        gx = 0.2 + 0.1 * x1;
        gy = 0.4 + 0.1 * y1;
        vx = 0.9 * vx + 0.1 * gx * gx;
        vy = 0.9 * vy + 0.1 * gy * gy;
        mx = 0.9 * mx + 0.1 * gx;
        my = 0.9 * my + 0.1 * gy;
        ax = Math.sqrt(vx - mx * mx) + 1e-3;
        ay = Math.sqrt(vy - my * my) + 1e-3;
        bx = 0.5 * bx + gx / ax;
        by = 0.5 * by + gy / ay;
        assertTheta(x1 - 0.01 * bx, y1 - 0.01 * by, th[1]);
    }

    @Test void adamFirstStepIsSignTimesLr() {
        StepRecord[] r = new StepRecord[3];
        double[][] th = steps(spec(OptimizerKind.ADAM), 0.1, r, G1, G2, G3);
        // step 1: m = 0.1g, v = 0.001g²; m̂ = g, v̂ = g² ⇒ Δθ = −η·g/(|g| + ε) ≈ −η·sign(g)
        assertTheta(1 - 0.1 * 0.5 / (0.5 + 1e-8), 2 + 0.1 * 1.0 / (1.0 + 1e-8), th[0]);
        assertEquals(0.1 / (1 - 0.9), r[0].lr, TOL);
        // step 2: m = 0.9·m + 0.1·g; v = 0.999·v + 0.001·g²; d = √v/√(1−0.999²) + ε; θ −= (η/(1−0.9²))·m/d
        double mx = 0.9 * 0.05 + 0.1 * 0.2, my = 0.9 * -0.1 + 0.1 * 0.4;
        double vx = 0.999 * 0.00025 + 0.001 * 0.04, vy = 0.999 * 0.001 + 0.001 * 0.16;
        double dx = Math.sqrt(vx) / Math.sqrt(1 - 0.998001) + 1e-8, dy = Math.sqrt(vy) / Math.sqrt(1 - 0.998001) + 1e-8;
        double step = 0.1 / (1 - 0.81);
        double x2 = th[0][0] - step * mx / dx, y2 = th[0][1] - step * my / dy;
        assertTheta(x2, y2, th[1]);
        assertEquals(mx, r[1].momentumX, TOL);
        assertEquals(dy, r[1].scaleY, 1e-14);
        // step 3
        mx = 0.9 * mx + 0.1 * -0.3;
        my = 0.9 * my + 0.1 * 0.1;
        vx = 0.999 * vx + 0.001 * 0.09;
        vy = 0.999 * vy + 0.001 * 0.01;
        double bc2 = Math.sqrt(1 - 0.999 * 0.999 * 0.999);
        step = 0.1 / (1 - 0.729);
        assertTheta(x2 - step * mx / (Math.sqrt(vx) / bc2 + 1e-8), y2 - step * my / (Math.sqrt(vy) / bc2 + 1e-8), th[2]);
    }

    @Test void adamAmsgradKeepsTheMaximumSecondMoment() {
        OptimizerSpec s = spec(OptimizerKind.ADAM).withAmsgrad(true).withBeta1(0.8).withBeta2(0.5).withWeightDecay(0.1);
        double[] big = {2.0, 0.0}, zero = {-0.1, -0.2};
        StepRecord[] r = new StepRecord[2];
        double[][] th = steps(s, 0.1, r, big, zero);
        // step 1: g = (2 + 0.1, 0 + 0.2); m = 0.2g; v = 0.5g²; v̂ = v; Δθ = −(η/0.2)·m/(√v/√0.5 + ε)
        double gx = 2.1, gy = 0.2;
        double mx = 0.2 * gx, my = 0.2 * gy, vx = 0.5 * gx * gx, vy = 0.5 * gy * gy;
        double x1 = 1 - (0.1 / 0.2) * mx / (Math.sqrt(vx) / Math.sqrt(0.5) + 1e-8);
        double y1 = 2 - (0.1 / 0.2) * my / (Math.sqrt(vy) / Math.sqrt(0.5) + 1e-8);
        assertTheta(x1, y1, th[0]);
        // step 2: g = (−0.1 + 0.1·x1, −0.2 + 0.1·y1) (both small), v shrinks, v̂ = max(v̂, v) keeps step 1's
        gx = -0.1 + 0.1 * x1;
        gy = -0.2 + 0.1 * y1;
        mx = 0.8 * mx + 0.2 * gx;
        my = 0.8 * my + 0.2 * gy;
        double v2x = 0.5 * vx + 0.5 * gx * gx, v2y = 0.5 * vy + 0.5 * gy * gy;
        assertTrue(v2x < vx, "the test needs v to shrink in x");
        double hx = Math.max(vx, v2x), hy = Math.max(vy, v2y);
        double bc2 = Math.sqrt(1 - 0.25), step = 0.1 / (1 - 0.64);
        double dx = Math.sqrt(hx) / bc2 + 1e-8, dy = Math.sqrt(hy) / bc2 + 1e-8;
        assertTheta(x1 - step * mx / dx, y1 - step * my / dy, th[1]);
        assertEquals(dx, r[1].scaleX, 1e-15);
    }

    @Test void adamWDecaysDecoupledBeforeTheAdamStep() {
        OptimizerSpec s = spec(OptimizerKind.ADAMW).withWeightDecay(0.5);
        double[][] th = steps(s, 0.1, null, G1, G2);
        // step 1: θ ← θ·(1 − 0.1·0.5) = (0.95, 1.9); then the Adam step on the raw gradient ≈ −η·sign(g)
        double x1 = 0.95 - 0.1 * 0.5 / (0.5 + 1e-8), y1 = 1.9 + 0.1 * 1.0 / (1.0 + 1e-8);
        assertTheta(x1, y1, th[0]);
        double mx = 0.9 * 0.05 + 0.1 * 0.2, my = 0.9 * -0.1 + 0.1 * 0.4;
        double vx = 0.999 * 0.00025 + 0.001 * 0.04, vy = 0.999 * 0.001 + 0.001 * 0.16;
        double bc2 = Math.sqrt(1 - 0.998001), step = 0.1 / (1 - 0.81);
        assertTheta(x1 * 0.95 - step * mx / (Math.sqrt(vx) / bc2 + 1e-8), y1 * 0.95 - step * my / (Math.sqrt(vy) / bc2 + 1e-8), th[1]);
    }

    @Test void resetForgetsState() {
        OptimizerSpec s = spec(OptimizerKind.ADAM);
        Optimizer o = Optimizer.create(s);
        double[] a = {1, 2}, b = {1, 2};
        StepRecord r = new StepRecord();
        o.step(a, G1, null, 1, 0.1, r);
        o.step(a, G2, null, 2, 0.1, r);
        o.reset();
        a[0] = 1;
        a[1] = 2;
        o.step(a, G1, null, 1, 0.1, r);
        Optimizer.create(s).step(b, G1, null, 1, 0.1, r);
        assertEquals(b[0], a[0], 0.0);
        assertEquals(b[1], a[1], 0.0);
    }

    @Test void powerSequenceStaysWithinUlpsOfMathPow() {
        PowerSequence p = new PowerSequence(0.999);
        for (int t = 1; t <= 100_000; t++) {
            double exact = Math.pow(0.999, t), got = p.at(t);
            assertEquals(exact, got, exact * 4e-15 + 0x1p-60, "t=" + t);
        }
        assertEquals(Math.pow(0.9, 7), new PowerSequence(0.9).at(7), 0.0, "out-of-sequence t recomputes exactly");
    }
}
