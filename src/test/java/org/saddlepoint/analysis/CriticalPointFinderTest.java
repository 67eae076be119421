package org.saddlepoint.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.saddlepoint.surface.Domain;
import org.saddlepoint.surface.ExpressionSurface;

class CriticalPointFinderTest {
    private static final Domain SQUARE5 = new Domain(-5, 5, -5, 5);

    @Test
    void himmelblauHasFourMinimaFourSaddlesOneMaximum() {
        List<CriticalPoint> pts = CriticalPointFinder.defaults()
                .find(ExpressionSurface.of("(x^2+y-11)^2+(x+y^2-7)^2"), SQUARE5);
        assertEquals(9, pts.size(), pts.toString());
        assertEquals(4, count(pts, CriticalType.MINIMUM));
        assertEquals(4, count(pts, CriticalType.SADDLE));
        assertEquals(1, count(pts, CriticalType.MAXIMUM));
        for (CriticalPoint p : pts) {
            assertTrue(p.curvature().gradientNorm() <= 1e-8);
            if (p.type() == CriticalType.MINIMUM) assertEquals(0, p.value(), 1e-20);
        }
        // the known minimum (3, 2) and the maximum
        assertTrue(pts.stream().anyMatch(p -> Math.hypot(p.x() - 3, p.y() - 2) < 1e-10));
        CriticalPoint max = pts.stream().filter(p -> p.type() == CriticalType.MAXIMUM).findFirst().orElseThrow();
        assertEquals(-0.270845, max.x(), 1e-6);
        assertEquals(-0.923039, max.y(), 1e-6);
        assertEquals(181.617, max.value(), 1e-3);
        assertEquals(max, pts.get(pts.size() - 1), "sorted by value");
    }

    @Test
    void saddleOfXSquaredMinusYSquared() {
        List<CriticalPoint> pts = CriticalPointFinder.defaults().find(ExpressionSurface.of("x^2 - y^2"), new Domain(-2, 2, -1, 3));
        assertEquals(1, pts.size());
        assertEquals(CriticalType.SADDLE, pts.get(0).type());
        assertEquals(0, pts.get(0).x(), 1e-12);
        assertEquals(0, pts.get(0).y(), 1e-12);
    }

    @Test
    void monkeySaddleIsDegenerateAndMergedToOnePoint() {
        List<CriticalPoint> pts = CriticalPointFinder.defaults().find(ExpressionSurface.of("x^3 - 3*x*y^2"), new Domain(-1, 1, -1, 1));
        assertEquals(1, pts.size(), pts.toString());
        assertEquals(CriticalType.DEGENERATE, pts.get(0).type());
        assertEquals(0, pts.get(0).x(), 1e-6);
        assertEquals(0, pts.get(0).y(), 1e-6);
    }

    @Test
    void pointsOutsideTheDomainAreDropped() {
        List<CriticalPoint> pts = CriticalPointFinder.defaults()
                .find(ExpressionSurface.of("(x^2+y-11)^2+(x+y^2-7)^2"), new Domain(0, 5, 0, 5));
        // the first quadrant holds the minimum (3, 2) and two of the saddles
        assertEquals(3, pts.size(), pts.toString());
        assertEquals(1, count(pts, CriticalType.MINIMUM));
        assertEquals(2, count(pts, CriticalType.SADDLE));
        assertTrue(pts.stream().allMatch(p -> p.x() >= 0 && p.y() >= 0));
        assertTrue(CriticalPointFinder.defaults().find(ExpressionSurface.of("x + y"), SQUARE5).isEmpty());
    }

    @Test
    void reportsProgressAndCancels() {
        List<Double> seen = new ArrayList<>();
        new CriticalPointFinder(3, 2, 50, 1e-8, 0.1, 1e-6).find(ExpressionSurface.of("x^2+y^2"), SQUARE5, seen::add, () -> false);
        assertEquals(6, seen.size());
        assertEquals(1.0, seen.get(5), 0);
        int[] calls = {0};
        assertThrows(CancellationException.class, () -> CriticalPointFinder.defaults()
                .find(ExpressionSurface.of("x^2+y^2"), SQUARE5, p -> { }, () -> ++calls[0] > 3));
    }

    private static long count(List<CriticalPoint> pts, CriticalType t) {
        return pts.stream().filter(p -> p.type() == t).count();
    }
}
