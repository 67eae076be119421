package org.saddlepoint.render;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.saddlepoint.surface.Domain;
import org.saddlepoint.surface.ScalarGrid;

class ColorScaleTest {
    @Test void linearMapsRangeOntoUnitInterval() {
        ColorScale s = new ColorScale(2, 10, false);
        assertEquals(0, s.t(2), 0);
        assertEquals(0.25, s.t(4), 1e-15);
        assertEquals(1, s.t(10), 0);
        assertEquals(0, s.t(-100), 0);
        assertEquals(1, s.t(1e300), 0);
        assertTrue(Double.isNaN(s.t(Double.NaN)));
        assertTrue(Double.isNaN(s.t(Double.POSITIVE_INFINITY)));
    }

    @Test void logFollowsItsFormulaAndInverts() {
        ColorScale s = new ColorScale(1, 101, true);
        double eps = 1e-3 * 100;
        double z = 11;
        double expected = (Math.log(z - 1 + eps) - Math.log(eps)) / (Math.log(100 + eps) - Math.log(eps));
        assertEquals(expected, s.t(z), 1e-12);
        Random r = new Random(7);
        for (int i = 0; i < 100; i++) {
            double t = r.nextDouble();
            assertEquals(t, s.t(s.z(t)), 1e-9);
        }
        // log spends more of the colour range near the minimum than linear does
        assertTrue(s.t(2) > new ColorScale(1, 101, false).t(2) * 10);
    }

    @Test void clipNarrowsTheRangeAndHolesStayHoles() {
        double[] z = {0, 1, 2, Double.NaN, 4, 100};
        ScalarGrid g = new ScalarGrid(new Domain(0, 1, 0, 1), 3, 2, z);
        ColorScale s = ColorScale.of(g, false, Double.NaN, 4);
        assertEquals(0, s.lo(), 0);
        assertEquals(4, s.hi(), 0);
        assertEquals(1, s.t(100), 0);
        assertEquals(ColorMap.HOLE_ARGB, s.argb(z[3], ColorMap.VIRIDIS));
        assertEquals(ColorMap.VIRIDIS.argb(0.5), s.argb(2, ColorMap.VIRIDIS));
    }

    /** A window wider than the data is kept, so two grids can share one scale (values map as on that window). */
    @Test void aWindowWiderThanTheDataIsKept() {
        ScalarGrid g = new ScalarGrid(new Domain(0, 1, 0, 1), 2, 2, new double[] {2, 3, 4, 5});
        ColorScale s = ColorScale.of(g, false, 0, 10);
        assertEquals(0, s.lo(), 0);
        assertEquals(10, s.hi(), 0);
        assertEquals(0.5, s.t(5), 1e-15);
        assertEquals(0.2, s.t(2), 1e-15);
    }

    @Test void flatGridGetsMidColour() {
        ScalarGrid g = new ScalarGrid(new Domain(0, 1, 0, 1), 2, 2, new double[] {3, 3, 3, 3});
        assertEquals(0.5, ColorScale.of(g, true).t(3), 0);
    }
}
