package org.saddlepoint.render;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.List;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.XYPlot;

/**
 * 2D animation frames: the landscape chart (the same model the 2D view shows) drawn at each
 * planned step, at {@code scale} (Graphics2D.scale, so fonts and lines grow with it). Headless.
 *
 * <p>Only the trajectories change from frame to frame, so the chart is drawn in full once without
 * them, the overlay layer and the plot outline (heatmap, contours, gradient field, axes, colour
 * bar, legend) and kept; each frame copies that background and draws the chart's own trajectory
 * and overlay layers and then the outline on it, over the same data area, in the order XYPlot
 * draws them: the same pixels as drawing the whole chart. The chart must not change while frames are rendered.
 */
public final class Frame2DSource implements FrameSource {
    private final Landscape2DChart chart;
    private final FramePlan plan;
    private final int width, height;
    private final double scale;
    private final int[] keyColors;

    public Frame2DSource(Landscape2DChart chart, FramePlan plan, int width, int height, double scale, int[] keyColors) {
        this.chart = chart;
        this.plan = plan;
        this.width = width;
        this.height = height;
        this.scale = scale;
        this.keyColors = keyColors.clone();
    }

    @Override public int width() { return width; }

    @Override public int height() { return height; }

    @Override public int frameCount() { return plan.frames(); }

    @Override public int step(int index) { return plan.steps()[index]; }

    @Override public int[] keyColors() { return keyColors.clone(); }

    private BufferedImage background;
    private int[] backgroundPixels;
    private Rectangle2D dataArea;

    @Override public void render(int index, BufferedImage target) {
        int w = target.getWidth(), h = target.getHeight();
        if (background == null || background.getWidth() != w || background.getHeight() != h) cacheBackground(w, h);
        chart.setNotify(false);
        chart.setStep(plan.steps()[index]);
        RgbPixels.copy(backgroundPixels, target);
        Graphics2D g = target.createGraphics();
        hints(g);
        g.scale(scale, scale);
        XYPlot plot = chart.plot();
        new TrajectoryLayer(chart).draw(g, plot, dataArea, plot.getDomainAxis(), plot.getRangeAxis(), 0, null);
        new OverlayLayer(chart).draw(g, plot, dataArea, plot.getDomainAxis(), plot.getRangeAxis(), 0, null);
        if (plot.isOutlineVisible()) plot.drawOutline(g, dataArea); // XYPlot draws it last, over the layers
        g.dispose();
    }

    private void cacheBackground(int w, int h) {
        List<TrajectoryStyle> runs = chart.trajectories();
        List<MarkedPoint> marked = chart.markedPoints();
        List<Arrow> arrows = chart.arrows();
        double sx = chart.startX(), sy = chart.startY();
        LegendItemCollection legend = chart.plot().getFixedLegendItems();
        boolean legendVisible = chart.chart().getLegend() != null && chart.chart().getLegend().isVisible();
        chart.setNotify(false);
        // the background holds nothing drawn per frame (drawn twice, antialiased edges would darken)
        chart.setTrajectories(List.of());
        chart.setMarkedPoints(List.of());
        chart.setArrows(List.of());
        chart.setStart(Double.NaN, Double.NaN);
        boolean outline = chart.plot().isOutlineVisible();
        chart.plot().setOutlineVisible(false);
        chart.plot().setFixedLegendItems(legend);
        if (chart.chart().getLegend() != null) chart.chart().getLegend().setVisible(legendVisible);
        background = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        ChartRenderingInfo info = new ChartRenderingInfo();
        Graphics2D g = background.createGraphics();
        hints(g);
        g.scale(scale, scale);
        chart.chart().draw(g, new Rectangle2D.Double(0, 0, w / scale, h / scale), info);
        g.dispose();
        dataArea = (Rectangle2D) info.getPlotInfo().getDataArea().clone();
        chart.setTrajectories(runs);
        chart.setMarkedPoints(marked);
        chart.setArrows(arrows);
        chart.setStart(sx, sy);
        chart.plot().setOutlineVisible(outline);
        backgroundPixels = ((DataBufferInt) background.getRaster().getDataBuffer()).getData();
    }

    private static void hints(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    }

    /** Draws {@code chart} over all of {@code target} at {@code scale}. */
    public static void draw(Landscape2DChart chart, BufferedImage target, double scale) {
        Graphics2D g = target.createGraphics();
        hints(g);
        g.scale(scale, scale);
        chart.chart().draw(g, new Rectangle2D.Double(0, 0, target.getWidth() / scale, target.getHeight() / scale));
        g.dispose();
    }
}
