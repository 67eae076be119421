package org.saddlepoint.ui.curvature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.saddlepoint.analysis.CriticalType;
import org.saddlepoint.ui.LabShell;
import org.saddlepoint.ui.RequiresDisplay;
import org.saddlepoint.ui.model.LabModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The curvature panel in the real window, driven through TestFX. */
@ExtendWith({RequiresDisplay.class, ApplicationExtension.class})
class CurvaturePanelTest {
    private LabModel model;
    private LabShell shell;

    @Start void start(Stage stage) {
        model = org.saddlepoint.ui.TestWindows.model("saddle");
        shell = org.saddlepoint.ui.TestWindows.show(stage, model, "org/saddlepoint/ui-tests-curv");
    }

    private CurvaturePanel panel(FxRobot robot) { return robot.lookup("#curvature-pane").queryAs(CurvaturePanel.class); }

    private String text(FxRobot robot, String id) { return robot.lookup(id).queryAs(Label.class).getText(); }

    @Test void clickingTheSaddleOriginInInspectModeShowsItsEigenvaluesAndTypeWithoutMovingTheStart(FxRobot robot) throws Exception {
        double sx = model.startXProperty().get(), sy = model.startYProperty().get();
        robot.interact(() -> shell.window().views().show2d());
        robot.clickOn("#inspect-toggle");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.geometry.Point2D origin = WaitForAsyncUtils.asyncFx(() -> shell.window().views().view2d().toScreen(0, 0)).get();
        assertNotNull(origin, "the 2D chart is laid out");
        robot.clickOn(origin);
        CurvaturePanel p = panel(robot);
        assertNotNull(p.inspected());
        // the click lands within a pixel of the origin; x² − y² has the same Hessian everywhere
        assertEquals(0, p.inspected().x(), 0.05);
        assertTrue(text(robot, "#curv-eig1").startsWith("−2 "), text(robot, "#curv-eig1"));
        assertTrue(text(robot, "#curv-eig2").startsWith("2 "), text(robot, "#curv-eig2"));
        assertTrue(text(robot, "#curv-type").startsWith("saddle"), text(robot, "#curv-type"));
        assertEquals(sx, model.startXProperty().get(), 0, "inspecting does not move the start");
        assertEquals(sy, model.startYProperty().get(), 0);

        // exactly at the origin, then the escape step s = 0.5 along v₁ = (0, 1): predicted = actual = −0.25
        robot.interact(() -> p.inspect(0, 0));
        assertEquals("[[2, 0], [0, −2]]", text(robot, "#curv-hessian"));
        assertFalse(robot.lookup("#escape-step").queryButton().isDisabled());
        robot.interact(() -> robot.lookup("#escape-s").queryTextInputControl().setText("0.5"));
        robot.clickOn("#escape-step");
        assertEquals(-0.25, p.lastEscape().predicted(), 1e-12);
        assertEquals(-0.25, p.lastEscape().actual(), 1e-12);
        assertTrue(text(robot, "#curv-escape").contains("−0.25"), text(robot, "#curv-escape"));
        assertEquals(1, (int) WaitForAsyncUtils.asyncFx(() -> shell.window().views().view3d().overlayNodeCount()).get(), "the quadratic patch");
    }

    /**
     * Playback steps on the 3D tab leave the hidden 2D map alone (before, every step redrew it,
     * which cost a second frame per step); an inspected point's arrows replace the explainer's on
     * the 2D map once it is shown, and the explainer's come back when the inspection is cleared.
     */
    @Test void arrowsReachThe2dMapOnlyWhileItIsShown(FxRobot robot) throws Exception {
        org.saddlepoint.ui.CentreViews views = shell.window().views();
        org.saddlepoint.render.Landscape2DChart chart = views.view2d().model();
        java.util.concurrent.atomic.AtomicInteger redraws = new java.util.concurrent.atomic.AtomicInteger();
        robot.interact(() -> {
            views.show3d();
            chart.chart().addChangeListener(e -> redraws.incrementAndGet());
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !model.snapshot().trajectories().isEmpty());
        for (int k = 1; k <= 20; k++) {
            int step = k;
            robot.interact(() -> model.playback().stepProperty().set(step));
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, redraws.get(), "steps on the 3D tab do not redraw the hidden 2D map");

        CurvaturePanel p = panel(robot);
        robot.interact(() -> p.inspect(0, 0));
        robot.interact(views::show2d);
        WaitForAsyncUtils.waitForFxEvents();
        java.util.List<org.saddlepoint.render.Arrow> shown = chart.arrows();
        assertFalse(shown.isEmpty());
        assertTrue(shown.stream().allMatch(a -> a.color().equals(CurvatureArrows.NEGATIVE) || a.color().equals(CurvatureArrows.POSITIVE)
                || a.color().equals(CurvatureArrows.ESCAPE) || a.color().equals(CurvatureArrows.GRADIENT)), "the inspection's arrows only: " + shown);

        robot.interact(() -> model.playback().stepProperty().set(3));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(shown, chart.arrows(), "a step keeps the inspection's arrows on the 2D map");
    }

    @Test void findCriticalPointsOnHimmelblauListsNineAndClickingOneInspectsIt(FxRobot robot) throws Exception {
        robot.interact(() -> model.choose("himmelblau"));
        robot.clickOn("#find-critical");
        CurvaturePanel p = panel(robot);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> p.criticalPoints().size() == 9);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(4, p.criticalPoints().stream().filter(c -> c.type() == CriticalType.MINIMUM).count());
        assertEquals(4, p.criticalPoints().stream().filter(c -> c.type() == CriticalType.SADDLE).count());
        assertEquals(1, p.criticalPoints().stream().filter(c -> c.type() == CriticalType.MAXIMUM).count());
        assertEquals("9 critical points: 4 minima, 4 saddles, 1 maxima", model.statusProperty().get());
        assertEquals(9, robot.lookup("#critical-list").queryListView().getItems().size());
        assertEquals(9, (int) WaitForAsyncUtils.asyncFx(() -> shell.window().views().view3d().overlayNodeCount()).get(), "nine spheres");
        robot.interact(() -> robot.lookup("#critical-list").queryListView().getSelectionModel().select(0));
        assertNotNull(p.inspected());
        assertEquals(p.criticalPoints().get(0).x(), p.inspected().x(), 0);
        assertTrue(p.inspected().gradientNorm() < 1e-6);
        // a new surface drops the points
        robot.interact(() -> model.choose("saddle"));
        assertEquals(0, p.criticalPoints().size());
    }
}
