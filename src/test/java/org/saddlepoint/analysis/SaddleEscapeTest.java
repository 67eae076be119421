package org.saddlepoint.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.saddlepoint.surface.Domain;
import org.saddlepoint.surface.ExpressionSurface;
import org.saddlepoint.surface.PointFunction;

class SaddleEscapeTest {
    @Test
    void remainderIsExactlyTheCubicTerm() {
        // f = x² − y² + x·y² + y³ at 0: u = (0, 1), λ = −2; f(0, s) − f(0) = −s² + s³
        PointFunction f = ExpressionSurface.of("x^2 - y^2 + x*y^2 + y^3").newEvaluator();
        Curvature c = Curvature.at(f, 0, 0);
        for (double s : new double[] {0.2, 0.1, -0.05}) {
            SaddleEscape e = SaddleEscape.step(f, c, s);
            assertEquals(-2, e.lambda(), 1e-15);
            assertEquals(-s * s, e.predicted(), 1e-15);
            assertEquals(s * s * s, e.error(), 1e-15);
            assertEquals(Math.abs(s), e.stepLength(), 1e-15);
        }
    }

    @Test
    void himmelblauSaddlesEscapeDownhillWithCubicError() {
        ExpressionSurface s = ExpressionSurface.of("(x^2+y-11)^2+(x+y^2-7)^2");
        PointFunction f = s.newEvaluator();
        List<CriticalPoint> saddles = CriticalPointFinder.defaults().find(s, new Domain(-5, 5, -5, 5)).stream()
                .filter(p -> p.type() == CriticalType.SADDLE).toList();
        assertEquals(4, saddles.size());
        for (CriticalPoint p : saddles) {
            // along θ' + s·u a quartic polynomial: remainder = c3·s³ + c4·s⁴ exactly (expanded by hand)
            Curvature c = p.curvature();
            double ux = c.v1x(), uy = c.v1y(), x0 = c.x(), y0 = c.y();
            double c3 = 2 * ux * ux * (2 * x0 * ux + uy) + 2 * uy * uy * (ux + 2 * y0 * uy);
            double c4 = Math.pow(ux, 4) + Math.pow(uy, 4);
            for (double h : new double[] {0.2, 0.04, -0.02, 0.01}) {
                SaddleEscape e = SaddleEscape.step(f, c, h);
                assertTrue(e.actual() < 0 && e.predicted() < 0, "escape goes downhill");
                assertEquals(e.predicted(), e.quadratic(), 1e-9);
                assertEquals(c3 * h * h * h + c4 * h * h * h * h, e.error(), 1e-9);
                assertTrue(Math.abs(e.error()) <= (Math.abs(c3) + Math.abs(c4)) * Math.abs(h * h * h) + 1e-9, "O(‖Δ‖³)");
            }
        }
    }

    @Test
    void refusesWithoutNegativeCurvature() {
        PointFunction f = ExpressionSurface.of("x^2 + y^2").newEvaluator();
        assertThrows(IllegalArgumentException.class, () -> SaddleEscape.step(f, Curvature.at(f, 0, 0), 0.1));
    }
}
