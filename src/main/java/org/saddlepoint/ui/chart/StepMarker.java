package org.saddlepoint.ui.chart;

import java.awt.geom.Rectangle2D;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.event.ChartProgressEvent;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;

/**
 * The vertical line at the current step over a run chart, as a JavaFX node above the chart's
 * canvas rather than a JFreeChart marker inside it. Moving it changes a line of a few pixels;
 * a marker inside the chart made JFreeChart redraw the whole chart (axes, grid, every series)
 * on every step of playback, and on software GL that redraw was most of the frame: at 16× on the
 * 3D tab, 9–10 frames/s with the chart redrawn against 15–16 without (`PlaybackStalls 3d 16 20`).
 * Its x is the chart's own mapping of the step, {@code x = dataArea.x + (k − lo)/(hi − lo)·dataArea.w},
 * read after each time the chart is drawn; it is hidden while the step lies outside the axis.
 */
final class StepMarker {
    private final ChartViewer viewer;
    private final Line line = new Line();
    private final Pane layer = new Pane(line);
    private int step;

    StepMarker(ChartViewer viewer) {
        this.viewer = viewer;
        line.setStroke(Color.GRAY);
        line.setStrokeWidth(1.2);
        line.setManaged(false);
        line.setVisible(false);
        layer.setMouseTransparent(true);
        layer.setPickOnBounds(false);
        // the chart is drawn on the FX thread; once it is, its data area and axis range are current
        viewer.getChart().addProgressListener(e -> {
            if (e.getType() == ChartProgressEvent.DRAWING_FINISHED) place(step);
        });
    }

    /** The layer to stack over the viewer, at the same size. */
    Pane layer() { return layer; }

    /** Puts the line at {@code step}. */
    void place(int step) {
        this.step = step;
        Rectangle2D area = dataArea();
        double x = map(step);
        boolean inside = area != null && Double.isFinite(x) && x >= area.getMinX() - 0.5 && x <= area.getMaxX() + 0.5;
        line.setVisible(inside);
        if (!inside) return;
        line.setStartX(x);
        line.setEndX(x);
        line.setStartY(area.getMinY());
        line.setEndY(area.getMaxY());
    }

    /** The line's x in the chart's coordinates, or NaN while it is hidden. */
    double x() { return line.isVisible() ? line.getStartX() : Double.NaN; }

    /** The chart's x of {@code step} on its step axis, as last drawn; NaN before the first drawing. */
    double map(int step) {
        Rectangle2D area = dataArea();
        if (area == null) return Double.NaN;
        XYPlot plot = viewer.getChart().getXYPlot();
        return plot.getDomainAxis().valueToJava2D(step, area, plot.getDomainAxisEdge());
    }

    private Rectangle2D dataArea() {
        ChartRenderingInfo info = viewer.getCanvas() == null ? null : viewer.getCanvas().getRenderingInfo();
        if (info == null) return null;
        Rectangle2D a = info.getPlotInfo().getDataArea();
        return a == null || a.isEmpty() ? null : a;
    }
}
