package org.saddlepoint.ui;

import java.util.concurrent.Executor;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.saddlepoint.compute.CpuSampler;
import org.saddlepoint.ui.model.GridComputer;
import org.saddlepoint.ui.model.LabModel;
import org.saddlepoint.ui.model.TrajectoryComputer;

/**
 * The real window for UI tests, with a model that computes synchronously: results are applied
 * inline on the FX thread (the sampler's progress reports, which come from its worker threads, are
 * handed to the FX thread), so every interaction's result is in place when the robot's action
 * returns. Small grids (48² for 3D, 64² for 2D) keep the tests fast.
 */
public final class TestWindows {
    private TestWindows() { }

    /** Runs inline on the FX thread, hands over from any other thread. */
    public static final Executor FX = r -> {
        if (Platform.isFxApplicationThread()) r.run();
        else Platform.runLater(r);
    };

    /** A synchronous model on the bundled catalog, showing {@code surfaceId}. */
    public static LabModel model(String surfaceId) {
        LabModel model = new LabModel(LabModels.catalog(), new TrajectoryComputer(Runnable::run, FX),
                new GridComputer(new CpuSampler(), Runnable::run, FX, 48, 64));
        model.choose(surfaceId);
        return model;
    }

    /** The English window (1400×900) on {@code stage} for {@code model}, shown; preferences under {@code prefsNode}. */
    public static LabShell show(Stage stage, LabModel model, String prefsNode) {
        AppSettings settings = new AppSettings();
        settings.localeProperty().set(I18n.ENGLISH);
        LabShell shell = new LabShell(stage, model, settings, new AppPreferences(Preferences.userRoot().node(prefsNode)), 1400, 900);
        stage.show();
        return shell;
    }
}
