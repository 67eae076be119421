package org.saddlepoint.render;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;

/**
 * PNG exports at a logical size and a scale: 1920×1080 at 2× is a 3840×2160 image in which fonts,
 * lines and markers are twice as large (Graphics2D.scale), so slides stay sharp on 4K screens.
 */
public final class PngExporter {
    private PngExporter() { }

    /** Renders {@code chart} to a new image of round(width·scale) × round(height·scale) pixels. */
    public static BufferedImage render(JFreeChart chart, int width, int height, double scale) {
        BufferedImage img = new BufferedImage((int) Math.round(width * scale), (int) Math.round(height * scale), BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = img.createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(java.awt.RenderingHints.KEY_TEXT_ANTIALIASING, java.awt.RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.scale(scale, scale);
        chart.draw(g, new java.awt.geom.Rectangle2D.Double(0, 0, width, height));
        g.dispose();
        return img;
    }

    /** Writes {@code image} as PNG, atomically. */
    public static void write(BufferedImage image, Path target) throws IOException {
        AtomicFileWriter.write(target, out -> {
            if (!ImageIO.write(image, "png", out)) throw new IOException("no PNG writer available");
        });
    }
}
