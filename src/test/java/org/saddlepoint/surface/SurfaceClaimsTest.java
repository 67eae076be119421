package org.saddlepoint.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each bundled surface shows what its lesson says: one test per claim. */
class SurfaceClaimsTest {
    private static final SurfaceCatalog CATALOG = SurfaceCatalog.bundled();

    private static SurfaceSpec spec(String id) { return CATALOG.find(id); }

    private static PointFunction f(String id) { return spec(id).build().newEvaluator(); }

    /** Eigenvalues of the symmetric [[a, b], [b, c]] in closed form, ascending. */
    static double[] eig(double[] h) {
        double m = (h[0] + h[2]) / 2, r = Math.hypot((h[0] - h[2]) / 2, h[1]);
        return new double[] {m - r, m + r};
    }

    private static double[] hessian(PointFunction f, double x, double y) {
        double[] h = new double[3];
        f.hessian(x, y, h);
        return h;
    }

    private static double gradNorm(PointFunction f, double x, double y) {
        double[] g = new double[2];
        f.gradient(x, y, g);
        return Math.hypot(g[0], g[1]);
    }

    @Test
    void saddleHessianAtOriginIsIndefinite() {
        PointFunction f = f("saddle");
        assertEquals(0, gradNorm(f, 0, 0));
        double[] e = eig(hessian(f, 0, 0));
        assertEquals(-2, e[0], 1e-12);
        assertEquals(2, e[1], 1e-12);
    }

    @Test
    void monkeySaddleIsDegenerate() {
        PointFunction f = f("monkey-saddle");
        assertEquals(0, gradNorm(f, 0, 0));
        double[] h = hessian(f, 0, 0);
        assertEquals(0, Math.abs(h[0]) + Math.abs(h[1]) + Math.abs(h[2]));
        // not a minimum: the cubic term goes down along −x
        assertTrue(f.value(-0.1, 0) < f.value(0, 0));
    }

    @Test
    void hiddenSaddleIsAMinimumOnEachAxisButASaddleIn2D() {
        PointFunction f = f("hidden-saddle");
        assertEquals(0, gradNorm(f, 0, 0), 1e-15);
        double[] h = hessian(f, 0, 0);
        assertTrue(h[0] > 0 && h[2] > 0, "f(x,0) and f(0,y) curve upward: a minimum on each axis slice");
        for (double t : new double[] {-1, -0.3, 0.3, 1}) {
            assertTrue(f.value(t, 0) > f.value(0, 0));
            assertTrue(f.value(0, t) > f.value(0, 0));
        }
        double[] e = eig(h);
        assertTrue(e[0] < 0 && e[1] > 0, "indefinite Hessian: a saddle in 2D");
        assertTrue(f.value(0.3, 0.3) < f.value(0, 0), "the diagonal goes down");
        // below the threshold c = 2√3 the same point is a true minimum
        PointFunction g = spec("hidden-saddle").build(Map.of("c", 3.0)).newEvaluator();
        assertTrue(eig(hessian(g, 0, 0))[0] > 0);
    }

    @Test
    void conditioningParameterGivesConditionNumberKappa() {
        for (double kappa : new double[] {1, 20, 500}) {
            for (double angle : new double[] {0, 30, 45}) {
                PointFunction f = spec("ill-conditioned").build(Map.of("kappa", kappa, "angle", angle)).newEvaluator();
                double[] e = eig(hessian(f, 0.7, -1.3));
                assertEquals(kappa, e[1] / e[0], 1e-9 * kappa);
            }
        }
    }

    @Test
    void classicMinimaHaveTheirKnownValues() {
        PointFunction r = f("rosenbrock");
        assertEquals(0, r.value(1, 1), 1e-15);
        assertEquals(0, gradNorm(r, 1, 1), 1e-12);
        PointFunction r2 = spec("rosenbrock").build(Map.of("a", 1.5)).newEvaluator();
        assertEquals(0, r2.value(1.5, 2.25), 1e-12);
        PointFunction h = f("himmelblau");
        double[][] minima = {{3, 2}, {-2.805118, 3.131312}, {-3.779310, -3.283186}, {3.584428, -1.848126}};
        for (double[] m : minima) {
            assertEquals(0, h.value(m[0], m[1]), 1e-9);
            assertTrue(eig(hessian(h, m[0], m[1]))[0] > 0);
        }
        PointFunction b = f("beale");
        assertEquals(0, b.value(3, 0.5), 1e-15);
        assertEquals(0, gradNorm(b, 3, 0.5), 1e-12);
        assertEquals(0, f("rastrigin").value(0, 0), 1e-12);
        assertEquals(0, f("ackley").value(0, 0), 1e-12);
    }

    /** Fraction of an n×n grid over the domain where |∇L| < 1e-3. */
    private static double flatFraction(String id) {
        SurfaceSpec s = spec(id);
        PointFunction f = s.build().newEvaluator();
        Domain d = s.domain();
        int n = 61, flat = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (gradNorm(f, d.xMin() + d.width() * i / (n - 1), d.yMin() + d.height() * j / (n - 1)) < 1e-3) flat++;
            }
        }
        return flat / (double) (n * n);
    }

    @Test
    void mseHasAPlateauWhereCrossEntropyDoesNot() {
        SurfaceSpec mse = spec("logistic-mse"), ce = spec("logistic-cross-entropy");
        assertEquals(mse.data().dataset(), ce.data().dataset(), "same data in both files");
        double fm = flatFraction("logistic-mse"), fc = flatFraction("logistic-cross-entropy");
        assertTrue(fm > 0.5, "MSE plateau covers " + fm);
        assertTrue(fc < 0.1, "cross-entropy flat fraction " + fc);
    }

    private static double conditionNumber(String id) {
        SurfaceSpec s = spec(id);
        double[] e = eig(hessian(s.build().newEvaluator(), 0.3, 0.1)); // a quadratic: the same everywhere
        return e[1] / e[0];
    }

    @Test
    void featureScalingRawIsFarWorseConditionedThanNormalized() {
        double raw = conditionNumber("scaling-raw"), norm = conditionNumber("scaling-normalized");
        assertTrue(raw > 1e4, "raw κ = " + raw);
        assertTrue(norm < 2, "normalized κ = " + norm);
        assertTrue(raw / norm > 1e4);
    }

    @Test
    void deadReluHasExactlyZeroGradientOverTheNegativeQuadrant() {
        PointFunction f = f("neuron-dead-relu");
        double[] g = new double[2];
        double floor = f.value(-1, -1);
        for (double x = -3; x <= 0; x += 0.25) {
            for (double y = -3; y <= 0; y += 0.25) {
                f.gradient(x, y, g);
                assertEquals(0.0, g[0]);
                assertEquals(0.0, g[1]);
                assertEquals(floor, f.value(x, y), "constant loss on the dead floor");
            }
        }
        assertTrue(gradNorm(f, 0.3, 0.2) > 0.1, "alive with small positive weights");
    }

    @Test
    void sigmoidSaturationMakesTheGradientVanishForLargeWeights() {
        PointFunction f = f("neuron-sigmoid-saturation");
        assertTrue(gradNorm(f, 0.5, 0.3) > 1e-2);
        double previous = Double.POSITIVE_INFINITY;
        for (double r : new double[] {4, 8, 12}) {
            double a = gradNorm(f, r, r), b = gradNorm(f, -r, -r);
            assertTrue(a < previous && b < previous);
            previous = Math.max(a, b);
        }
        assertTrue(gradNorm(f, 12, 12) < 1e-6);
        assertTrue(gradNorm(f, -12, -12) < 1e-6);
    }

    /** Runs Newton's method on ∇f = 0 from a start; returns the point. */
    private static double[] newton(PointFunction f, double x, double y) {
        double[] g = new double[2], h = new double[3];
        for (int k = 0; k < 50; k++) {
            f.gradient(x, y, g);
            f.hessian(x, y, h);
            double det = h[0] * h[2] - h[1] * h[1];
            x -= (h[2] * g[0] - h[1] * g[1]) / det;
            y -= (h[0] * g[1] - h[1] * g[0]) / det;
        }
        return new double[] {x, y};
    }

    @Test
    void sharpAndFlatMinimaDifferInCurvatureAndInShiftSensitivity() {
        PointFunction f = f("sharp-flat");
        double[] sharp = newton(f, -2, 0), flat = newton(f, 2, 0);
        assertTrue(gradNorm(f, sharp[0], sharp[1]) < 1e-10 && gradNorm(f, flat[0], flat[1]) < 1e-10);
        double[] hs = hessian(f, sharp[0], sharp[1]), hf = hessian(f, flat[0], flat[1]);
        assertTrue(eig(hs)[0] > 0 && eig(hf)[0] > 0, "both are minima");
        double ratio = (hs[0] + hs[2]) / (hf[0] + hf[2]);
        assertTrue(ratio >= 10, "trace ratio " + ratio);
        assertEquals(f.value(sharp[0], sharp[1]), f.value(flat[0], flat[1]), 0.05, "similar training loss");
        PointFunction test = spec("sharp-flat").build(Map.of("s", 0.3)).newEvaluator();
        double riseSharp = test.value(sharp[0], sharp[1]) - f.value(sharp[0], sharp[1]);
        double riseFlat = test.value(flat[0], flat[1]) - f.value(flat[0], flat[1]);
        assertTrue(riseSharp > 10 * riseFlat, "shift hurts the sharp minimum: " + riseSharp + " vs " + riseFlat);
    }

    @Test
    void adagradStallsAfterTheCliffWhereRmspropKeepsGoing() {
        PointFunction f = f("plateau-cliff");
        double[] g = new double[2];
        // Adagrad (torch): G ← G + g²; θ ← θ − η·g/(√G + ε)
        double[] a = {-1, 1}, sumSq = {0, 0};
        // RMSprop (torch): v ← αv + (1−α)g²; θ ← θ − η·g/(√v + ε)
        double[] r = {-1, 1}, avg = {0, 0};
        SurfaceSpec spec = spec("plateau-cliff");
        PresetSpec adagrad = spec.presets().stream().filter(p -> p.kind().equals("adagrad")).findFirst().orElseThrow();
        PresetSpec rmsprop = spec.presets().stream().filter(p -> p.kind().equals("rmsprop")).findFirst().orElseThrow();
        double etaA = adagrad.number("lr").orElseThrow(), etaR = rmsprop.number("lr").orElseThrow();
        double alpha = rmsprop.number("alpha").orElseThrow(), eps = 1e-8;
        int steps = rmsprop.integer("steps").orElseThrow();
        double stepA = 0, stepR = 0, maxGradA = 0;
        for (int k = 0; k < steps; k++) {
            f.gradient(a[0], a[1], g);
            maxGradA = Math.max(maxGradA, Math.abs(g[0]));
            double sa = 0;
            for (int i = 0; i < 2; i++) {
                sumSq[i] += g[i] * g[i];
                double d = etaA * g[i] / (Math.sqrt(sumSq[i]) + eps);
                a[i] -= d;
                sa += d * d;
            }
            f.gradient(r[0], r[1], g);
            double sr = 0;
            for (int i = 0; i < 2; i++) {
                avg[i] = alpha * avg[i] + (1 - alpha) * g[i] * g[i];
                double d = etaR * g[i] / (Math.sqrt(avg[i]) + eps);
                r[i] -= d;
                sr += d * d;
            }
            stepA = Math.sqrt(sa);
            stepR = Math.sqrt(sr);
        }
        assertTrue(maxGradA > 1, "Adagrad went over the cliff (max |g| " + maxGradA + ")");
        assertTrue(a[0] > 0 && r[0] > 0, "both crossed the cliff");
        assertTrue(stepA < 0.1 * stepR, "Adagrad step " + stepA + " vs RMSprop step " + stepR);
        assertTrue(r[0] > a[0], "RMSprop got further toward the minimum near x = 6: " + r[0] + " vs " + a[0]);
    }
}
