package org.saddlepoint.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.saddlepoint.analysis.ContourLine;
import org.saddlepoint.analysis.ContourTracer;
import org.saddlepoint.surface.Domain;
import org.saddlepoint.surface.PointFunction;
import org.saddlepoint.surface.ScalarGrid;

/**
 * The 2D landscape view as a mutable model plus its one JFreeChart: heatmap image, contour lines,
 * colour bar, optional −∇f field, trajectories up to the current step, explainer arrows, marked
 * points and the start marker. The same chart is drawn on screen (the FX wrapper) and to files
 * (PNG/SVG/PDF/GIF frames). Not thread-safe: use it from one thread (the FX thread in the app).
 * Every setter redraws unless {@link #setNotify(boolean) notification} is off.
 */
public final class Landscape2DChart {
    private static final int GRADIENT_LATTICE = 21;

    private final XYPlot plot;
    private final NumberAxis xAxis, yAxis;
    private final JFreeChart chart;
    private PaintScaleLegend colorBar;

    private ScalarGrid grid;
    private ColorMap map = ColorMap.DEFAULT;
    private boolean log;
    private double clipLo = Double.NaN, clipHi = Double.NaN;
    private ColorScale scale;
    private BufferedImage heatmap;
    private int contourCount = 12;
    private List<ContourLine> contours = List.of();
    private GradientField gradientField;
    private PointFunction gradientFunction;
    private List<TrajectoryStyle> trajectories = List.of();
    private int step = Integer.MAX_VALUE;
    private List<Arrow> arrows = List.of();
    private List<MarkedPoint> markedPoints = List.of();
    private double startX = Double.NaN, startY = Double.NaN;
    private String colorBarLabel = "f(θ)";
    private boolean notify = true;
    private boolean rasterBackground;
    private java.util.function.Consumer<Runnable> redrawScheduler;
    private final BackgroundRaster backgroundRaster = new BackgroundRaster(this);

    public Landscape2DChart() { this("θ₁", "θ₂"); }

    public Landscape2DChart(String xLabel, String yLabel) {
        xAxis = axis(xLabel);
        yAxis = axis(yLabel);
        plot = new XYPlot(null, xAxis, yAxis, null);
        plot.setNoDataMessage(null);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setBackgroundPaint(new Color(0xF4F4F4));
        plot.setOutlinePaint(new Color(60, 60, 60));
        plot.setOutlineStroke(new BasicStroke(1f));
        plot.setAxisOffset(new RectangleInsets(4, 4, 4, 4));
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        plot.addAnnotation(new HeatmapLayer(this), false);
        plot.addAnnotation(new ContourLayer(this), false);
        plot.addAnnotation(new GradientFieldLayer(this), false);
        plot.addAnnotation(new TrajectoryLayer(this), false);
        plot.addAnnotation(new OverlayLayer(this), false);
        chart = new JFreeChart(null, ChartFonts.bold(15f), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(6, 6, 6, 6));
        chart.setTextAntiAlias(true);
        chart.setAntiAlias(true);
        LegendTitle legend = chart.getLegend();
        legend.setItemFont(ChartFonts.plain(12f));
        legend.setFrame(BlockBorder.NONE);
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setItemLabelPadding(new RectangleInsets(2, 4, 2, 18));
        setDomain(new Domain(-1, 1, -1, 1));
        updateLegend();
    }

    private static NumberAxis axis(String label) {
        NumberAxis a = new NumberAxis(label);
        a.setLabelFont(ChartFonts.plain(14f));
        a.setTickLabelFont(ChartFonts.plain(11f));
        a.setAutoRange(false);
        a.setAutoRangeIncludesZero(false);
        return a;
    }

    /** The chart (always the same instance). */
    public JFreeChart chart() { return chart; }

    public XYPlot plot() { return plot; }

    /** Turns redraw-on-change off (to batch several setters) and back on (redraws once). */
    public void setNotify(boolean notify) {
        this.notify = notify;
        if (notify) chart.fireChartChanged();
    }

    /**
     * Draws heat map and contours once into a cached image and reuses it while only the moving
     * parts change (for the screen and animation frames). Vector targets (SVG, PDF) always get
     * vector contours. Off by default.
     */
    public void setRasterBackground(boolean on) {
        rasterBackground = on;
        changed();
    }

    /** Lets a screen target draw the cached background its own faster way (see {@link BackgroundBlitter}). */
    public void setBackgroundBlitter(BackgroundBlitter blitter) { backgroundRaster.setBlitter(blitter); }

    boolean drawsRasterBackground(Graphics2D g2) {
        return rasterBackground && !(g2 instanceof org.jfree.graphics2d.svg.SVGGraphics2D) && !(g2 instanceof org.jfree.pdf.PDFGraphics2D);
    }

    BackgroundRaster backgroundRaster() { return backgroundRaster; }

    /** Axis labels, e.g. "θ₁", "θ₂" or the parameter names of a data surface. */
    public void setAxisLabels(String x, String y) {
        xAxis.setLabel(x);
        yAxis.setLabel(y);
        changed();
    }

    public void setTitle(String title) {
        chart.setTitle(title);
        if (chart.getTitle() != null) chart.getTitle().setFont(ChartFonts.bold(15f));
    }

    /** The label next to the colour bar (default "f(θ)"). */
    public void setColorBarLabel(String label) {
        colorBarLabel = label;
        rebuildColorBar();
        changed();
    }

    /** Shows {@code domain} (the grid's domain is used when a grid is set). */
    public void setDomain(Domain domain) {
        xAxis.setRange(domain.xMin(), domain.xMax());
        yAxis.setRange(domain.yMin(), domain.yMax());
        changed();
    }

    /**
     * What {@link #setGrid} derives from a grid: its colour scale, heatmap image and contour lines.
     * Built by {@link #prepare} on any thread (it is pure), applied by {@link #setPrepared} on the
     * chart's thread, so a view can keep the costly part off the FX thread.
     */
    public record PreparedGrid(ScalarGrid grid, ColorMap map, boolean log, double clipLo, double clipHi,
                               int contourCount, ColorScale scale, BufferedImage heatmap, List<ContourLine> contours) { }

    /** The scale, heatmap and {@code contourCount} contour levels of {@code grid} (thread-safe). */
    public static PreparedGrid prepare(ScalarGrid grid, ColorMap map, boolean log, double clipLo, double clipHi, int contourCount) {
        ColorMap m = map == null ? ColorMap.DEFAULT : map;
        ColorScale sc = ColorScale.of(grid, log, clipLo, clipHi);
        BufferedImage img = HeatmapImage.of(grid, sc, m);
        return new PreparedGrid(grid, m, log, clipLo, clipHi, contourCount, sc, img, trace(grid, sc, log, contourCount));
    }

    /** Sets the sampled surface and how it is coloured: clip bounds NaN = none. Retraces contours. */
    public void setGrid(ScalarGrid grid, ColorMap map, boolean log, double clipLo, double clipHi) {
        if (grid == null) {
            this.grid = null;
            this.map = map == null ? ColorMap.DEFAULT : map;
            this.log = log;
            this.clipLo = clipLo;
            this.clipHi = clipHi;
            scale = null;
            heatmap = null;
            contours = List.of();
            rebuildColorBar();
            changed();
            return;
        }
        setPrepared(prepare(grid, map, log, clipLo, clipHi, contourCount));
    }

    /** Shows a grid prepared by {@link #prepare} (its contour count becomes this chart's). */
    public void setPrepared(PreparedGrid p) {
        grid = p.grid();
        map = p.map();
        log = p.log();
        clipLo = p.clipLo();
        clipHi = p.clipHi();
        contourCount = p.contourCount();
        scale = p.scale();
        heatmap = p.heatmap();
        contours = p.contours();
        if (gradientFunction != null) gradientField = GradientField.sample(gradientFunction, grid.domain(), GRADIENT_LATTICE);
        // the axes and the colour bar each redraw the chart when changed: draw once, after both
        boolean wasOn = chart.isNotify();
        chart.setNotify(false);
        setDomainQuietly(grid.domain());
        rebuildColorBar();
        if (wasOn) chart.setNotify(true); // redraws
        else changed();
    }

    /** Contour levels currently drawn (0 = none). */
    public int contourCount() { return contourCount; }

    public void setGrid(ScalarGrid grid, ColorMap map, boolean log) { setGrid(grid, map, log, Double.NaN, Double.NaN); }

    /** Number of contour levels (0 hides contours); levels follow the colour scale (linear or log). */
    public void setContourCount(int count) {
        contourCount = Math.max(0, count);
        retrace();
        changed();
    }

    /** Replaces the contour lines with precomputed ones (e.g. traced off the FX thread). */
    public void setContours(List<ContourLine> lines) {
        contours = List.copyOf(lines);
        changed();
    }

    /** Shows −∇f arrows on a lattice, sampled with {@code f} now and whenever the grid changes; null or false hides. */
    public void setShowGradientField(boolean show, PointFunction f) {
        gradientFunction = show ? f : null;
        Domain d = grid != null ? grid.domain() : currentDomain();
        gradientField = gradientFunction == null ? null : GradientField.sample(gradientFunction, d, GRADIENT_LATTICE);
        changed();
    }

    /** Shows precomputed gradient samples (null hides). */
    public void setGradientField(GradientField field) {
        gradientFunction = null;
        gradientField = field;
        changed();
    }

    public void setTrajectories(List<TrajectoryStyle> list) {
        trajectories = List.copyOf(list);
        updateLegend();
        changed();
    }

    /** The current step index: each trajectory is drawn solid up to row min(step, size−1). */
    public void setStep(int step) {
        this.step = Math.max(0, step);
        changed();
    }

    public void setArrows(List<Arrow> list) {
        arrows = List.copyOf(list);
        changed();
    }

    public void setMarkedPoints(List<MarkedPoint> list) {
        markedPoints = List.copyOf(list);
        changed();
    }

    /** The start marker (NaN hides it). */
    public void setStart(double x, double y) {
        startX = x;
        startY = y;
        changed();
    }

    /** Renders the chart into a new image (headless-safe). */
    public BufferedImage render(int width, int height) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        g.dispose();
        return img;
    }

    /** Data coordinates of a Java2D point inside {@code dataArea} (as reported by the chart's rendering info). */
    public Point2D toData(double px, double py, Rectangle2D dataArea) {
        return new Point2D.Double(xAxis.java2DToValue(px, dataArea, plot.getDomainAxisEdge()),
                yAxis.java2DToValue(py, dataArea, plot.getRangeAxisEdge()));
    }

    /** Java2D position of a data point inside {@code dataArea}. */
    public Point2D toJava2D(double x, double y, Rectangle2D dataArea) {
        return new Point2D.Double(xAxis.valueToJava2D(x, dataArea, plot.getDomainAxisEdge()),
                yAxis.valueToJava2D(y, dataArea, plot.getRangeAxisEdge()));
    }

    public Domain currentDomain() {
        return new Domain(xAxis.getLowerBound(), xAxis.getUpperBound(), yAxis.getLowerBound(), yAxis.getUpperBound());
    }

    // --- state read by the layers -------------------------------------------------------------
    /** The grid drawn now (null before the first). */
    public ScalarGrid grid() { return grid; }
    BufferedImage heatmap() { return heatmap; }
    List<ContourLine> contours() { return contours; }
    GradientField gradientField() { return gradientField; }
    List<TrajectoryStyle> trajectories() { return trajectories; }
    int step() { return step; }
    /** The arrows drawn now. */
    public List<Arrow> arrows() { return arrows; }
    List<MarkedPoint> markedPoints() { return markedPoints; }
    boolean hasStart() { return Double.isFinite(startX) && Double.isFinite(startY); }
    double startX() { return startX; }
    double startY() { return startY; }

    /** The colour scale in use (null before a grid is set). */
    public ColorScale colorScale() { return scale; }

    public ColorMap colorMap() { return map; }

    private void setDomainQuietly(Domain d) {
        xAxis.setRange(d.xMin(), d.xMax());
        yAxis.setRange(d.yMin(), d.yMax());
    }

    private void retrace() { contours = trace(grid, scale, log, contourCount); }

    private static List<ContourLine> trace(ScalarGrid grid, ColorScale scale, boolean log, int count) {
        if (grid == null || count == 0 || scale == null || !(scale.lo() < scale.hi())) return List.of();
        double[] levels = ContourTracer.levels(scale.lo(), scale.hi(), count, log);
        return List.copyOf(new ContourTracer().trace(grid, levels));
    }

    private void rebuildColorBar() {
        if (colorBar != null) chart.removeSubtitle(colorBar);
        colorBar = null;
        if (scale == null) return;
        ValueAxis axis = scale.isLog() ? new ColorBarAxis(colorBarLabel + " − min (log)", scale) : new NumberAxis(colorBarLabel);
        ColorBarScale paint = new ColorBarScale(scale, map);
        axis.setRange(paint.getLowerBound(), paint.getUpperBound());
        axis.setLabelFont(ChartFonts.plain(13f));
        axis.setTickLabelFont(ChartFonts.plain(11f));
        colorBar = new PaintScaleLegend(paint, axis);
        colorBar.setPosition(RectangleEdge.RIGHT);
        colorBar.setSubdivisionCount(256);
        colorBar.setStripWidth(14);
        colorBar.setStripOutlineVisible(true);
        colorBar.setAxisOffset(3);
        colorBar.setMargin(new RectangleInsets(8, 10, 8, 4));
        colorBar.setPadding(new RectangleInsets(0, 0, 0, 0));
        chart.addSubtitle(colorBar);
    }

    private void updateLegend() {
        LegendItemCollection items = new LegendItemCollection();
        for (TrajectoryStyle s : trajectories) {
            LegendItem item = new LegendItem(s.label(), s.color());
            item.setLabelFont(ChartFonts.plain(12f));
            items.add(item);
        }
        plot.setFixedLegendItems(items);
        if (chart != null && chart.getLegend() != null) chart.getLegend().setVisible(!trajectories.isEmpty());
    }

    private void changed() {
        if (!notify || chart == null) return;
        if (redrawScheduler != null) redrawScheduler.accept(chart::fireChartChanged);
        else chart.fireChartChanged();
    }

    /**
     * Lets a screen view coalesce redraws: every change hands {@code scheduler} the redraw instead
     * of drawing at once, so several changes in one event (a new surface: grid, trajectories,
     * start, arrows) draw once. Null (the default, and what files use) redraws at once.
     */
    public void setRedrawScheduler(java.util.function.Consumer<Runnable> scheduler) { redrawScheduler = scheduler; }
}
