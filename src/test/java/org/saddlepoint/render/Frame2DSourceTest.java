package org.saddlepoint.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.saddlepoint.scene.ComputedScene;

/**
 * A 2D animation frame (the chart's background drawn once and copied, then the trajectory and
 * overlay layers) is the chart drawn in full at that step, pixel for pixel — whether the frame is
 * a whole image or the picture part of a bigger one (a sub-image, as with a caption band).
 */
class Frame2DSourceTest {
    static { ExportFixtures.headlessIfNoDisplay(); }

    private static final ComputedScene SCENE = ExportFixtures.rosenbrock(30);
    private static final int W = 320, H = 240;

    private static int differing(BufferedImage a, BufferedImage b) {
        int n = 0;
        for (int y = 0; y < a.getHeight(); y++) for (int x = 0; x < a.getWidth(); x++) if (a.getRGB(x, y) != b.getRGB(x, y)) n++;
        return n;
    }

    @Test
    void framesEqualTheChartDrawnInFullIntoWholeAndSubImages() {
        FramePlan plan = FramePlan.of(SCENE, ExportOptions.DEFAULT.withFrames(6));
        Landscape2DChart chart = SceneCharts.chart(SCENE, Locale.ENGLISH);
        Landscape2DChart reference = SceneCharts.chart(SCENE, Locale.ENGLISH);
        reference.setNotify(false);
        Frame2DSource src = new Frame2DSource(chart, plan, W, H, 1.5, SceneCharts.keyColors(SCENE));
        BufferedImage whole = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        BufferedImage big = new BufferedImage(W + 40, H + 60, BufferedImage.TYPE_INT_RGB);
        BufferedImage part = big.getSubimage(0, 0, W, H);
        BufferedImage full = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        int changedAcrossFrames = 0;
        BufferedImage first = null;
        for (int k = 0; k < plan.frames(); k++) {
            src.render(k, whole);
            src.render(k, part);
            reference.setStep(plan.steps()[k]);
            Frame2DSource.draw(reference, full, 1.5);
            assertEquals(0, differing(full, whole), "frame " + k + " (whole image) differs from the full drawing");
            assertEquals(0, differing(full, part), "frame " + k + " (sub-image) differs from the full drawing");
            if (first == null) {
                first = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
                first.setData(whole.getData());
            } else {
                changedAcrossFrames = Math.max(changedAcrossFrames, differing(first, whole));
            }
        }
        assertTrue(changedAcrossFrames > 100, "the paths grow from frame to frame: " + changedAcrossFrames + " pixels");
        // the rest of the bigger image is left alone
        assertEquals(0, big.getRGB(W + 10, H + 30) & 0xFFFFFF);
    }

    @Test
    void rgbPixelsCopyIntoWholeSubAndOtherImages() {
        Random r = new Random(7);
        int w = 13, h = 9;
        int[] px = new int[w * h];
        for (int i = 0; i < px.length; i++) px[i] = r.nextInt() & 0xFFFFFF;
        BufferedImage big = new BufferedImage(30, 20, BufferedImage.TYPE_INT_RGB);
        BufferedImage sub = big.getSubimage(5, 4, w, h);
        BufferedImage argb = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        RgbPixels.copy(px, sub);
        RgbPixels.copy(px, argb);
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) {
            assertEquals(px[y * w + x], big.getRGB(5 + x, 4 + y) & 0xFFFFFF);
            assertEquals(0xFF000000 | px[y * w + x], argb.getRGB(x, y));
        }
        assertEquals(0, big.getRGB(4, 4) & 0xFFFFFF);
        assertEquals(0, big.getRGB(5 + w, 4 + h - 1) & 0xFFFFFF);
        assertEquals(0, big.getRGB(5, 3) & 0xFFFFFF);
    }
}
