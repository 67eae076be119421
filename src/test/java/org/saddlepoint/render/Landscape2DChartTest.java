package org.saddlepoint.render;

import static org.junit.jupiter.api.Assertions.*;

import java.awt.Color;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartRenderingInfo;
import org.junit.jupiter.api.Test;
import org.saddlepoint.surface.Domain;
import org.saddlepoint.surface.ScalarGrid;
import org.saddlepoint.surface.Surface;
import org.saddlepoint.ui.view3d.DemoData;

/** Draws the chart headless into images and checks pixels against the colour map. */
class Landscape2DChartTest {
    static {
        // Java2D into a BufferedImage needs no display; without one, AWT must be told so before it starts
        String display = System.getenv("DISPLAY");
        if (display == null || display.isBlank()) System.setProperty("java.awt.headless", "true");
    }

    /** z = x on [0,1]×[0,1]: the heatmap colour at data x must be viridis(x). */
    @Test void heatmapPixelsHaveTheColourMapColours() {
        int n = 64;
        double[] z = new double[n * n];
        for (int iy = 0; iy < n; iy++) for (int ix = 0; ix < n; ix++) z[iy * n + ix] = (double) ix / (n - 1);
        ScalarGrid g = new ScalarGrid(new Domain(0, 1, 0, 1), n, n, z);
        Landscape2DChart c = new Landscape2DChart();
        c.setGrid(g, ColorMap.VIRIDIS, false);
        c.setContourCount(0);
        ChartRenderingInfo info = new ChartRenderingInfo();
        BufferedImage img = new BufferedImage(600, 500, BufferedImage.TYPE_INT_ARGB);
        var g2 = img.createGraphics();
        c.chart().draw(g2, new Rectangle2D.Double(0, 0, 600, 500), info);
        g2.dispose();
        Rectangle2D area = info.getPlotInfo().getDataArea();
        assertTrue(area.getWidth() > 300 && area.getHeight() > 250, "data area " + area);
        for (double x : new double[] {0.1, 0.35, 0.5, 0.8, 0.95}) {
            Point2D p = c.toJava2D(x, 0.5, area);
            int argb = img.getRGB((int) p.getX(), (int) p.getY());
            assertColourNear(ColorMap.VIRIDIS.argb(x), argb, 6, "heatmap at x=" + x);
            Point2D back = c.toData(p.getX(), p.getY(), area);
            assertEquals(x, back.getX(), 1e-9);
            assertEquals(0.5, back.getY(), 1e-9);
        }
    }

    @Test void logScaleAndHolesChangeThePixels() {
        int n = 32;
        double[] z = new double[n * n];
        for (int iy = 0; iy < n; iy++) for (int ix = 0; ix < n; ix++) z[iy * n + ix] = ix < 4 && iy < 4 ? Double.NaN : 100.0 * ix / (n - 1);
        ScalarGrid g = new ScalarGrid(new Domain(0, 1, 0, 1), n, n, z);
        Landscape2DChart c = new Landscape2DChart();
        c.setGrid(g, ColorMap.MAGMA, true);
        ChartRenderingInfo info = new ChartRenderingInfo();
        BufferedImage img = new BufferedImage(500, 500, BufferedImage.TYPE_INT_ARGB);
        var g2 = img.createGraphics();
        c.chart().draw(g2, new Rectangle2D.Double(0, 0, 500, 500), info);
        g2.dispose();
        Rectangle2D area = info.getPlotInfo().getDataArea();
        Point2D hole = c.toJava2D(0.03, 0.03, area);
        assertColourNear(ColorMap.HOLE_ARGB, img.getRGB((int) hole.getX(), (int) hole.getY()), 4, "hole");
        Point2D mid = c.toJava2D(0.5, 0.6, area);
        double t = new ColorScale(0, 100, true).t(50);
        assertTrue(t > 0.85, "log scale puts z=50 of 100 high: " + t);
        assertColourNear(ColorMap.MAGMA.argb(t), img.getRGB((int) mid.getX(), (int) mid.getY()), 10, "log colour");
    }

    @Test void drawsTrajectoriesArrowsAndMarkersOnHimmelblau() throws Exception {
        Surface s = DemoData.himmelblau();
        Landscape2DChart c = new Landscape2DChart();
        c.setNotify(false);
        c.setGrid(DemoData.grid(s, 256), ColorMap.VIRIDIS, true);
        c.setContourCount(14);
        c.setShowGradientField(true, s.newEvaluator());
        c.setTrajectories(List.of(
                new TrajectoryStyle(DemoData.descent(s, -4.5, 4.5, 0.005, 0, 60), new Color(0xE4572E), "SGD η=0.005"),
                new TrajectoryStyle(DemoData.descent(s, 0.5, -4.5, 0.004, 0.8, 60), new Color(0x17BEBB), "动量 λ=0.8")));
        c.setStep(25);
        c.setStart(-4.5, 4.5);
        c.setArrows(List.of(new Arrow(0, 0, 1.2, 0.4, Color.RED, "−η·g")));
        c.setMarkedPoints(List.of(new MarkedPoint(3, 2, MarkedPoint.Kind.MINIMUM, "最小值 (3, 2)"),
                new MarkedPoint(-0.270845, -0.923039, MarkedPoint.Kind.MAXIMUM, "max"),
                new MarkedPoint(0.086678, 2.884255, MarkedPoint.Kind.SADDLE, "saddle")));
        c.setNotify(true);
        assertFalse(c.contours().isEmpty());
        BufferedImage img = c.render(900, 760);
        File out = new File("target/landscape2d-test.png");
        ImageIO.write(img, "png", out);
        // the trajectory colour appears somewhere (its solid path and ball)
        int hits = 0;
        for (int y = 0; y < img.getHeight(); y++)
            for (int x = 0; x < img.getWidth(); x++)
                if (near(0xFFE4572E, img.getRGB(x, y), 12)) hits++;
        assertTrue(hits > 100, "trajectory pixels: " + hits);
    }

    private static boolean near(int a, int b, int tol) {
        for (int s = 0; s <= 16; s += 8) if (Math.abs(((a >> s) & 0xFF) - ((b >> s) & 0xFF)) > tol) return false;
        return true;
    }

    private static void assertColourNear(int expected, int actual, int tol, String what) {
        assertTrue(near(expected, actual, tol), what + ": expected " + Integer.toHexString(expected) + " got " + Integer.toHexString(actual));
    }
}
