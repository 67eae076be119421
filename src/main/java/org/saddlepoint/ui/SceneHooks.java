package org.saddlepoint.ui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.TransferMode;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.saddlepoint.scene.Lesson;
import org.saddlepoint.scene.Scene;
import org.saddlepoint.scene.SceneFile;
import org.saddlepoint.surface.LocalizedText;
import org.saddlepoint.ui.export.ExportMenu;
import org.saddlepoint.ui.lesson.LessonMenu;
import org.saddlepoint.ui.lesson.LessonNavigator;
import org.saddlepoint.ui.model.LabModel;

/**
 * The app's scene features, living as long as the model (the window is rebuilt on a language or
 * theme change): opening and saving scene files (menu, drag and drop, command line), the
 * lessons, the export menu, the caption of the open scene and the 2D gradient-field toggle. A
 * scene that cannot be read or shown leaves the app as it was and says why in one line (a
 * notification and the status bar).
 */
public final class SceneHooks {
    private final Stage stage;
    private final LabModel model;
    private final AppSettings settings;
    private final Supplier<CentreViews> views;
    private final LessonNavigator lessons;
    private final ObjectProperty<Scene> shown = new SimpleObjectProperty<>();
    private final BooleanProperty gradientField = new SimpleBooleanProperty(false);

    public SceneHooks(Stage stage, LabModel model, AppSettings settings, Supplier<CentreViews> views) {
        this.stage = stage;
        this.model = model;
        this.settings = settings;
        this.views = views;
        this.lessons = new LessonNavigator(l -> show(l.scene()));
    }

    /** Whether {@code arg} names an existing {@code .toml} file (the app then opens it as a scene). */
    public static boolean isSceneFile(String arg) {
        try {
            return arg.endsWith(".toml") && java.nio.file.Files.isRegularFile(Path.of(arg));
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    public LessonNavigator lessons() { return lessons; }

    /** 2D: whether −∇f arrows are drawn. */
    public BooleanProperty gradientFieldProperty() { return gradientField; }

    /** The scene last opened (its title and caption are shown), or null. */
    public ObjectProperty<Scene> shownProperty() { return shown; }

    /** What is on screen now, as a scene (titled and captioned like the scene last opened). */
    public Scene capture() {
        Scene s = shown.get();
        return SceneBridge.capture(model, SceneBridge.viewState(views.get(), gradientField.get()),
                s == null ? null : s.title(), s == null ? null : s.caption());
    }

    /** Sets the app to {@code scene}; throws IllegalArgumentException (nothing changed) if it cannot be shown. */
    public void show(Scene scene) {
        SceneBridge.ViewState v = SceneBridge.apply(scene, model);
        gradientField.set(v.gradientField());
        SceneBridge.applyView(v, views.get());
        shown.set(scene);
    }

    /** Reads and shows a scene file; a broken one is reported in one line and changes nothing. Returns whether it opened. */
    public boolean open(Path file) {
        try {
            show(SceneFile.read(file));
            return true;
        } catch (RuntimeException e) {
            report(e.getMessage());
            return false;
        }
    }

    public void save(Path file) {
        try {
            SceneFile.write(file, capture());
        } catch (IOException | RuntimeException e) {
            report(file + ": " + e.getMessage());
        }
    }

    private void report(String message) {
        String line = message == null ? "unreadable scene" : message.lines().findFirst().orElse(message);
        model.statusProperty().set(line);
        if (stage.getScene() != null) {
            NoticeToasts.tell(stage.getScene().getRoot(), NoticeToasts.Kind.ERROR, i18n().get("notify.sceneError"), line, Duration.seconds(6));
        }
    }

    private I18n i18n() { return new I18n(settings.localeProperty().get()); }

    private FileChooser chooser(String title) {
        FileChooser c = new FileChooser();
        c.setTitle(title);
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter("Saddlepoint scene (*.toml)", "*.toml"));
        return c;
    }

    /** File ▸ Open scene… and Save scene… */
    public MenuItem[] fileItems(I18n i18n) {
        MenuItem open = new MenuItem(i18n.get("menu.openScene"));
        open.setId("menu-open-scene");
        open.setOnAction(e -> {
            File f = chooser(i18n.get("menu.openScene")).showOpenDialog(stage);
            if (f != null) open(f.toPath());
        });
        MenuItem save = new MenuItem(i18n.get("menu.saveScene"));
        save.setId("menu-save-scene");
        save.setOnAction(e -> {
            File f = chooser(i18n.get("menu.saveScene")).showSaveDialog(stage);
            if (f != null) save(f.toPath().getFileName().toString().endsWith(".toml") ? f.toPath() : Path.of(f.getPath() + ".toml"));
        });
        return new MenuItem[] {open, save};
    }

    /** The Export menu (on what is on screen) and the Lessons menu. */
    public Menu[] menus(Locale locale) {
        Menu export = ExportMenu.create(stage, new I18n(locale), this::capture, () -> SceneBridge.is3d(views.get()));
        export.setId("menu-export");
        Menu lessonMenu = LessonMenu.create(lessons, locale);
        lessonMenu.setId("menu-lessons");
        Lesson current = lessons.current();
        if (current != null) ((javafx.scene.control.RadioMenuItem) lessonMenu.getItems().get(3 + current.index())).setSelected(true);
        return new Menu[] {export, lessonMenu};
    }

    /** The caption of the scene last opened, in the UI language (hidden while there is none). */
    public Label captionLabel(Locale locale, Listeners listeners) {
        Label l = new Label();
        l.setId("scene-caption");
        l.setWrapText(true);
        l.setPadding(new Insets(4, 10, 4, 10));
        listeners.bindAll(() -> {
            Scene s = shown.get();
            LocalizedText c = s == null ? null : s.caption();
            String pos = lessons.current() != null && lessons.current().scene() == s ? lessons.position(locale) : s == null ? "" : s.title().get(locale);
            l.setText(c == null ? pos : pos + " — " + c.get(locale));
            l.setVisible(s != null);
            l.setManaged(s != null);
        }, shown);
        return l;
    }

    /** Dropping a {@code .toml} file on the window opens it as a scene. */
    public void installDragAndDrop(javafx.scene.Scene fx) {
        fx.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && e.getDragboard().getFiles().stream().anyMatch(f -> f.getName().endsWith(".toml")))
                e.acceptTransferModes(TransferMode.COPY);
            e.consume();
        });
        fx.setOnDragDropped(e -> {
            boolean ok = false;
            if (e.getDragboard().hasFiles()) {
                for (File f : e.getDragboard().getFiles()) {
                    if (f.getName().endsWith(".toml")) {
                        ok = open(f.toPath());
                        break;
                    }
                }
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }
}
