package org.saddlepoint.render;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.saddlepoint.analysis.ContourLine;

/**
 * The static part of the 2D landscape (heat map and contour lines) drawn once into an image the
 * size of the data area and reused while only trajectories, arrows and markers change (playback:
 * one frame per step). Redrawn when the heat map, the contours, the data area or the axis ranges
 * change. Only for raster targets: SVG and PDF keep vector contours.
 */
final class BackgroundRaster {
    private final Landscape2DChart model;
    private BufferedImage image;
    private long version;
    private BackgroundBlitter blitter;
    private BufferedImage keyHeatmap;
    private List<ContourLine> keyContours;
    private Rectangle2D keyArea;
    private double keyX0, keyX1, keyY0, keyY1;

    BackgroundRaster(Landscape2DChart model) { this.model = model; }

    void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis xAxis, ValueAxis yAxis) {
        if (model.heatmap() == null && model.contours().isEmpty()) return;
        if (!current(dataArea, xAxis, yAxis)) redraw(plot, dataArea, xAxis, yAxis);
        int x = (int) Math.floor(dataArea.getX()), y = (int) Math.floor(dataArea.getY());
        if (blitter == null || !blitter.blit(g2, image, version, x, y)) g2.drawImage(image, x, y, null);
    }

    void setBlitter(BackgroundBlitter b) { blitter = b; }

    private boolean current(Rectangle2D area, ValueAxis xAxis, ValueAxis yAxis) {
        return image != null && keyHeatmap == model.heatmap() && keyContours == model.contours() && area.equals(keyArea)
                && keyX0 == xAxis.getLowerBound() && keyX1 == xAxis.getUpperBound()
                && keyY0 == yAxis.getLowerBound() && keyY1 == yAxis.getUpperBound();
    }

    private void redraw(XYPlot plot, Rectangle2D area, ValueAxis xAxis, ValueAxis yAxis) {
        int x0 = (int) Math.floor(area.getX()), y0 = (int) Math.floor(area.getY());
        int w = Math.max(1, (int) Math.ceil(area.getMaxX()) - x0), h = Math.max(1, (int) Math.ceil(area.getMaxY()) - y0);
        if (image == null || image.getWidth() != w || image.getHeight() != h) image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setComposite(java.awt.AlphaComposite.Clear);
            g.fillRect(0, 0, w, h);
            g.setComposite(java.awt.AlphaComposite.SrcOver);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.translate(-x0, -y0);
            HeatmapLayer.paint(model, g, plot, area, xAxis, yAxis);
            ContourLayer.paint(model, g, plot, area, xAxis, yAxis);
        } finally {
            g.dispose();
        }
        version++;
        keyHeatmap = model.heatmap();
        keyContours = model.contours();
        keyArea = (Rectangle2D) area.clone();
        keyX0 = xAxis.getLowerBound();
        keyX1 = xAxis.getUpperBound();
        keyY0 = yAxis.getLowerBound();
        keyY1 = yAxis.getUpperBound();
    }
}
