package org.saddlepoint.ui.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.control.Tab;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.saddlepoint.compute.CpuSampler;
import org.saddlepoint.ui.AppPreferences;
import org.saddlepoint.ui.AppSettings;
import org.saddlepoint.ui.I18n;
import org.saddlepoint.ui.LabModels;
import org.saddlepoint.ui.LabShell;
import org.saddlepoint.ui.RequiresDisplay;
import org.saddlepoint.ui.model.GridComputer;
import org.saddlepoint.ui.model.LabModel;
import org.saddlepoint.ui.model.TrajectoryComputer;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Maps tab in the real window: computed by the app's background worker, a click leads back to the 2D view. */
@ExtendWith({RequiresDisplay.class, ApplicationExtension.class})
class MapsInWindowTest {
    private LabModel model;
    private LabShell shell;

    @Start void start(Stage stage) {
        model = new LabModel(LabModels.catalog(), new TrajectoryComputer(Runnable::run, Runnable::run),
                new GridComputer(new CpuSampler(), Runnable::run, Runnable::run, 48, 64));
        model.choose("himmelblau");
        AppSettings settings = new AppSettings();
        settings.localeProperty().set(I18n.ENGLISH);
        shell = new LabShell(stage, model, settings, new AppPreferences(Preferences.userRoot().node("org/saddlepoint/ui-tests-maps")), 1500, 950);
        stage.show();
    }

    @Test void theMapsComputeInTheBackgroundAndAClickShowsThatStartIn2d(FxRobot robot) throws Exception {
        assertTrue(shell.window().getTop() != null);
        var bar = (javafx.scene.control.MenuBar) shell.window().getTop();
        assertTrue(bar.getMenus().stream().anyMatch(m -> "menu-compute".equals(m.getId())), "Compute menu present");
        Tab maps = shell.window().views().getTabs().stream().filter(t -> "tab-maps".equals(t.getId())).findFirst().orElseThrow();
        MapsPane pane = (MapsPane) org.saddlepoint.ui.DeferredTabContent.content(maps);
        robot.interact(() -> {
            pane.basins().gridField().setText("60");
            shell.window().views().getSelectionModel().select(maps);
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> pane.basins().shown() != null && pane.basins().shown().fine());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(shell.window().getRight().isVisible(), "side panels give the maps the width");
        double[] c = pane.basins().mapB().cellCentre(45, 40);
        robot.clickOn(pane.basins().mapB().canvas().localToScreen(c[0], c[1]));
        WaitForAsyncUtils.waitForFxEvents();
        var d = model.choice().domain();
        assertEquals(d.xMin() + 45 * d.width() / 59, model.startXProperty().get(), 1e-12);
        assertEquals(d.yMin() + 40 * d.height() / 59, model.startYProperty().get(), 1e-12);
        assertEquals("tab-2d", shell.window().views().getSelectionModel().getSelectedItem().getId());
        assertTrue(shell.window().getRight().isVisible(), "side panels are back with the 2D view");
    }
}
