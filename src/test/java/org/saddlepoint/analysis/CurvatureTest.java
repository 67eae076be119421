package org.saddlepoint.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.saddlepoint.surface.ExpressionSurface;
import org.saddlepoint.surface.PointFunction;

class CurvatureTest {
    @Test
    void ejmlEigenpairsMatchClosedForm2x2() {
        Random rnd = new Random(11);
        for (int k = 0; k < 500; k++) {
            double a = rnd.nextGaussian() * 5, b = rnd.nextGaussian() * 5, c = rnd.nextGaussian() * 5;
            Curvature cv = Curvature.of(0, 0, 0, 0, 0, a, b, c);
            double mean = 0.5 * (a + c), r = Math.hypot(0.5 * (a - c), b);
            double scale = 1 + Math.abs(mean) + r;
            assertEquals(mean - r, cv.lambda1(), 1e-12 * scale);
            assertEquals(mean + r, cv.lambda2(), 1e-12 * scale);
            // H v = λ v, unit, orthogonal
            assertEquals(cv.lambda1() * cv.v1x(), a * cv.v1x() + b * cv.v1y(), 1e-10 * scale);
            assertEquals(cv.lambda1() * cv.v1y(), b * cv.v1x() + c * cv.v1y(), 1e-10 * scale);
            assertEquals(cv.lambda2() * cv.v2x(), a * cv.v2x() + b * cv.v2y(), 1e-10 * scale);
            assertEquals(1, Math.hypot(cv.v1x(), cv.v1y()), 1e-12);
            assertEquals(0, cv.v1x() * cv.v2x() + cv.v1y() * cv.v2y(), 1e-12);
            assertTrue(cv.v1x() > 0 || (cv.v1x() == 0 && cv.v1y() > 0), "sign convention");
        }
    }

    @Test
    void classifiesSimpleCritcalPoints() {
        assertEquals(CriticalType.SADDLE, at("x^2 - y^2", 0, 0).type());
        assertEquals(CriticalType.MINIMUM, at("x^2 + 3*y^2", 0, 0).type());
        assertEquals(CriticalType.MAXIMUM, at("-x^2 - y^2 + x*y", 0, 0).type());
        assertEquals(CriticalType.DEGENERATE, at("x^3 - 3*x*y^2", 0, 0).type());
        assertEquals(CriticalType.DEGENERATE, at("x^2 + y^4", 0, 0).type());
        Curvature s = at("x^2 - y^2", 0, 0);
        assertEquals(-2, s.lambda1(), 1e-14);
        assertEquals(2, s.lambda2(), 1e-14);
        assertEquals(0, s.v1x(), 1e-15);
        assertEquals(1, s.v1y(), 1e-15);
    }

    @Test
    void degenerateToleranceIsRelativeToLargestEigenvalue() {
        assertEquals(CriticalType.DEGENERATE, Curvature.classify(-1e-9, 1));
        assertEquals(CriticalType.SADDLE, Curvature.classify(-1e-7, 1));
        assertEquals(CriticalType.DEGENERATE, Curvature.classify(1e-5, 1e4));
        assertEquals(CriticalType.MINIMUM, Curvature.classify(1e-3, 1e4));
    }

    @Test
    void quadraticModelMatchesSecondOrderTaylor() {
        PointFunction f = ExpressionSurface.of("sin(x)*exp(y) + x^2*y").newEvaluator();
        Curvature c = Curvature.at(f, 0.3, -0.2);
        assertEquals(c.value(), c.quadratic(0.3, -0.2), 0);
        double e1 = Math.abs(f.value(0.3 + 1e-2, -0.2 + 2e-2) - c.quadratic(0.3 + 1e-2, -0.2 + 2e-2));
        double e2 = Math.abs(f.value(0.3 + 5e-3, -0.2 + 1e-2) - c.quadratic(0.3 + 5e-3, -0.2 + 1e-2));
        assertTrue(e2 < e1 / 6 && e2 > e1 / 10, "third-order remainder: " + e1 + " -> " + e2);
        double[] patch = new double[9];
        c.quadraticPatch(0.1, 3, patch, 0);
        assertEquals(c.quadratic(0.2, -0.3), patch[0], 1e-15);
        assertEquals(c.value(), patch[4], 1e-15);
        assertEquals(c.quadratic(0.4, -0.1), patch[8], 1e-15);
    }

    private static Curvature at(String e, double x, double y) {
        return Curvature.at(ExpressionSurface.of(e).newEvaluator(), x, y);
    }
}
