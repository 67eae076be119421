package org.saddlepoint.ui.view2d;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.fx.ChartCanvas;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.interaction.MouseHandlerFX;
import org.saddlepoint.render.Arrow;
import org.saddlepoint.render.ColorMap;
import org.saddlepoint.render.Landscape2DChart;
import org.saddlepoint.render.MarkedPoint;
import org.saddlepoint.render.TrajectoryStyle;
import org.saddlepoint.surface.PointFunction;
import org.saddlepoint.surface.ScalarGrid;

/**
 * The 2D landscape on screen: the {@link Landscape2DChart} (the same renderer the exporters use)
 * in a JFreeChart {@link ChartViewer}, with JFreeChart's zoom/pan gestures replaced by ours:
 * a click reports its data coordinates, dragging the start marker reports the start continuously.
 * Use from the FX thread.
 */
public class Landscape2DView extends StackPane {
    private static final double START_GRAB_PIXELS = 14;

    /** Prepares grids (colour scale, heatmap, contours) for every 2D view, off the FX thread. */
    private static final Executor PREPARER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "landscape-2d-prepare");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong requests = new AtomicLong();
    private final Landscape2DChart model;
    private final ChartViewer viewer;
    private BiConsumer<Double, Double> onPick, onStartDragged;
    private double startX = Double.NaN, startY = Double.NaN;
    private boolean draggingStart, moved;
    private double pressX, pressY;
    private WritableImage blitImage;
    private boolean redrawPending;
    /** Where a heatmap prepared in the background is shown (on the FX thread); see {@link #setResultExecutor}. */
    private java.util.concurrent.Executor results = Platform::runLater;
    private long blitVersion = -1;

    public Landscape2DView() { this(new Landscape2DChart()); }

    public Landscape2DView(Landscape2DChart model) {
        this.model = model;
        model.setRasterBackground(true);
        viewer = new ChartViewer(model.chart(), false);
        ChartCanvas canvas = viewer.getCanvas();
        model.setBackgroundBlitter(this::blitOnCanvas);
        model.setRedrawScheduler(this::redrawSoon);
        canvas.setDomainZoomable(false);
        canvas.setRangeZoomable(false);
        for (String id : new String[] {"zoom", "pan", "scroll", "anchor"}) {
            MouseHandlerFX h = canvas.getMouseHandler(id);
            if (h != null) canvas.removeMouseHandler(h);
        }
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        getChildren().add(viewer);
        setMinSize(150, 150);
        setPrefSize(640, 600);
    }

    /**
     * Draws the chart's cached background straight onto the canvas: converted to an FX image once
     * per background version (Prism keeps its texture), not on every frame as FXGraphics2D would.
     */
    private boolean blitOnCanvas(java.awt.Graphics2D g2, java.awt.image.BufferedImage image, long version, int x, int y) {
        if (!(g2 instanceof org.jfree.fx.FXGraphics2D)) return false;
        if (blitImage == null || blitVersion != version) {
            blitImage = SwingFXUtils.toFXImage(image, blitImage != null && (int) blitImage.getWidth() == image.getWidth()
                    && (int) blitImage.getHeight() == image.getHeight() ? blitImage : null);
            blitVersion = version;
        }
        viewer.getCanvas().getGraphicsContext2D().drawImage(blitImage, x, y);
        return true;
    }

    /** One redraw for all the changes made before the FX thread next gets to its queue. */
    private void redrawSoon(Runnable redraw) {
        if (redrawPending) return;
        redrawPending = true;
        Platform.runLater(() -> {
            redrawPending = false;
            redraw.run();
        });
    }

    /**
     * Sets where heatmaps prepared in the background are shown: an executor that runs its tasks
     * on the FX thread ({@code Platform::runLater} by default). The window passes one that waits
     * for an idle render thread.
     */
    public void setResultExecutor(java.util.concurrent.Executor fxExecutor) {
        results = java.util.Objects.requireNonNull(fxExecutor);
    }

    /** The shared renderer/model (for exporters and for settings not wrapped here). */
    public Landscape2DChart model() { return model; }

    public void setGrid(ScalarGrid grid, ColorMap map, boolean log) {
        requests.incrementAndGet();
        model.setGrid(grid, map, log);
    }

    /** With a z clip window (NaN = none). */
    public void setGrid(ScalarGrid grid, ColorMap map, boolean log, double clipLo, double clipHi) {
        requests.incrementAndGet();
        model.setGrid(grid, map, log, clipLo, clipHi);
    }

    /**
     * Like {@link #setGrid(ScalarGrid, ColorMap, boolean, double, double)}, but the colour scale,
     * heatmap and contour tracing run on a background thread; only showing the result runs on
     * the FX thread. A newer call supersedes an older one still running (its result is dropped).
     * The future completes on the FX thread once this grid is shown or was superseded.
     */
    public CompletableFuture<Void> setGridInBackground(ScalarGrid grid, ColorMap map, boolean log, double clipLo, double clipHi) {
        long id = requests.incrementAndGet();
        int contourCount = model.contourCount();
        CompletableFuture<Void> done = new CompletableFuture<>();
        PREPARER.execute(() -> {
            try {
                if (requests.get() != id) {
                    Platform.runLater(() -> done.complete(null));
                    return;
                }
                Landscape2DChart.PreparedGrid prepared = Landscape2DChart.prepare(grid, map, log, clipLo, clipHi, contourCount);
                results.execute(() -> {
                    if (requests.get() == id) model.setPrepared(prepared);
                    done.complete(null);
                });
            } catch (RuntimeException e) {
                Platform.runLater(() -> done.completeExceptionally(e));
            }
        });
        return done;
    }

    public void setContourCount(int count) { model.setContourCount(count); }

    public void setTrajectories(List<TrajectoryStyle> list) { model.setTrajectories(list); }

    public void setStep(int step) { model.setStep(step); }

    public void setArrows(List<Arrow> arrows) { model.setArrows(arrows); }

    public void setStart(double x, double y) {
        startX = x;
        startY = y;
        model.setStart(x, y);
    }

    /** Shows −∇f arrows sampled with {@code f} (used on the FX thread; give the view its own evaluator). */
    public void setShowGradientField(boolean show, PointFunction f) { model.setShowGradientField(show, f); }

    public void setMarkedPoints(List<MarkedPoint> points) { model.setMarkedPoints(points); }

    public void setAxisLabels(String x, String y) { model.setAxisLabels(x, y); }

    /** Called with the data coordinates of a click inside the plot. */
    public void setOnPick(BiConsumer<Double, Double> handler) { onPick = handler; }

    /** Called continuously with the new start while the start marker is dragged. */
    public void setOnStartDragged(BiConsumer<Double, Double> handler) { onStartDragged = handler; }

    /** The chart as an image at the view's size. */
    public WritableImage snapshotImage() {
        int w = (int) Math.max(1, Math.round(getWidth())), h = (int) Math.max(1, Math.round(getHeight()));
        return SwingFXUtils.toFXImage(model.render(w, h), null);
    }

    /** Data coordinates of a point of the chart canvas, or null outside the plot's data area. */
    public Point2D toData(double canvasX, double canvasY) {
        Rectangle2D area = dataArea();
        if (area == null || !area.contains(canvasX, canvasY)) return null;
        return model.toData(canvasX, canvasY, area);
    }

    /** Screen position of a data point (for tests and tooltips), or null before the first layout. */
    public javafx.geometry.Point2D toScreen(double x, double y) {
        Rectangle2D area = dataArea();
        if (area == null) return null;
        Point2D p = model.toJava2D(x, y, area);
        return viewer.getCanvas().localToScreen(p.getX(), p.getY());
    }

    private Rectangle2D dataArea() {
        ChartRenderingInfo info = viewer.getCanvas().getRenderingInfo();
        if (info == null || info.getPlotInfo() == null) return null;
        Rectangle2D a = info.getPlotInfo().getDataArea();
        return a == null || a.isEmpty() ? null : a;
    }

    private void pressed(MouseEvent e) {
        pressX = e.getX();
        pressY = e.getY();
        moved = false;
        draggingStart = false;
        Rectangle2D area = dataArea();
        if (e.getButton() == MouseButton.PRIMARY && area != null && Double.isFinite(startX) && Double.isFinite(startY)) {
            Point2D s = model.toJava2D(startX, startY, area);
            draggingStart = s.distance(e.getX(), e.getY()) <= START_GRAB_PIXELS;
        }
        e.consume();
    }

    private void dragged(MouseEvent e) {
        if (Math.hypot(e.getX() - pressX, e.getY() - pressY) > 3) moved = true;
        if (draggingStart) {
            Rectangle2D area = dataArea();
            if (area != null) {
                double cx = Math.max(area.getMinX(), Math.min(area.getMaxX(), e.getX()));
                double cy = Math.max(area.getMinY(), Math.min(area.getMaxY(), e.getY()));
                Point2D d = model.toData(cx, cy, area);
                setStart(d.getX(), d.getY());
                if (onStartDragged != null) onStartDragged.accept(d.getX(), d.getY());
            }
        }
        e.consume();
    }

    private void released(MouseEvent e) {
        if (!moved && !draggingStart && e.getButton() == MouseButton.PRIMARY && onPick != null) {
            Point2D d = toData(e.getX(), e.getY());
            if (d != null) onPick.accept(d.getX(), d.getY());
        }
        draggingStart = false;
        e.consume();
    }
}
