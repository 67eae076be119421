package org.saddlepoint.render;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.SinglePixelPackedSampleModel;
import java.awt.image.WritableRaster;

/**
 * Bulk copies of packed 0xRRGGBB pixels into an image, row by row with {@link System#arraycopy}
 * when the image is int-packed RGB (a whole image or a sub-image of one). The pixel (x, y) of
 * such a raster lives at {@code offset + (y − ty)·stride + (x − tx)}, (tx, ty) being the raster's
 * sample-model translation (non-zero for a sub-image). Any other image takes Java2D's general
 * path (opaque pixels through {@link BufferedImage#setRGB}), several times slower.
 */
public final class RgbPixels {
    private RgbPixels() { }

    /** Copies {@code src} (row-major, {@code target}'s width × height, 0x??RRGGBB) over all of {@code target}. */
    public static void copy(int[] src, BufferedImage target) {
        int w = target.getWidth(), h = target.getHeight();
        if (src.length < w * h) throw new IllegalArgumentException("need " + w * h + " pixels, got " + src.length);
        WritableRaster r = target.getRaster();
        if (target.getType() == BufferedImage.TYPE_INT_RGB && r.getDataBuffer() instanceof DataBufferInt db
                && r.getSampleModel() instanceof SinglePixelPackedSampleModel sm) {
            int stride = sm.getScanlineStride();
            int base = db.getOffset() - r.getSampleModelTranslateY() * stride - r.getSampleModelTranslateX();
            int[] dst = db.getData();
            for (int y = 0; y < h; y++) System.arraycopy(src, y * w, dst, base + y * stride, w);
        } else {
            int[] row = new int[w];
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) row[x] = 0xFF000000 | src[y * w + x];
                target.setRGB(0, y, w, 1, row, 0, w);
            }
        }
    }
}
