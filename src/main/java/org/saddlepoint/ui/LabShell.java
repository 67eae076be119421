package org.saddlepoint.ui;

import java.util.Locale;
import java.util.Objects;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.saddlepoint.ui.model.LabModel;

/**
 * Owns the stage's scene for a long-lived {@link LabModel}: builds the {@link MainWindow} for
 * the current language, theme and presentation mode, and rebuilds it when one of those
 * changes (the model, and so every result, stays). Used by the app, the tests and the
 * screenshot command alike.
 */
public final class LabShell implements AppActions {
    public static final String CSS_DIR = "/org/saddlepoint/ui/";
    private final Stage stage;
    private final LabModel model;
    private final AppSettings settings;
    private final AppPreferences prefs;
    private Scene scene;
    private MainWindow window;
    private final SceneHooks hooks;
    private final ModeSwitchGate modeGate = new ModeSwitchGate();
    private final KeepWindowGlCurrent glCurrent;

    public LabShell(Stage stage, LabModel model, AppSettings settings, AppPreferences prefs, double width, double height) {
        this.stage = stage;
        this.model = model;
        this.settings = settings;
        this.prefs = prefs;
        this.hooks = new SceneHooks(stage, model, settings, () -> window.views());
        window = new MainWindow(model, new I18n(settings.localeProperty().get()), settings, this, prefs);
        show(width, height);
        glCurrent = KeepWindowGlCurrent.install(stage);
        stage.setFullScreenExitHint("");
        stage.fullScreenProperty().addListener((o, a, full) -> {
            if (!full && settings.presentationProperty().get()) {
                settings.presentationProperty().set(false);
                rebuild();
            }
        });
    }

    private String title() { return new I18n(settings.localeProperty().get()).get("app.title"); }

    private void applyStyles() {
        scene.getStylesheets().setAll(css("base.css"), css(settings.themeProperty().get() + ".css"));
        if (settings.presentationProperty().get()) scene.getStylesheets().add(css("presentation.css"));
        String cjk = chineseFamily();
        if (cjk != null) scene.getStylesheets().add(CjkFont.stylesheet(cjk, CjkFont.installedMonoFamily(java.util.Set.copyOf(javafx.scene.text.Font.getFamilies()))));
    }

    private static String css(String name) {
        return Objects.requireNonNull(LabShell.class.getResource(CSS_DIR + name), "missing stylesheet " + name).toExternalForm();
    }

    /**
     * Builds a new window for the current settings in a new scene. (A new scene rather than a
     * new root: JavaFX's mouse enter/exit tracking of a scene fails on nodes removed from it.)
     */
    public void rebuild() {
        window.dispose();
        window = new MainWindow(model, new I18n(settings.localeProperty().get()), settings, this, prefs);
        show(scene.getWidth(), scene.getHeight());
    }

    /** The installed CJK family the Chinese UI names outright, or null (English UI, or none installed). */
    private String chineseFamily() {
        return I18n.isChinese(settings.localeProperty().get()) ? CjkFont.installedFamily(java.util.Set.copyOf(javafx.scene.text.Font.getFamilies())) : null;
    }

    private void show(double width, double height) {
        scene = new Scene(window, width, height);
        applyStyles();
        String cjk = chineseFamily();
        if (cjk != null) {
            MainWindow shown = window;
            Runnable charts = () -> org.saddlepoint.ui.chart.ChartCanvasFonts.useFamily(shown, cjk);
            Platform.runLater(charts);
            // charts a tab builds when it is first shown
            shown.views().getSelectionModel().selectedItemProperty().addListener((o, a, b) -> Platform.runLater(charts));
        }
        KeyBindings.install(scene, model.playback(), this, settings, modeGate);
        StaleCssBranches.install(scene);
        hooks.installDragAndDrop(scene);
        stage.setScene(scene);
        stage.setTitle(title());
    }

    public MainWindow window() { return window; }

    public Scene scene() { return scene; }

    /** Whether the window's drawable is kept current between frames (software GL; see {@link KeepWindowGlCurrent}). */
    public KeepWindowGlCurrent.State glDrawableKept() { return glCurrent.state(); }

    public AppSettings settings() { return settings; }

    @Override public void setLocale(Locale locale) {
        settings.localeProperty().set(locale);
        rebuild();
    }

    @Override public void setTheme(String theme) {
        settings.themeProperty().set(theme);
        rebuild();
    }

    @Override public void togglePresentation() { setPresentation(!settings.presentationProperty().get()); }

    /** Enters or leaves presentation mode (full screen, larger fonts, high contrast, panels hidden). */
    public void setPresentation(boolean on) {
        modeGate.switchNow(() -> {
            settings.presentationProperty().set(on);
            rebuild();
            stage.setFullScreen(on);
        });
    }

    @Override public SceneHooks sceneHooks() { return hooks; }

    @Override public void resetCamera() { window.views().resetCamera(); }

    @Override public void quit() {
        prefs.save(stage, settings, model);
        window.dispose();
        Platform.exit();
    }
}
