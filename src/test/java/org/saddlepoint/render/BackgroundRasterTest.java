package org.saddlepoint.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.saddlepoint.surface.ScalarGrid;
import org.saddlepoint.surface.Surface;
import org.saddlepoint.ui.view3d.DemoData;

/**
 * The cached raster background (heat map + contours drawn once, reused per frame) must look like
 * the chart drawn layer by layer, follow grid changes, and the off-thread preparation must give
 * exactly what {@link Landscape2DChart#setGrid} computes in place.
 */
class BackgroundRasterTest {
    static {
        String display = System.getenv("DISPLAY");
        if (display == null || display.isBlank()) System.setProperty("java.awt.headless", "true");
    }

    private static Landscape2DChart chart(ScalarGrid g, boolean raster) {
        Landscape2DChart c = new Landscape2DChart();
        c.setContourCount(18);
        c.setGrid(g, ColorMap.VIRIDIS, true);
        Surface s = DemoData.himmelblau();
        c.setTrajectories(List.of(new TrajectoryStyle(DemoData.descent(s, -4.5, 4.5, 0.005, 0, 120), Color.RED, "a")));
        c.setStep(60);
        c.setRasterBackground(raster);
        return c;
    }

    /** Fraction of pixels whose channels differ by more than {@code tol}. */
    private static double differing(BufferedImage a, BufferedImage b, int tol) {
        int bad = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y), q = b.getRGB(x, y);
                for (int sh = 0; sh < 32; sh += 8) {
                    if (Math.abs((p >>> sh & 255) - (q >>> sh & 255)) > tol) {
                        bad++;
                        break;
                    }
                }
            }
        }
        return (double) bad / (a.getWidth() * a.getHeight());
    }

    @Test void rasterBackgroundLooksLikeTheLayersDrawnOneByOne() {
        ScalarGrid g = DemoData.grid(DemoData.himmelblau(), 200);
        BufferedImage vector = chart(g, false).render(900, 650);
        Landscape2DChart cached = chart(g, true);
        BufferedImage first = cached.render(900, 650);
        BufferedImage second = cached.render(900, 650); // from the cache
        assertTrue(differing(vector, first, 8) < 0.002, "raster vs layer-by-layer differ in " + differing(vector, first, 8));
        assertEquals(0.0, differing(first, second, 0), "the reused background must be the same image");
    }

    @Test void aNewGridReplacesTheCachedBackground() {
        Landscape2DChart c = chart(DemoData.grid(DemoData.himmelblau(), 120), true);
        BufferedImage before = c.render(700, 500);
        ScalarGrid other = DemoData.grid(org.saddlepoint.surface.ExpressionSurface.of("x^2 - y^2"), 120);
        c.setGrid(other, ColorMap.VIRIDIS, true);
        BufferedImage after = c.render(700, 500);
        BufferedImage fresh = chart(other, false).render(700, 500);
        assertTrue(differing(before, after, 8) > 0.2, "the background must change with the grid");
        assertTrue(differing(fresh, after, 8) < 0.002, "and match a chart that never had the old grid");
    }

    @Test void preparedGridIsWhatSetGridComputes() {
        ScalarGrid g = DemoData.grid(DemoData.himmelblau(), 150);
        Landscape2DChart inPlace = new Landscape2DChart();
        inPlace.setContourCount(14);
        inPlace.setGrid(g, ColorMap.MAGMA, true, 1, 300);
        Landscape2DChart.PreparedGrid p = Landscape2DChart.prepare(g, ColorMap.MAGMA, true, 1, 300, 14);
        assertEquals(inPlace.colorScale().lo(), p.scale().lo(), 0);
        assertEquals(inPlace.colorScale().hi(), p.scale().hi(), 0);
        Landscape2DChart applied = new Landscape2DChart();
        applied.setPrepared(p);
        assertSame(p.contours(), applied.contours());
        assertEquals(inPlace.contours().size(), p.contours().size());
        for (int i = 0; i < p.contours().size(); i++) {
            assertEquals(inPlace.contours().get(i).size(), p.contours().get(i).size());
            assertEquals(inPlace.contours().get(i).x(0), p.contours().get(i).x(0), 0);
        }
        assertEquals(0.0, differing(inPlace.render(600, 450), applied.render(600, 450), 0));
    }
}
