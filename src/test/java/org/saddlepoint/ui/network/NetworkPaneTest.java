package org.saddlepoint.ui.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.saddlepoint.nn.NetworkObjective;
import org.saddlepoint.render.NpyWriter;
import org.saddlepoint.surface.Domain;
import org.saddlepoint.surface.ScalarGrid;
import org.saddlepoint.ui.I18n;
import org.saddlepoint.ui.RequiresDisplay;
import org.saddlepoint.ui.curvature.CurvatureText;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Network tab on its own, computing on the FX thread (same-thread executors). */
@ExtendWith({RequiresDisplay.class, ApplicationExtension.class})
class NetworkPaneTest {
    private NetworkPane pane;
    private LandscapeFiles files;

    @Start void start(Stage stage) {
        pane = new NetworkPane(new I18n(I18n.ENGLISH), Runnable::run, Runnable::run);
        files = new LandscapeFiles(pane, new I18n(I18n.ENGLISH), pane);
        stage.setScene(new Scene(new TabPane(pane.tab()), 1300, 800));
        stage.show();
    }

    private void small(FxRobot robot) {
        robot.interact(() -> pane.form().set(new NetworkSettings("circles", "5", "tanh", "ce", false, "adam", 0.03, 200, 32, 1, "pca", 1.0, 15)));
    }

    @Test void computeShowsAFiniteLandscapeThePathTheBoundaryAndTheSpectrum(FxRobot robot) {
        small(robot);
        robot.clickOn("#network-compute");
        NetworkResult r = pane.result();
        assertNotNull(r, pane.statusText());
        assertSame(r.trainGrid(), pane.shownGrid());
        assertEquals(15, r.trainGrid().nx());
        for (double z : r.trainGrid().values()) assertTrue(Double.isFinite(z));
        assertTrue(r.trajectory().size() > 10);
        assertTrue(pane.decisionView().boundaryPixels() > 0, "the circles need a boundary");
        assertEquals(r.mlp().parameterCount(), pane.spectrumChart().pointCount());
        String info = robot.lookup("#network-info").queryLabeled().getText();
        assertTrue(info.contains("Explained variance"), info);
        assertTrue(info.contains("Mean distance of the path from the plane"), info);
        robot.clickOn("#network-test-toggle");
        assertSame(r.testGrid(), pane.shownGrid());
    }

    @Test void trainVsTestShowsBothLandscapesOnOneColourScaleWithTheGap(FxRobot robot) {
        small(robot);
        robot.interact(() -> pane.modeBox().setValue(ComparisonMode.TRAIN_VS_TEST));
        ComparisonPane cmp = pane.comparisonPane();
        assertTrue(cmp.isVisible());
        assertTrue(cmp.sharedScale().isSelected(), "the same loss: shared scale by default");
        robot.clickOn("#network-compute");
        NetworkComparison c = cmp.comparison();
        assertNotNull(c, pane.statusText());
        double[] w = c.sharedWindow();
        for (int side = 0; side < 2; side++) {
            assertEquals(w[0], cmp.view2d(side).model().colorScale().lo(), 0);
            assertEquals(w[1], cmp.view2d(side).model().colorScale().hi(), 0);
        }
        NetworkResult r = c.primary();
        double gap = new NetworkObjective(r.mlp(), r.data().test()).value(r.theta())
                - new NetworkObjective(r.mlp(), r.data().train()).value(r.theta());
        String summary = cmp.summary().getText();
        assertTrue(summary.contains("Generalization gap at θ* (test − train loss): " + CurvatureText.num(gap)), summary);
        assertEquals("Training set: loss at θ* " + CurvatureText.num(r.trainLoss()), cmp.title(0).getText());
        assertEquals("Test set: loss at θ* " + CurvatureText.num(r.testLoss()), cmp.title(1).getText());
        assertTrue(cmp.caption(0).getText().contains("λ_max " + CurvatureText.num(c.left().sharpness().lambdaMax())), cmp.caption(0).getText());
        assertTrue(cmp.caption(1).getText().contains("radius 0.5: " + CurvatureText.num(c.right().sharpness().rise())), cmp.caption(1).getText());
        assertEquals(r.mlp().parameterCount(), pane.spectrumChart().pointCount());
        robot.clickOn("#compare-shared-scale");
        assertEquals(c.left().grid().finiteMin(), cmp.view2d(0).model().colorScale().lo(), 0, "own scale again");
        assertEquals(c.right().grid().finiteMax(), cmp.view2d(1).model().colorScale().hi(), 0);
        robot.interact(() -> pane.modeBox().setValue(ComparisonMode.SINGLE));
        assertFalse(cmp.isVisible());
        assertTrue(robot.lookup("#network-view3d").query().isVisible());
    }

    @Test void mseVsCeTitlesEachSideWithItsFinalTrainLoss(FxRobot robot) {
        small(robot);
        robot.interact(() -> pane.modeBox().setValue(ComparisonMode.MSE_VS_CE));
        ComparisonPane cmp = pane.comparisonPane();
        assertFalse(cmp.sharedScale().isSelected(), "different units: own scales by default");
        robot.clickOn("#network-compute");
        NetworkComparison c = cmp.comparison();
        assertNotNull(c, pane.statusText());
        NetworkResult mse = c.left().run(), ce = c.right().run();
        assertEquals("MSE: final train loss " + CurvatureText.num(new NetworkObjective(mse.mlp(), mse.data().train()).value(mse.theta())),
                cmp.title(0).getText());
        assertEquals("Cross-entropy: final train loss " + CurvatureText.num(new NetworkObjective(ce.mlp(), ce.data().train()).value(ce.theta())),
                cmp.title(1).getText());
        assertEquals(cmp.title(0).getText(), cmp.view2d(0).model().chart().getTitle().getText(), "the 2D chart carries the title too");
        assertEquals(c.left().grid().finiteMin(), cmp.view2d(0).model().colorScale().lo(), 0);
        assertEquals(c.right().grid().finiteMin(), cmp.view2d(1).model().colorScale().lo(), 0);
        assertTrue(cmp.summary().getText().contains("own colour scale"), cmp.summary().getText());
        assertTrue(pane.statusText().contains("Both landscapes ready"), pane.statusText());
    }

    @Test void aBadFieldIsOneLineAndComputesNothing(FxRobot robot) {
        robot.interact(() -> robot.lookup("#net-hidden").queryTextInputControl().setText("4,,4"));
        robot.clickOn("#network-compute");
        assertEquals(null, pane.result());
        assertEquals("hidden widths: '' is not a whole number", pane.statusText());
    }

    @Test void aBrokenLandscapeFileShowsOneLineAndChangesNothing(FxRobot robot, @TempDir Path dir) throws Exception {
        Path good = dir.resolve("plane.npy");
        double[] z = new double[6 * 4];
        for (int i = 0; i < z.length; i++) z[i] = i * 0.5;
        NpyWriter.write(good, new ScalarGrid(new Domain(-1, 1, -1, 1), 6, 4, z));
        assertTrue(robot.interact(() -> files.open(good)) != null);
        ScalarGrid before = pane.shownGrid();
        assertNotNull(before);
        assertEquals(6, before.nx());
        assertEquals(4, before.ny());
        assertEquals(2.5, before.at(5, 0), 0);
        String statusBefore = pane.statusText();

        Path broken = dir.resolve("broken.h5");
        Files.writeString(broken, "this is not HDF5\n");
        boolean[] opened = {true};
        robot.interact(() -> opened[0] = files.open(broken));
        assertFalse(opened[0]);
        assertNotNull(files.lastError());
        assertFalse(files.lastError().contains("\n"));
        assertTrue(files.lastError().contains("broken.h5"), files.lastError());
        assertSame(before, pane.shownGrid(), "nothing else changes");
        assertEquals(statusBefore, pane.statusText());
    }
}
