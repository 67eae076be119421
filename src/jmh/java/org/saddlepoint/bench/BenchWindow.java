package org.saddlepoint.bench;

import java.util.function.Consumer;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.saddlepoint.ui.AppPreferences;
import org.saddlepoint.ui.AppSettings;
import org.saddlepoint.ui.I18n;
import org.saddlepoint.ui.LabModels;
import org.saddlepoint.ui.LabShell;
import org.saddlepoint.ui.model.LabModel;

/**
 * The app's real window for the window benchmarks: the app's model and workers on {@code surface},
 * English, 1600×1000, preferences in a node of their own, on the 2D or the 3D tab. FX thread.
 */
record BenchWindow(LabModel model, LabShell shell) {
    static BenchWindow open(String surface, boolean show2d, Consumer<AppSettings> settingsHook) {
        LabModel model = LabModels.create();
        model.choose(surface);
        AppSettings settings = new AppSettings();
        settings.localeProperty().set(I18n.ENGLISH);
        settingsHook.accept(settings);
        Stage stage = new Stage();
        LabShell shell = new LabShell(stage, model, settings, new AppPreferences(Preferences.userRoot().node("org/saddlepoint/bench")), 1600, 1000);
        stage.show();
        if (show2d) shell.window().views().show2d();
        else shell.window().views().show3d();
        return new BenchWindow(model, shell);
    }
}
