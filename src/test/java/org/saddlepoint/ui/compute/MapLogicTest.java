package org.saddlepoint.ui.compute;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.saddlepoint.compute.BasinMap;
import org.saddlepoint.compute.HyperparameterSweep.Trial;
import org.saddlepoint.compute.SweepAxis;
import org.saddlepoint.compute.Hyperparameter;
import org.saddlepoint.optim.OptimizerKind;
import org.saddlepoint.optim.OptimizerSpec;
import org.saddlepoint.render.ColorMap;
import org.saddlepoint.surface.Domain;
import org.saddlepoint.surface.ExpressionSurface;

/** The maps' pure logic: cell geometry, shared basin colours, heat colours, distinct search values. */
class MapLogicTest {
    @Test void aClickLandsInTheCellWhoseCentreIsTheSweptValue() {
        SweepAxis lr = new SweepAxis(Hyperparameter.LR, 1e-3, 1, true);
        int n = 7;
        MapAxis a = new MapAxis("lr", 1e-3, 1, true, n);
        Random rnd = new Random(5);
        for (int i = 0; i < n; i++) {
            assertEquals(lr.value(i, n), a.cellValue(i), 1e-15 * lr.value(i, n));
            double centre = (i + 0.5) / n;
            assertEquals(centre, a.u(lr.value(i, n)), 1e-12, "the value is drawn at its cell's centre");
            for (int k = 0; k < 20; k++) assertEquals(i, a.cell((i + rnd.nextDouble()) / n)); // anywhere in the cell
        }
        assertEquals(0, a.cell(-0.1));
        assertEquals(n - 1, a.cell(1.0));
        MapAxis x = new MapAxis("x", -5, 5, false, 11);
        assertEquals(0.0, x.cellValue(5), 1e-15);
        assertEquals(1.0 / 22, x.u(-5), 1e-15);
    }

    @Test void bothMapsShareOneColourPerMinimumAndShadeBySteps() {
        var s = ExpressionSurface.of("(x^2 - 1)^2 + y^2");
        Domain d = new Domain(-2, 2, -1, 1);
        BasinMap.Result a = BasinMap.compute(s, BasinMap.Spec.of(OptimizerSpec.defaults(OptimizerKind.SGD).withLr(0.05), d, 8, 2000));
        BasinMap.Result b = BasinMap.compute(s, BasinMap.Spec.of(OptimizerSpec.defaults(OptimizerKind.SGD).withLr(0.02).withMomentum(0.5), d, 8, 2000));
        BasinColors c = new BasinColors(0.04, a, b);
        assertEquals(2, c.entries().size(), "the minima ±1 of both maps are merged");
        for (BasinColors.Entry e : c.entries()) assertEquals(32, e.starts()[0], "each minimum owns half the starts of A");
        // a start on the left reaches −1 in both maps: same hue, different shade only by steps
        int left = 2 * 8 + 1;
        assertEquals(c.entryOf(0, left), c.entryOf(1, left));
        int hue = c.entries().get(c.entryOf(0, left)).argb();
        double fa = 1 - 0.5 * Math.log1p(a.steps()[left]) / Math.log1p(2000);
        assertEquals(BasinColors.darken(hue, fa), c.argb(0, left));
        assertNotEquals(c.entries().get(0).argb(), c.entries().get(1).argb());
        assertEquals(0xFF000000 | 128 << 16 | 64 << 8 | 32, BasinColors.darken(0xFFFF8040, 0.5 + 1e-9));
    }

    @Test void heatColoursMarkDivergedAndUnreachedApartFromTheScale() {
        double[] v = {1e-12, 1e-6, 1, Double.POSITIVE_INFINITY, Double.NaN};
        int[] c = HeatColors.argb(v, true);
        assertEquals(ColorMap.VIRIDIS.argb(1), c[0], "the best cell is the brightest");
        assertEquals(ColorMap.VIRIDIS.argb(0), c[2], "the worst finite cell is the darkest");
        assertEquals(HeatColors.DIVERGED, c[3]);
        assertEquals(HeatColors.NOT_REACHED, c[4]);
        // log scale of v − min + δ, δ = 1e-9·range: t(1e-6) = 1 − log(1e-6 − 1e-12 + δ)/… computed here
        double range = 1 - 1e-12, delta = 1e-9 * range, lo = Math.log10(delta), hi = Math.log10(range + delta);
        double t = (Math.log10(1e-6 - 1e-12 + delta) - lo) / (hi - lo);
        assertEquals(ColorMap.VIRIDIS.argb(1 - t), c[1]);
        assertArrayEquals(new int[] {ColorMap.VIRIDIS.argb(1), ColorMap.VIRIDIS.argb(0.5), ColorMap.VIRIDIS.argb(0)},
                HeatColors.argb(new double[] {10, 20, 30}, false), "steps: linear, fewer = brighter");
    }

    @Test void distinctValuesCountEachCoordinateOnce() {
        List<Trial> grid = List.of(new Trial(1, 5, 0), new Trial(2, 5, 0), new Trial(1, 6, 0), new Trial(2, 6, 0));
        assertEquals(2, SearchComparison.distinct(grid, Trial::a));
        assertEquals(2, SearchComparison.distinct(grid, Trial::b));
        List<Trial> random = List.of(new Trial(1, 5, 0), new Trial(1.5, 5.5, 0), new Trial(2, 6, 0), new Trial(2.5, 5.2, 0));
        assertEquals(4, SearchComparison.distinct(random, Trial::a));
    }
}
