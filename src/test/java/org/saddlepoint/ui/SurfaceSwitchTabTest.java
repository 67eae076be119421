package org.saddlepoint.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Tab;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.saddlepoint.surface.ScalarGrid;
import org.saddlepoint.ui.model.LabModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A surface switch opens the surface's default tab only once the new surface is drawn there, so
 * the tab never opens on the old surface (and the switch costs one redraw of the centre, not
 * two or three); a tab the user or a scene picks meanwhile wins. The settings a switch resets
 * before its grid comes (height clip, log scale) do not rebuild the old surface's mesh.
 */
@ExtendWith({RequiresDisplay.class, ApplicationExtension.class})
class SurfaceSwitchTabTest {
    private LabModel model;
    private LabShell shell;

    @Start void start(Stage stage) {
        model = TestWindows.model("himmelblau"); // opens in 3D
        shell = TestWindows.show(stage, model, "org/saddlepoint/ui-tests");
    }

    private CentreViews views() { return shell.window().views(); }

    private String selectedTab() { return views().getSelectionModel().getSelectedItem().getId(); }

    @Test void theTwoDMapOpensOnlyOnceItDrawsTheNewSurface(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> views().view3d().shownGrid() != null);
        AtomicReference<ScalarGrid> drawnWhenOpened = new AtomicReference<>();
        AtomicReference<String> tabRightAfter = new AtomicReference<>();
        robot.interact(() -> {
            views().getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
                if ("tab-2d".equals(b.getId())) drawnWhenOpened.set(views().view2d().model().grid());
            });
            model.choose("rosenbrock"); // opens on the 2D map; this test model samples at once
            tabRightAfter.set(selectedTab());
        });
        assertEquals("tab-3d", tabRightAfter.get(), "the 2D map is not opened before its heat map is ready");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "tab-2d".equals(selectedTab()));
        assertNotNull(drawnWhenOpened.get());
        assertSame(model.gridProperty().get().grid2d(), drawnWhenOpened.get(), "opened on the new surface's heat map");
    }

    @Test void theThreeDViewOpensOnlyOnceItDrawsTheNewSurface(FxRobot robot) throws Exception {
        robot.interact(() -> model.choose("rosenbrock"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "tab-2d".equals(selectedTab()));
        AtomicReference<ScalarGrid> drawnWhenOpened = new AtomicReference<>();
        AtomicReference<String> tabRightAfter = new AtomicReference<>();
        robot.interact(() -> {
            views().getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
                if ("tab-3d".equals(b.getId())) drawnWhenOpened.set(views().view3d().shownGrid());
            });
            model.choose("himmelblau");
            tabRightAfter.set(selectedTab());
        });
        assertEquals("tab-2d", tabRightAfter.get(), "the 3D view is not opened on the old surface");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "tab-3d".equals(selectedTab()));
        assertSame(model.gridProperty().get().grid3d(), drawnWhenOpened.get(), "opened on the new surface's mesh");
    }

    @Test void aSwitchBuildsTheNewSurfaceOnceAndTheOldOneNeverAgain(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> views().view3d().shownGrid() != null);
        ScalarGrid old = views().view3d().shownGrid();
        long before = views().view3d().gridRequests();
        // the saddle opens in 3D with its own height clip [-4, 4]: the clip is set before the new
        // surface is sampled, and must not send Himmelblau's grid through a mesh build again
        robot.interact(() -> model.choose("saddle"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> views().view3d().shownGrid() != old
                && views().view3d().shownGrid() == model.gridProperty().get().grid3d());
        assertEquals(-4.0, model.zClipLowProperty().get(), 0.0);
        assertEquals(1, views().view3d().gridRequests() - before, "one mesh build per switch");
    }

    @Test void aTabPickedWhileTheSwitchIsUnderWayWins(FxRobot robot) throws Exception {
        robot.interact(() -> {
            model.choose("rosenbrock");
            views().show3d(); // e.g. a scene that asks for the 3D view of this surface
        });
        WaitForAsyncUtils.sleep(2500, TimeUnit.MILLISECONDS); // past the 1.5 s fallback and any pending grid
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("tab-3d", selectedTab());
        Tab twoD = views().getTabs().stream().filter(t -> "tab-2d".equals(t.getId())).findFirst().orElseThrow();
        robot.interact(() -> model.choose("himmelblau"));
        robot.interact(() -> views().getSelectionModel().select(twoD)); // the user clicks the 2D tab
        WaitForAsyncUtils.sleep(2500, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("tab-2d", selectedTab());
    }
}
