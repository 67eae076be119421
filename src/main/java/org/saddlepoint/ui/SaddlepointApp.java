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
    }
}
