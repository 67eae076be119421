package org.saddlepoint.analysis;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.function.DoubleBinaryOperator;
import org.junit.jupiter.api.Test;
import org.saddlepoint.surface.Domain;
import org.saddlepoint.surface.ScalarGrid;

class ContourTracerTest {
    static ScalarGrid grid(DoubleBinaryOperator f, Domain d, int n) {
        double[] z = new double[n * n];
        for (int iy = 0; iy < n; iy++)
            for (int ix = 0; ix < n; ix++)
                z[iy * n + ix] = f.applyAsDouble(d.xMin() + ix * d.width() / (n - 1), d.yMin() + iy * d.height() / (n - 1));
        return new ScalarGrid(d, n, n, z);
    }

    @Test void circlesOfParaboloidHaveRadiusSqrtLevel() {
        ScalarGrid g = grid((x, y) -> x * x + y * y, new Domain(-2, 2, -2, 2), 161);
        ContourTracer tracer = new ContourTracer();
        for (double level : new double[] {0.25, 1.0, 2.0}) {
            List<ContourLine> lines = tracer.trace(g, level);
            assertEquals(1, lines.size(), "one loop at level " + level);
            ContourLine c = lines.get(0);
            assertTrue(c.isClosed());
            double r = Math.sqrt(level), maxErr = 0;
            for (int i = 0; i < c.size(); i++) maxErr = Math.max(maxErr, Math.abs(Math.hypot(c.x(i), c.y(i)) - r));
            // linear interpolation of a quadratic along an edge of h = 0.025: error ≤ h²/(8r)
            assertTrue(maxErr < 0.025 * 0.025 / (8 * r) + 1e-12, "max radius error " + maxErr + " at level " + level);
            // the polygon's points go all the way round: it covers ~2πr / h edges
            assertTrue(c.size() > 2 * Math.PI * r / 0.025, "points " + c.size());
        }
    }

    @Test void twoSeparatedBumpsGiveTwoComponentsThenOne() {
        DoubleBinaryOperator f = (x, y) -> Math.exp(-((x - 1.5) * (x - 1.5) + y * y)) + Math.exp(-((x + 1.5) * (x + 1.5) + y * y));
        ScalarGrid g = grid(f, new Domain(-4, 4, -4, 4), 121);
        ContourTracer tracer = new ContourTracer();
        assertEquals(2, tracer.trace(g, 0.5).size());
        // f(0,0) = 2e^{-2.25} ≈ 0.2108: below it the two loops merge into one
        assertEquals(1, tracer.trace(g, 0.15).size());
        assertEquals(0, tracer.trace(g, 5).size());
    }

    @Test void nanHoleCutsTheLoopIntoAnOpenPath() {
        ScalarGrid g = grid((x, y) -> (x > 0.8 && Math.abs(y) < 0.2) ? Double.NaN : x * x + y * y, new Domain(-2, 2, -2, 2), 81);
        List<ContourLine> lines = new ContourTracer().trace(g, 1.0);
        assertEquals(1, lines.size());
        ContourLine c = lines.get(0);
        assertFalse(c.isClosed());
        for (int i = 0; i < c.size(); i++) {
            assertTrue(Double.isFinite(c.x(i)) && Double.isFinite(c.y(i)));
            assertFalse(c.x(i) > 0.8 && Math.abs(c.y(i)) < 0.2, "no point inside the hole");
        }
    }

    @Test void saddleCellIsResolvedByTheCentreValue() {
        // corners v0=1, v1=0, v2=1, v3=0 at level 0.5 (case 5). Centre average 0.5 ≥ level: the
        // above-corners v0 (0,0) and v2 (1,1) are joined, so each segment cuts off a below-corner.
        ScalarGrid g = new ScalarGrid(new Domain(0, 1, 0, 1), 2, 2, new double[] {1, 0, 0, 1});
        List<ContourLine> lines = new ContourTracer().trace(g, 0.5);
        assertEquals(2, lines.size());
        for (ContourLine c : lines) {
            double mx = (c.x(0) + c.x(1)) / 2, my = (c.y(0) + c.y(1)) / 2;
            assertTrue((mx > 0.5 && my < 0.5) || (mx < 0.5 && my > 0.5), "segment near v1 or v3: " + mx + "," + my);
        }
        // shift the level above the centre (0.5 < 0.6): now v0 and v2 are cut off instead
        g = new ScalarGrid(new Domain(0, 1, 0, 1), 2, 2, new double[] {1, 0, 0, 1});
        for (ContourLine c : new ContourTracer().trace(g, 0.6)) {
            double mx = (c.x(0) + c.x(1)) / 2, my = (c.y(0) + c.y(1)) / 2;
            assertTrue((mx < 0.5 && my < 0.5) || (mx > 0.5 && my > 0.5), "segment near v0 or v2: " + mx + "," + my);
        }
    }

    @Test void niceLinearLevels() {
        assertArrayEquals(new double[] {2, 4, 6, 8}, ContourTracer.levels(0, 10, 5, false), 1e-12);
        assertArrayEquals(new double[] {-0.5, 0, 0.5}, ContourTracer.levels(-1, 1, 4, false), 1e-12);
        double[] l = ContourTracer.levels(0.013, 897.2, 10, false);
        assertTrue(l.length >= 8 && l.length <= 12, "about 10 levels, got " + l.length);
        for (int i = 1; i < l.length; i++) assertEquals(l[1] - l[0], l[i] - l[i - 1], 1e-9);
    }

    @Test void logLevelsCrowdNearTheMinimumAndIncrease() {
        double[] l = ContourTracer.levels(1, 1001, 8, true);
        assertTrue(l.length >= 7);
        for (int i = 1; i < l.length; i++) {
            assertTrue(l[i] > l[i - 1]);
            assertTrue(l[i] > 1 && l[i] < 1001);
        }
        assertTrue(l[0] - 1 < 10, "first log level near the minimum: " + l[0]);
        // successive gaps grow roughly geometrically
        assertTrue((l[l.length - 1] - l[l.length - 2]) > 5 * (l[1] - l[0]));
    }
}
