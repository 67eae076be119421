package org.saddlepoint.ui.view2d;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.ExtendWith;
import org.saddlepoint.render.ColorMap;
import org.saddlepoint.ui.view3d.DemoData;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Needs a display (Xvfb). */
@EnabledIfEnvironmentVariable(named = "DISPLAY", matches = ".+")
@ExtendWith(ApplicationExtension.class)
class Landscape2DViewTest {
    private Landscape2DView view;

    @Start void start(Stage stage) {
        view = new Landscape2DView();
        view.setGrid(DemoData.grid(DemoData.himmelblau(), 64), ColorMap.VIRIDIS, true);
        view.setStart(-4, 4);
        stage.setScene(new Scene(view, 600, 560));
        stage.show();
    }

    /**
     * A heatmap prepared in the background is shown through the executor the window gives: not
     * before it runs the task (the window's waits for an idle render thread), and then at once.
     */
    @Test void aPreparedHeatmapIsShownThroughTheResultExecutor(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        java.util.concurrent.LinkedBlockingQueue<Runnable> held = new java.util.concurrent.LinkedBlockingQueue<>();
        var before = view.model().grid();
        var next = DemoData.grid(DemoData.himmelblau(), 48);
        robot.interact(() -> view.setResultExecutor(held::add));
        var done = WaitForAsyncUtils.asyncFx(() -> view.setGridInBackground(next, ColorMap.VIRIDIS, false, Double.NaN, Double.NaN))
                .get(10, java.util.concurrent.TimeUnit.SECONDS);
        Runnable show = held.poll(30, java.util.concurrent.TimeUnit.SECONDS);
        assertNotNull(show, "the prepared heatmap is handed to the result executor");
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(before, view.model().grid(), "the old grid stays until the executor runs the task");
        assertFalse(done.isDone());
        robot.interact(show);
        assertSame(next, view.model().grid());
        assertTrue(done.isDone());
    }

    @Test void clickReportsDataCoordinatesAndDoesNotZoom(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<double[]> picked = new AtomicReference<>();
        view.setOnPick((x, y) -> picked.set(new double[] {x, y}));
        Point2D p = screen(robot, 2.0, -1.0);
        robot.clickOn(p, MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(picked.get());
        assertEquals(2.0, picked.get()[0], 0.05);
        assertEquals(-1.0, picked.get()[1], 0.05);
        // a drag across the plot must not zoom the axes
        robot.drag(screen(robot, -2, -2), MouseButton.PRIMARY).dropTo(screen(robot, 2, 2));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(-5, view.model().currentDomain().xMin(), 1e-9);
        assertEquals(5, view.model().currentDomain().xMax(), 1e-9);
    }

    @Test void draggingTheStartMarkerReportsTheStartContinuously(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        List<double[]> starts = new ArrayList<>();
        view.setOnStartDragged((x, y) -> starts.add(new double[] {x, y}));
        robot.drag(screen(robot, -4, 4), MouseButton.PRIMARY).moveTo(screen(robot, -2, 3)).dropTo(screen(robot, 0, 2));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(starts.size() >= 2, "several updates while dragging: " + starts.size());
        double[] last = starts.get(starts.size() - 1);
        assertEquals(0, last[0], 0.05);
        assertEquals(2, last[1], 0.05);
    }

    private Point2D screen(FxRobot robot, double x, double y) {
        AtomicReference<Point2D> p = new AtomicReference<>();
        robot.interact(() -> p.set(view.toScreen(x, y)));
        return p.get();
    }
}
