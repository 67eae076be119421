package org.saddlepoint.render;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.saddlepoint.surface.ScalarGrid;

/**
 * The heatmap as one image stretched over the data rectangle: sample (ix, iy) covers
 * [x_ix ± Δx/2] × [y_iy ± Δy/2], so the image spans the domain grown by half a cell.
 */
final class HeatmapLayer extends AbstractXYAnnotation {
    private static final long serialVersionUID = 1L;
    private final transient Landscape2DChart model;

    HeatmapLayer(Landscape2DChart model) { this.model = model; }

    @Override public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis,
                               ValueAxis rangeAxis, int rendererIndex, PlotRenderingInfo info) {
        if (model.drawsRasterBackground(g2)) {
            model.backgroundRaster().draw(g2, plot, dataArea, domainAxis, rangeAxis);
            return;
        }
        paint(model, g2, plot, dataArea, domainAxis, rangeAxis);
    }

    /** Draws the heat map of {@code model}'s grid over {@code dataArea}. */
    static void paint(Landscape2DChart model, Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis) {
        BufferedImage img = model.heatmap();
        ScalarGrid grid = model.grid();
        if (img == null || grid == null) return;
        Draw2D d = new Draw2D(plot, dataArea, domainAxis, rangeAxis);
        double hx = 0.5 * grid.domain().width() / (grid.nx() - 1), hy = 0.5 * grid.domain().height() / (grid.ny() - 1);
        double x0 = d.px(grid.domain().xMin() - hx), x1 = d.px(grid.domain().xMax() + hx);
        double y0 = d.py(grid.domain().yMax() + hy), y1 = d.py(grid.domain().yMin() - hy);
        Shape clip = g2.getClip();
        g2.clip(dataArea);
        Object hint = g2.getRenderingHint(RenderingHints.KEY_INTERPOLATION);
        g2.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        int ix0 = (int) Math.floor(Math.min(x0, x1)), iy0 = (int) Math.floor(Math.min(y0, y1));
        int w = (int) Math.ceil(Math.abs(x1 - x0)), h = (int) Math.ceil(Math.abs(y1 - y0));
        g2.drawImage(img, ix0, iy0, w, h, null);
        if (hint != null) g2.setRenderingHint(RenderingHints.KEY_INTERPOLATION, hint);
        g2.setClip(clip);
    }
}
