package org.saddlepoint.ui.compute;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.saddlepoint.compute.BasinMap;
import org.saddlepoint.compute.CpuSampler;
import org.saddlepoint.compute.HyperparameterSweep;
import org.saddlepoint.compute.Hyperparameter;
import org.saddlepoint.optim.OptimizerKind;
import org.saddlepoint.optim.RunSpec;
import org.saddlepoint.optim.Trajectory;
import org.saddlepoint.optim.TrajectoryRunner;
import org.saddlepoint.ui.I18n;
import org.saddlepoint.ui.LabModels;
import org.saddlepoint.ui.Listeners;
import org.saddlepoint.ui.RequiresDisplay;
import org.saddlepoint.ui.chart.ChartStyle;
import org.saddlepoint.ui.model.GridComputer;
import org.saddlepoint.ui.model.LabModel;
import org.saddlepoint.ui.model.OptimizerEntry;
import org.saddlepoint.ui.model.TrajectoryComputer;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Maps tab on Himmelblau with the default racers (SGD, SGD + momentum, Adam). The maps
 * compute on the FX thread (same-thread executors) except in the cancel test, which uses a
 * real worker. Set {@code -Dmaps.shots=DIR} to also write a PNG of each view.
 */
@ExtendWith({RequiresDisplay.class, ApplicationExtension.class})
class MapsPaneTest {
    private LabModel model;
    private MapsPane pane;
    private Stage stage;
    private StatusBar status;
    private final AtomicInteger mainViewShown = new AtomicInteger();
    private final Listeners listeners = new Listeners();
    private ExecutorService worker;
    /** What the basin maps run on (the CPU unless a test says otherwise). */
    private org.saddlepoint.compute.OptimizerBatch batch = org.saddlepoint.compute.OptimizerBatches.cpu();
    /** Inline on the FX thread; progress from the maps' fork/join workers is handed to the FX thread. */
    private static final java.util.concurrent.Executor FX = r -> {
        if (Platform.isFxApplicationThread()) r.run();
        else Platform.runLater(r);
    };

    @Start void start(Stage stage) {
        this.stage = stage;
        model = new LabModel(LabModels.catalog(), new TrajectoryComputer(Runnable::run, Runnable::run),
                new GridComputer(new CpuSampler(), Runnable::run, Runnable::run, 24, 32));
        model.choose("himmelblau");
        status = new StatusBar();
        build(Runnable::run, FX);
    }

    private void build(java.util.concurrent.Executor work, java.util.concurrent.Executor ui) {
        listeners.dispose();
        pane = new MapsPane(model, new I18n("zh".equals(System.getProperty("maps.locale")) ? I18n.CHINESE : I18n.ENGLISH), mainViewShown::incrementAndGet, status, listeners, ChartStyle.LIGHT,
                new CpuSampler(), batch, work, ui);
        BorderPane root = new BorderPane(new TabPane(pane.tab()));
        root.setBottom(status);
        Scene scene = new Scene(root, 1300, 860);
        scene.getStylesheets().add(org.saddlepoint.ui.LabShell.class.getResource(org.saddlepoint.ui.LabShell.CSS_DIR + "base.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach void stop() {
        if (worker != null) worker.shutdownNow();
    }

    private void shot(FxRobot robot, String name) throws Exception {
        String dir = System.getProperty("maps.shots");
        if (dir == null) return;
        var img = robot.interact(() -> stage.getScene().snapshot(null)) == null ? null : stage.getScene();
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                new File(dir).mkdirs();
                ImageIO.write(SwingFXUtils.fromFXImage(img.snapshot(null), null), "png", new File(dir, name));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            } finally {
                done.countDown();
            }
        });
        assertTrue(done.await(20, TimeUnit.SECONDS));
    }

    @Test void basinsAppearAndAClickMovesTheStartToThatStart(FxRobot robot) throws Exception {
        BasinsView v = pane.basins();
        int steps = model.optimizers().get(0).stepsProperty().get();
        robot.interact(() -> {
            v.gridField().setText("40");
            v.stepsField().setText(Integer.toString(steps));
        });
        robot.clickOn("#basins-compute");
        BasinsView.Result r = v.shown();
        assertNotNull(r, v.statusText());
        shot(robot, "maps-basins.png");
        assertTrue(r.fine());
        assertEquals(40, r.a().grid());
        assertEquals(40, (int) v.mapA().image().getWidth());
        // SGD (lr from the preset) on Himmelblau finds all four minima
        assertEquals(4, r.a().attractors().stream().filter(a -> a.value() < 1e-6).count(), r.a().attractors().toString());
        assertTrue(v.statusText().startsWith("40×40 starts"), v.statusText());
        assertTrue(v.statusText().endsWith("Computed on: CPU (" + Runtime.getRuntime().availableProcessors() + " cores)."), v.statusText());

        int ix = 29, iy = 8;
        double[] c = v.mapA().cellCentre(ix, iy);
        Point2D screen = v.mapA().canvas().localToScreen(c[0], c[1]);
        robot.clickOn(screen);
        var d = model.choice().domain();
        assertEquals(d.xMin() + ix * d.width() / 39, model.startXProperty().get(), 1e-12);
        assertEquals(d.yMin() + iy * d.height() / 39, model.startYProperty().get(), 1e-12);
        assertEquals(1, mainViewShown.get());
        // the main view's run of optimizer A from that start ends where the basin map says
        int label = r.a().label(ix, iy);
        assertTrue(label >= 0, "that start converges");
        Trajectory t = model.snapshot().trajectories().get(0);
        BasinMap.Attractor a = r.a().attractors().get(label);
        assertEquals(a.x(), t.x(t.size() - 1), 1e-3);
        assertEquals(a.y(), t.y(t.size() - 1), 1e-3);
    }

    @Test void hyperparameterMapOverlaysBothSearchesAndAClickAppliesTheCell(FxRobot robot) throws Exception {
        OptimizerEntry sgd = model.optimizers().stream().filter(e -> e.spec().kind() == OptimizerKind.SGD && e.spec().momentum() > 0)
                .findFirst().orElseThrow();
        computeLrMomentumMap(robot, sgd);
        HyperparameterView.Shown s = pane.hyper().shown();
        assertNotNull(s, pane.hyper().statusText());
        assertTrue(pane.hyper().statusText().endsWith("Computed on: CPU (" + Runtime.getRuntime().availableProcessors() + " cores)."),
                pane.hyper().statusText());
        shot(robot, "maps-hyper.png");
        assertTrue(s.fine());
        HyperparameterSweep.Result r = s.result();
        assertEquals(144, r.values().length);
        assertEquals(16, r.gridSearch().size());
        assertEquals(16, r.randomSearch().size());
        assertTrue(pane.hyper().infoText().contains("Grid search, 16 trials: 4 distinct η (lr), 4 distinct momentum"), pane.hyper().infoText());
        assertTrue(pane.hyper().infoText().contains("Random search, 16 trials: 16 distinct η (lr), 16 distinct momentum"), pane.hyper().infoText());
        // lr up to 1 with heavy momentum blows up on Himmelblau: those cells are the diverged colour
        int divergedCell = -1;
        for (int i = 0; i < r.values().length && divergedCell < 0; i++) if (r.values()[i] == Double.POSITIVE_INFINITY) divergedCell = i;
        assertTrue(divergedCell >= 0, "some cell diverges");
        int dc = divergedCell;
        assertEquals(HeatColors.DIVERGED, robot.interact(() -> pane.hyper().map().image().getPixelReader().getArgb(dc % 12, 11 - dc / 12)) == null ? 0
                : pane.hyper().map().image().getPixelReader().getArgb(dc % 12, 11 - dc / 12));

        int ia = 3, ib = 5;
        HyperparameterSweep.Spec sp = r.spec();
        double lr = sp.a().value(ia, 12), momentum = sp.b().value(ib, 12);
        // the cell's value is one independent run with exactly those hyperparameters
        RunSpec run = sgd.toRunSpec(model.startXProperty().get(), model.startYProperty().get(), false);
        run = run.withOptimizer(run.optimizer().withLr(lr).withMomentum(momentum));
        Trajectory t = TrajectoryRunner.run(model.surfaceProperty().get(), run);
        assertEquals(t.finalLoss(), r.value(ia, ib), 0);
        double[] c = pane.hyper().map().cellCentre(ia, ib);
        robot.clickOn(pane.hyper().map().canvas().localToScreen(c[0], c[1]));
        assertEquals(lr, sgd.spec().lr(), 0);
        assertEquals(momentum, sgd.spec().momentum(), 0);
        assertSame(sgd, model.selectedProperty().get());
        assertTrue(pane.hyper().statusText().startsWith("Applied η (lr) = "), pane.hyper().statusText());
        assertEquals(Hyperparameter.LR, sp.a().parameter());
    }

    @Test void aPairThatDoesNotFitTheOptimizerSaysSoInOneLine(FxRobot robot) {
        OptimizerEntry adam = model.optimizers().stream().filter(e -> e.spec().kind() == OptimizerKind.ADAM).findFirst().orElseThrow();
        robot.interact(() -> {
            model.selectedProperty().set(adam);
            pane.select(1);
            pane.hyper().pairBox().setValue(HyperPair.LR_MOMENTUM);
        });
        robot.clickOn("#hyper-compute");
        assertNull(pane.hyper().shown());
        assertEquals("lr × momentum does not apply to Adam: choose another pair or select another optimizer.", pane.hyper().statusText());
        robot.interact(() -> pane.hyper().pairBox().setValue(HyperPair.LR_BATCH));
        robot.clickOn("#hyper-compute");
        assertEquals("lr × batch size needs a data surface (minibatches).", pane.hyper().statusText());
    }

    @Test void onADataSurfaceLrTimesBatchSizeMapsAndAClickSetsTheBatchSize(FxRobot robot) {
        robot.interact(() -> model.choose("logistic-cross-entropy"));
        OptimizerEntry e = model.selectedProperty().get();
        int examples = model.surfaceProperty().get().exampleCount();
        assertTrue(examples > 1);
        assertEquals("64", pane.basins().gridField().getText(), "a data surface gets a smaller default grid of starts");
        robot.interact(() -> {
            pane.hyper().pairBox().setValue(HyperPair.LR_BATCH);
            pane.hyper().gridField().setText("6");
            pane.select(1);
        });
        robot.clickOn("#hyper-compute");
        HyperparameterView.Shown s = pane.hyper().shown();
        assertNotNull(s, pane.hyper().statusText());
        assertEquals(Hyperparameter.BATCH_SIZE, s.result().spec().b().parameter());
        assertEquals(examples, s.result().spec().b().to(), 0);
        for (double v : s.result().values()) assertTrue(Double.isFinite(v) || v == Double.POSITIVE_INFINITY, "a value or diverged: " + v);
        double[] c = pane.hyper().map().cellCentre(2, 4);
        robot.clickOn(pane.hyper().map().canvas().localToScreen(c[0], c[1]));
        assertEquals(Math.round(s.result().spec().b().value(4, 6)), e.batchSizeProperty().get());
        assertEquals(s.result().spec().a().value(2, 6), e.spec().lr(), 0);
        // and the basins of a data surface: every start labelled, the single minimum owning the converged ones
        robot.interact(() -> {
            pane.basins().gridField().setText("16");
            pane.select(0);
        });
        robot.clickOn("#basins-compute");
        assertNotNull(pane.basins().shown(), pane.basins().statusText());
        assertEquals(16, pane.basins().shown().a().grid());
    }

    @Test void lrRangeTestMarksTheSteepestDescentRateAndApplies(FxRobot robot) throws Exception {
        OptimizerEntry e = model.selectedProperty().get();
        robot.interact(() -> pane.select(2));
        robot.clickOn("#lr-run");
        LrRangeView.Shown s = pane.lr().shown();
        assertNotNull(s, pane.lr().statusText());
        double[] lrs = s.result().lrs(), smooth = s.result().smoothed();
        assertEquals(lrs.length, pane.lr().plottedPoints());
        // fastai's rule, recomputed here: skip the first 10 % and the last 5 points, steepest slope in ln η
        int from = lrs.length / 10, to = lrs.length - 5, best = from;
        double slope = Double.POSITIVE_INFINITY;
        for (int k = from; k < to - 1; k++) {
            double d = (smooth[k + 1] - smooth[k]) / (Math.log(lrs[k + 1]) - Math.log(lrs[k]));
            if (d < slope) { slope = d; best = k; }
        }
        assertEquals(lrs[best], s.result().suggestedLr(), 0);
        assertEquals(lrs[best], pane.lr().markerValue(), 0);
        shot(robot, "maps-lr.png");
        robot.clickOn("#lr-apply");
        assertEquals(lrs[best], e.spec().lr(), 0);
    }

    @Test void mapsOnOpenClAgreeWithTheCpuAndSayWhatComputedThem(FxRobot robot) throws Exception {
        org.saddlepoint.compute.opencl.OpenClRuntime.Discovery d = org.saddlepoint.compute.opencl.OpenClRuntime.discover();
        org.junit.jupiter.api.Assumptions.assumeTrue(d.available(), () -> "OpenCL skipped: " + d.problem().orElse("no device"));
        BasinsView.Result[] shown = new BasinsView.Result[2];
        HyperparameterView.Shown[] sweeps = new HyperparameterView.Shown[2];
        String[] texts = new String[2], sweepTexts = new String[2];
        OptimizerEntry sgd = model.optimizers().stream().filter(e -> e.spec().kind() == OptimizerKind.SGD && e.spec().momentum() > 0)
                .findFirst().orElseThrow();
        for (int i = 0; i < 2; i++) {
            batch = i == 0 ? org.saddlepoint.compute.OptimizerBatches.cpu() : org.saddlepoint.compute.OptimizerBatches.opencl();
            robot.interact(() -> build(Runnable::run, FX));
            BasinsView v = pane.basins();
            robot.interact(() -> {
                v.gridField().setText("40");
                v.stepsField().setText("200");
            });
            robot.clickOn("#basins-compute");
            shown[i] = v.shown();
            texts[i] = v.statusText();
            assertNotNull(shown[i], texts[i]);
            if (i == 1) shot(robot, "maps-basins-opencl.png");
            computeLrMomentumMap(robot, sgd);
            sweeps[i] = pane.hyper().shown();
            sweepTexts[i] = pane.hyper().statusText();
            assertNotNull(sweeps[i], sweepTexts[i]);
        }
        shot(robot, "maps-hyper-opencl.png");
        assertTrue(sweepTexts[1].matches(".*Computed on: OpenCL \\d+:\\d+ — .*\\.$"), sweepTexts[1]);
        double[] u = sweeps[0].result().values(), w = sweeps[1].result().values();
        for (int j = 0; j < u.length; j++) {
            assertTrue(Double.isInfinite(u[j]) ? u[j] == w[j] : Math.abs(u[j] - w[j]) <= 1e-9 * Math.max(1, Math.abs(u[j])), "cell " + j);
        }
        assertTrue(texts[1].matches(".*Computed on: OpenCL \\d+:\\d+ — .*\\.$"), texts[1]);
        assertArrayEquals(shown[0].a().labels(), shown[1].a().labels());
        assertArrayEquals(shown[0].b().labels(), shown[1].b().labels());
        assertArrayEquals(shown[0].a().finalX(), shown[1].a().finalX());
    }

    @Test void cancelStopsTheWorkAndNothingArrivesAfterwards(FxRobot robot) throws Exception {
        worker = Executors.newSingleThreadExecutor();
        robot.interact(() -> build(worker, Platform::runLater));
        BasinsView v = pane.basins();
        robot.interact(() -> {
            v.gridField().setText("600");
            v.stepsField().setText("20000");
        });
        robot.clickOn("#basins-compute");
        robot.clickOn("#basins-cancel");
        assertEquals("Cancelled", v.statusText());
        // the worker is free again long before the 600×600×20000-step job could have finished
        assertTrue(worker.submit(() -> { }).get(30, TimeUnit.SECONDS) == null);
        BasinsView.Result after = v.shown();
        Thread.sleep(300);
        robot.interact(() -> { });
        assertSame(after, v.shown(), "no stage arrives after cancel");
        assertTrue(after == null || !after.fine());
        assertEquals("Cancelled", v.statusText());
        assertTrue(robot.lookup("#basins-cancel").queryButton().isDisabled());
    }

    @Test void aFallbackNoticeIsToldOnTheStatusLine(FxRobot robot) {
        javafx.beans.property.SimpleStringProperty notices = new javafx.beans.property.SimpleStringProperty("");
        robot.interact(() -> MapsPane.tellFallbacks(pane, model, new I18n(I18n.ENGLISH), listeners, notices));
        robot.interact(() -> notices.set("no OpenCL platform: none — sampling on the CPU instead"));
        assertEquals("Sampling on the CPU: no OpenCL platform: none — sampling on the CPU instead", model.statusProperty().get());
        robot.interact(() -> model.statusProperty().set("something else"));
        robot.interact(() -> notices.set("no OpenCL platform: none — sampling on the CPU instead"));
        assertEquals("something else", model.statusProperty().get(), "the same notice is not told twice");
    }

    @Test void theStatusBarNamesTheSamplingBackend(FxRobot robot) {
        String text = robot.lookup("#backend-label").queryLabeled().getText();
        assertTrue(text.startsWith("Sampling: "), text);
        assertEquals("Sampling: " + ComputeBackends.sampler().inUse(), text);
    }

    /** Selects {@code sgd}, shows the hyperparameter map for lr × momentum on a 12×12 grid and computes it. */
    private void computeLrMomentumMap(FxRobot robot, OptimizerEntry sgd) {
        robot.interact(() -> {
            model.selectedProperty().set(sgd);
            pane.select(1);
            pane.hyper().pairBox().setValue(HyperPair.LR_MOMENTUM);
            pane.hyper().gridField().setText("12");
        });
        robot.clickOn("#hyper-compute");
    }
}
