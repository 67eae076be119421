package org.saddlepoint.ui;

import javafx.application.Application;
import javafx.stage.Stage;
import org.saddlepoint.ui.model.LabModel;

/**
 * The desktop app: opens on the last (or the first) bundled surface with its optimizers
 * already racing and playback running, and remembers window and settings on close.
 */
public final class SaddlepointApp extends Application {
    @Override public void start(Stage stage) {
        AppPreferences prefs = AppPreferences.standard();
        AppSettings settings = new AppSettings();
        prefs.restore(settings);
        LabModel model = LabModels.create();
        model.choose(prefs.lastSurface(LabModels.DEFAULT_SURFACE));
        model.colorMapProperty().set(prefs.colorMap(model.colorMapProperty().get()));
        prefs.restoreWindow(stage);
        LabShell shell = new LabShell(stage, model, settings, prefs, stage.getWidth(), stage.getHeight());
        stage.setOnCloseRequest(e -> shell.quit());
        stage.show();
        model.playback().playingProperty().set(true);
        java.util.List<String> raw = getParameters().getRaw();
        if (raw.size() == 1 && SceneHooks.isSceneFile(raw.get(0))) shell.sceneHooks().open(java.nio.file.Path.of(raw.get(0)));
        FxWatchdog.installFromSystemProperty();
        if (Boolean.getBoolean("saddlepoint.startupTiming")) reportStartup(model);
    }

    /** Logs how long after the JVM started the first grids and trajectories were on screen. */
    private static void reportStartup(LabModel model) {
        Runnable check = new Runnable() {
            @Override public void run() {
                if (model.gridProperty().get() != null && model.gridProgressProperty().get() >= 1 && !model.snapshot().trajectories().isEmpty()) {
                    long ms = System.currentTimeMillis() - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
                    System.getLogger("org.saddlepoint.ui").log(System.Logger.Level.INFO, "first results on screen " + ms + " ms after the JVM started");
                } else {
                    javafx.application.Platform.runLater(this);
                }
            }
        };
        javafx.application.Platform.runLater(check);
    }
}
