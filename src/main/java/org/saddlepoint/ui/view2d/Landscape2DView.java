package org.saddlepoint.ui.view2d;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.function.BiConsumer;
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

    private final Landscape2DChart model;
    private final ChartViewer viewer;
    private BiConsumer<Double, Double> onPick, onStartDragged;
    private double startX = Double.NaN, startY = Double.NaN;
    private boolean draggingStart, moved;
    private double pressX, pressY;

    public Landscape2DView() { this(new Landscape2DChart()); }

    public Landscape2DView(Landscape2DChart model) {
        this.model = model;
        viewer = new ChartViewer(model.chart(), false);
        ChartCanvas canvas = viewer.getCanvas();
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

    /** The shared renderer/model (for exporters and for settings not wrapped here). */
    public Landscape2DChart model() { return model; }

    public void setGrid(ScalarGrid grid, ColorMap map, boolean log) { model.setGrid(grid, map, log); }

    /** With a z clip window (NaN = none). */
    public void setGrid(ScalarGrid grid, ColorMap map, boolean log, double clipLo, double clipHi) {
        model.setGrid(grid, map, log, clipLo, clipHi);
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
