package org.saddlepoint.render;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import org.saddlepoint.surface.ScalarGrid;

/** Builds the heatmap of a grid as one ARGB image: pixel (ix, ny−1−iy) = colour of z[iy·nx+ix]. */
public final class HeatmapImage {
    private HeatmapImage() { }

    /** One pixel per sample, the top row being the largest y; holes get {@link ColorMap#HOLE_ARGB}. */
    public static BufferedImage of(ScalarGrid grid, ColorScale scale, ColorMap map) {
        int nx = grid.nx(), ny = grid.ny();
        BufferedImage img = new BufferedImage(nx, ny, BufferedImage.TYPE_INT_ARGB);
        int[] px = ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
        fill(grid, scale, map, px);
        return img;
    }

    /** Writes the colours into {@code argb} (length nx·ny), rows flipped so that row 0 is the top (y max). */
    public static void fill(ScalarGrid grid, ColorScale scale, ColorMap map, int[] argb) {
        int nx = grid.nx(), ny = grid.ny();
        double[] z = grid.values();
        int[] lut = map.lookupTable(new int[1024]);
        for (int iy = 0; iy < ny; iy++) {
            int src = iy * nx, dst = (ny - 1 - iy) * nx;
            for (int ix = 0; ix < nx; ix++) {
                double t = scale.t(z[src + ix]);
                argb[dst + ix] = Double.isNaN(t) ? ColorMap.HOLE_ARGB : lut[(int) Math.round(t * 1023)];
            }
        }
    }
}
