package org.saddlepoint.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.saddlepoint.expr.ExprException;
import org.saddlepoint.expr.Expression;
import org.saddlepoint.optim.Trajectory;
import org.saddlepoint.surface.ScalarGrid;
import org.saddlepoint.ui.model.LabModel;
import org.saddlepoint.ui.model.OptimizerEntry;
import org.saddlepoint.ui.model.SurfaceChoice;
import org.saddlepoint.ui.panel.LogSlider;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The real window, driven through TestFX. The model computes synchronously (same-thread
 * executors), so every interaction's result is in place when the robot's action returns.
 */
@ExtendWith({RequiresDisplay.class, ApplicationExtension.class})
class LabAppTest {
    private LabModel model;
    private LabShell shell;
    private Stage stage;

    @Start void start(Stage stage) {
        this.stage = stage;
        model = TestWindows.model("himmelblau");
        shell = TestWindows.show(stage, model, "org/saddlepoint/ui-tests");
    }

    @AfterEach void stop(FxRobot robot) {
        robot.interact(() -> model.playback().playingProperty().set(false));
    }

    @Test void appStartsWithOptimizersRacingOnTheDefaultSurface(FxRobot robot) throws Exception {
        assertEquals("himmelblau", model.choice().id());
        assertEquals(3, model.optimizers().size());
        assertEquals(3, model.snapshot().trajectories().size());
        for (int i = 0; i < 3; i++) {
            assertEquals(model.optimizers().get(i).stepsProperty().get(), model.snapshot().trajectories().get(i).stepsTaken());
        }
        assertNotNull(model.gridProperty().get());
        // the charts follow a pulse after the views
        org.testfx.util.WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> shell.window().charts().seriesCount() == 3);
        assertEquals(3, shell.window().charts().seriesCount());
        assertEquals(model.catalog().size(), robot.lookup("#surface-list").queryListView().getItems().size());
        assertFalse(shell.window().explainer().captionText().isEmpty(), "the explainer explains the first step");
    }

    @Test void choosingASurfaceResamplesTheGridAndReruns(FxRobot robot) {
        ScalarGrid before = model.gridProperty().get().grid3d();
        Trajectory sgdBefore = model.snapshot().trajectories().get(0);
        SurfaceChoice rosenbrock = model.catalog().stream().filter(c -> c.id().equals("rosenbrock")).findFirst().orElseThrow();
        robot.interact(() -> shell.window().surfacePanel().list().scrollTo(rosenbrock));
        robot.clickOn(rosenbrock.title(I18n.ENGLISH));
        assertSame(rosenbrock, model.choice());
        ScalarGrid after = model.gridProperty().get().grid3d();
        assertNotSame(before, after);
        assertEquals(rosenbrock.domain(), after.domain());
        // every grid corner against the Rosenbrock formula with the file's parameters, evaluated here by hand
        double a = model.parametersProperty().get().getOrDefault("a", 1.0), b = model.parametersProperty().get().getOrDefault("b", 100.0);
        double x = after.x(0), y = after.y(0);
        assertEquals((a - x) * (a - x) + b * (y - x * x) * (y - x * x), after.at(0, 0), 1e-9 * (1 + Math.abs(after.at(0, 0))));
        assertNotEquals(sgdBefore.loss(0), model.snapshot().trajectories().get(0).loss(0));
        assertEquals(rosenbrock.lesson(I18n.ENGLISH), robot.lookup("#lesson").queryAs(Label.class).getText());
    }

    @Test void movingTheLearningRateChangesTheTrajectory(FxRobot robot) {
        OptimizerEntry sgd = model.optimizers().get(0);
        robot.interact(() -> model.selectedProperty().set(sgd));
        Trajectory before = model.snapshot().trajectoryOf(sgd).orElseThrow();
        LogSlider lr = shell.window().optimizerPanel().editor().lrSlider();
        robot.interact(() -> lr.slider().setValue(Math.log10(0.2)));
        assertEquals(0.2, sgd.spec().lr(), 1e-12);
        Trajectory after = model.snapshot().trajectoryOf(sgd).orElseThrow();
        assertEquals(0.2, after.spec().optimizer().lr(), 1e-12);
        // one SGD step from the common start: θ₁ = θ₀ − η·g₀, with the exact gradient recorded in row 1
        double g0x = after.get(Trajectory.GRAD_X, 1);
        assertEquals(after.x(0) - 0.2 * g0x, after.x(1), 1e-12);
        assertNotEquals(before.x(1), after.x(1));
        // exact entry in the text field
        robot.doubleClickOn(lr.field()).eraseText(10).write("0.0123").type(KeyCode.ENTER);
        assertEquals(0.0123, sgd.spec().lr(), 1e-15);
        assertEquals(0.0123, model.snapshot().trajectoryOf(sgd).orElseThrow().spec().optimizer().lr(), 1e-15);
    }

    /**
     * A new result relabels the optimizer list's cells in place: the same cell nodes, with the new
     * final loss. (Rebuilding the cells marked the scene's root dirty and drew the whole window
     * once more in the next pulse.)
     */
    @Test void aNewResultRelabelsTheOptimizerListInPlace(FxRobot robot) {
        OptimizerEntry sgd = model.optimizers().get(0);
        java.util.function.Supplier<javafx.scene.control.ListCell<?>> cellOfSgd = () -> robot.lookup("#optimizer-list .list-cell")
                .queryAllAs(javafx.scene.control.ListCell.class).stream().filter(c -> c.getItem() == sgd).findFirst().orElseThrow();
        javafx.scene.control.ListCell<?> cell = cellOfSgd.get();
        String before = resultText(cell);
        robot.interact(() -> sgd.specProperty().set(sgd.spec().withLr(sgd.spec().lr() * 0.5)));
        Trajectory after = model.snapshot().trajectoryOf(sgd).orElseThrow();
        assertEquals(sgd.spec().lr(), after.spec().optimizer().lr(), 1e-15);
        assertSame(cell, cellOfSgd.get(), "the cell is relabelled, not rebuilt");
        String now = resultText(cell);
        assertFalse(now.isEmpty());
        assertNotEquals(before, now, "the new final loss " + after.finalLoss() + " is shown");
    }

    /** The second line of an optimizer cell: its result. */
    private static String resultText(javafx.scene.control.ListCell<?> cell) {
        javafx.scene.layout.HBox box = (javafx.scene.layout.HBox) cell.getGraphic();
        javafx.scene.layout.VBox text = (javafx.scene.layout.VBox) box.getChildren().get(1);
        return ((Label) text.getChildren().get(1)).getText();
    }

    @Test void stepForwardMovesTheMarker(FxRobot robot) {
        robot.interact(() -> {
            model.playback().playingProperty().set(false);
            model.playback().home();
        });
        robot.clickOn("#step-forward");
        assertEquals(1, model.playback().step());
        assertEquals(1, shell.window().charts().markerValue());
        var charts = shell.window().charts();
        double[] at1 = new double[3];
        for (int i = 0; i < 3; i++) {
            at1[i] = charts.markerX(i);
            assertTrue(Double.isFinite(at1[i]), "chart " + i + " shows the step marker");
            // the line sits where the chart's own step axis puts step 1
            assertEquals(charts.stepX(i), at1[i], 1e-9, "chart " + i);
        }
        robot.type(KeyCode.RIGHT);
        robot.type(KeyCode.RIGHT);
        assertEquals(3, model.playback().step());
        assertEquals(3, shell.window().charts().markerValue());
        for (int i = 0; i < 3; i++) {
            assertEquals(charts.stepX(i), charts.markerX(i), 1e-9, "chart " + i);
            assertTrue(charts.markerX(i) > at1[i], "chart " + i + ": the line moved right, from " + at1[i] + " to " + charts.markerX(i));
        }
        assertTrue(((Label) robot.lookup("#step-label").query()).getText().startsWith("step 3 /"));
        robot.type(KeyCode.END);
        assertEquals(model.snapshot().maxSteps(), model.playback().step());
        robot.type(KeyCode.LEFT);
        assertEquals(model.snapshot().maxSteps() - 1, model.playback().step());
        robot.type(KeyCode.HOME);
        assertEquals(0, model.playback().step());
        robot.type(KeyCode.SPACE);
        assertTrue(model.playback().playingProperty().get(), "space starts playback");
    }

    @Test void aBadCustomExpressionShowsItsErrorAndKeepsTheText(FxRobot robot) {
        String bad = "x^2 + sinn(y)";
        TextField field = robot.lookup("#expression-field").queryAs(TextField.class);
        robot.interact(() -> field.setText(""));
        robot.clickOn(field).write("x^2 - y^2");
        var goodSurface = model.surfaceProperty().get();
        assertEquals("x^2 - y^2", goodSurface.describe());
        robot.interact(() -> field.setText(bad));
        ExprException expected = null;
        try {
            Expression.parse(bad, java.util.List.of());
        } catch (ExprException e) {
            expected = e;
        }
        assertNotNull(expected, "the reference parse must fail too");
        Label message = robot.lookup("#expression-error").queryAs(Label.class);
        assertTrue(message.isVisible());
        assertEquals(expected.getMessage(), message.getText());
        assertEquals(bad, field.getText(), "the user's text is never lost");
        assertTrue(field.getStyleClass().contains("invalid"));
        assertSame(goodSurface, model.surfaceProperty().get(), "the last good surface stays");
        assertEquals(expected.column(), model.customErrorProperty().get().column());
        robot.clickOn(field).type(KeyCode.END).write(" + 1");
        assertEquals(bad + " + 1", field.getText());
    }

    @Test void languageSwitchRebuildsTheSceneAndKeepsTheResults(FxRobot robot) {
        var snapshot = model.snapshot();
        robot.interact(() -> shell.setLocale(I18n.CHINESE));
        assertEquals("优化器", robot.lookup(".panel-title").match(n -> "优化器".equals(((Label) n).getText())).queryAs(Label.class).getText());
        assertSame(snapshot, model.snapshot());
        assertTrue(shell.window().explainer().captionText().contains("梯度"), shell.window().explainer().captionText());
    }

    @Test void presentationModeHidesThePanelsAndKeysStillWork(FxRobot robot) {
        robot.interact(() -> {
            model.playback().playingProperty().set(false);
            model.playback().home();
        });
        long t0 = System.nanoTime();
        robot.type(KeyCode.F5);
        System.out.printf("presentation on: %.0f ms%n", (System.nanoTime() - t0) / 1e6);
        assertTrue(shell.settings().presentationProperty().get());
        assertEquals(0, robot.lookup("#surface-panel").queryAll().size());
        assertEquals(0, robot.lookup("#optimizer-panel").queryAll().size());
        robot.type(KeyCode.RIGHT);
        assertEquals(1, model.playback().step());
        robot.sleep((int) (ModeSwitchGate.QUIET_NANOS / 1_000_000) + 100);
        t0 = System.nanoTime();
        robot.type(KeyCode.F5);
        System.out.printf("presentation off: %.0f ms%n", (System.nanoTime() - t0) / 1e6);
        assertFalse(shell.settings().presentationProperty().get());
        assertEquals(1, robot.lookup("#surface-panel").queryAll().size());
    }

    @Test void dataSurfacesOfferBatchSizeAndRunRealMinibatches(FxRobot robot) {
        robot.interact(() -> model.choose("logistic-mse"));
        assertTrue(model.choice().dataSurface());
        @SuppressWarnings("unchecked")
        javafx.scene.control.Spinner<Integer> batch = robot.lookup("#dataset-batch").queryAs(javafx.scene.control.Spinner.class);
        robot.interact(() -> batch.getValueFactory().setValue(8));
        for (Trajectory t : model.snapshot().trajectories()) {
            assertEquals(8, t.spec().noise().batchSize());
            // a minibatch of 8 examples out of 60 gives a gradient different from the full-batch one
            assertNotEquals(t.get(Trajectory.GRAD_X, 1), t.get(Trajectory.USED_GRAD_X, 1));
        }
    }

    /** The clip check box clips both views to the 95th percentile of the sampled heights; unchecking removes it. */
    @Test void heightClipControlClipsBothViews(FxRobot robot) throws Exception {
        javafx.scene.control.CheckBox clip = robot.lookup("#height-clip-enabled").queryAs(javafx.scene.control.CheckBox.class);
        assertFalse(clip.isSelected());
        robot.interact(() -> clip.setSelected(true));
        double[] sorted = org.saddlepoint.ui.panel.HeightClipControlTestAccess.sorted(model.gridProperty().get().grid3d());
        double p95 = sorted[(int) Math.round(0.95 * (sorted.length - 1))];
        double hi = model.zClipHighProperty().get();
        assertEquals(p95, hi, 0.02 * (sorted[sorted.length - 1] - sorted[0]), "95th percentile of the sampled heights");
        assertEquals(sorted[0], model.zClipLowProperty().get(), 1e-9);
        robot.interact(() -> shell.window().views().show2d());
        org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> shell.window().views().view2d().model().colorScale() != null
                        && Math.abs(shell.window().views().view2d().model().colorScale().hi() - hi) < 1e-9);
        robot.interact(() -> clip.setSelected(false));
        assertTrue(Double.isNaN(model.zClipHighProperty().get()));
        org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> shell.window().views().view2d().model().colorScale().hi() > hi);
    }

    /** View › 3D detail sets the mesh side of the 3D view, and the choice survives a language switch. */
    @Test void meshDetailMenuSetsTheMeshSide(FxRobot robot) {
        assertEquals(AdaptiveMeshDetail.FINE, shell.window().views().view3d().meshDetail());
        robot.interact(() -> shell.settings().meshDetailProperty().set("coarse"));
        assertEquals(AdaptiveMeshDetail.COARSE, shell.window().views().view3d().meshDetail());
        robot.interact(() -> shell.setLocale(I18n.CHINESE));
        assertEquals(AdaptiveMeshDetail.COARSE, shell.window().views().view3d().meshDetail());
        robot.interact(() -> {
            shell.settings().meshDetailProperty().set("auto");
            shell.setLocale(I18n.ENGLISH);
        });
        assertEquals(AdaptiveMeshDetail.FINE, shell.window().views().view3d().meshDetail());
    }
    /**
     * Every text in the window is drawn with greyscale antialiasing, not Modena's LCD text in
     * controls: an LCD string is blended with the pixels read back from under it, which on
     * software GL made the rasterizer finish all queued work once per label.
     */
    @Test void textIsAntialiasedInGreyNotLcd(FxRobot robot) {
        java.util.List<javafx.scene.text.Text> texts = new java.util.ArrayList<>();
        robot.interact(() -> {
            stage.getScene().getRoot().applyCss();
            collectTexts(stage.getScene().getRoot(), texts);
        });
        assertTrue(texts.size() > 40, "the window shows many texts, found " + texts.size());
        java.util.List<String> lcd = texts.stream()
                .filter(t -> t.getFontSmoothingType() != javafx.scene.text.FontSmoothingType.GRAY)
                .map(t -> t.getText() + " in " + t.getParent()).toList();
        assertTrue(lcd.isEmpty(), "texts with LCD smoothing: " + lcd);
    }

    private static void collectTexts(javafx.scene.Node node, java.util.List<javafx.scene.text.Text> out) {
        if (node instanceof javafx.scene.text.Text t) out.add(t);
        if (node instanceof javafx.scene.SubScene sub) collectTexts(sub.getRoot(), out);
        if (node instanceof javafx.scene.Parent p) for (javafx.scene.Node c : p.getChildrenUnmodifiable()) collectTexts(c, out);
    }
    /**
     * With {@code setFillNextPulse(true)} new runs reach the charts a pulse after the views (not
     * in the frame that draws them there), and of several results before then only the last is
     * drawn; switched off (the default), the charts are filled at once.
     */
    @Test void theChartsFollowNewRunsOnePulseLater(FxRobot robot) throws Exception {
        var charts = shell.window().charts();
        org.testfx.util.WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> charts.seriesCount() == 3);
        robot.interact(() -> charts.setFillNextPulse(true));
        int[] sameTask = new int[1];
        robot.interact(() -> {
            charts.show(org.saddlepoint.ui.model.Snapshot.EMPTY);
            sameTask[0] = charts.seriesCount();
        });
        assertEquals(3, sameTask[0], "not redrawn in the task that brought the result");
        org.testfx.util.WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> charts.seriesCount() == 0);
        robot.interact(() -> {
            charts.show(model.snapshot());
            charts.show(org.saddlepoint.ui.model.Snapshot.EMPTY);
            charts.show(model.snapshot());
        });
        org.testfx.util.WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> charts.seriesCount() == 3);
        Thread.sleep(200); // later pulses change nothing: the last result was the one drawn
        assertEquals(3, charts.seriesCount());
        robot.interact(() -> {
            charts.setFillNextPulse(false);
            charts.show(org.saddlepoint.ui.model.Snapshot.EMPTY);
            sameTask[0] = charts.seriesCount();
            charts.show(model.snapshot());
        });
        assertEquals(0, sameTask[0], "switched off, the charts are filled at once");
    }
}
