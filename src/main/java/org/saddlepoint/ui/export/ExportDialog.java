package org.saddlepoint.ui.export;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.saddlepoint.render.ExportTargetException;
import org.saddlepoint.render.ExportOptions;
import org.saddlepoint.scene.ComputedScene;
import org.saddlepoint.scene.SceneRunner;
import org.saddlepoint.ui.I18n;

/**
 * The export dialog: format, view, size and scale, frame rate and frames, step range, 3D orbit,
 * overlays, title card, language and target file, every text in the UI language; the estimated
 * file size (from sample frames, recomputed off the FX thread when an option changes) is shown
 * before anything is written; the export runs as an {@link ExportTask} with a progress bar and a
 * Cancel button, and ends with one line in the status label (written, cancelled, or why it failed).
 */
public final class ExportDialog {
    private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "export-worker");
        t.setDaemon(true);
        return t;
    });

    final Stage stage = new Stage();
    final ChoiceBox<ExportRequest.Format> format = new ChoiceBox<>();
    final ChoiceBox<String> view = new ChoiceBox<>(), language = new ChoiceBox<>();
    final Spinner<Integer> width = new Spinner<>(16, 8192, 1280, 10), height = new Spinner<>(16, 8192, 720, 10);
    final Spinner<Double> scale = new Spinner<>(0.25, 8.0, 1.0, 0.25), fps = new Spinner<>(1.0, 120.0, 30.0, 1.0), orbit = new Spinner<>(-30.0, 30.0, 0.0, 0.5),
            titleSeconds = new Spinner<>(0.0, 60.0, 0.0, 0.5);
    final Spinner<Integer> frames = new Spinner<>(0, 100_000, 0, 10), fromStep = new Spinner<>(0, 10_000_000, 0, 1),
            toStep = new Spinner<>(0, 10_000_000, 0, 1);
    final CheckBox counter = new CheckBox(), caption = new CheckBox();
    final TextField target = new TextField();
    final Label estimate = new Label(), status = new Label();
    final ProgressBar progress = new ProgressBar(0);
    final Button export = new Button(), cancel = new Button();
    private final I18n i18n;
    private final CompletableFuture<ComputedScene> computed;
    private Task<Long> estimating;
    private ExportTask running;

    /** Opens the dialog for {@code scene} (computed off the FX thread), the 3D view preselected if {@code threeD}. */
    public static ExportDialog show(Window owner, I18n i18n, org.saddlepoint.scene.Scene scene, boolean threeD) {
        ExportDialog d = new ExportDialog(owner, i18n, scene, threeD);
        d.stage.show();
        return d;
    }

    ExportDialog(Window owner, I18n i18n, org.saddlepoint.scene.Scene scene, boolean threeD) {
        this.i18n = i18n;
        computed = CompletableFuture.supplyAsync(() -> new SceneRunner().run(scene, () -> false), WORKER);
        stage.setTitle(i18n.get("export.title"));
        counter.setText(i18n.get("export.counter"));
        caption.setText(i18n.get("export.caption"));
        estimate.setText(i18n.get("export.estimating"));
        export.setText(i18n.get("export.export"));
        cancel.setText(i18n.get("export.close"));
        format.setConverter(converter(f -> formatName(f)));
        view.setConverter(converter(v -> i18n.get("export.view." + v)));
        language.setConverter(converter(l -> i18n.get("export.language." + l)));
        ids();
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        format.getItems().addAll(ExportRequest.Format.values());
        format.setValue(ExportRequest.Format.PNG);
        view.getItems().addAll("2d", "3d");
        view.setValue(threeD ? "3d" : "2d");
        language.getItems().addAll("en", "zh");
        language.setValue(i18n.chinese() ? "zh" : "en");
        counter.setSelected(true);
        caption.setSelected(true);
        for (Spinner<?> s : new Spinner<?>[] {width, height, scale, fps, orbit, titleSeconds, frames, fromStep, toStep}) s.setEditable(true);
        target.setText(Path.of(System.getProperty("user.home"), "saddlepoint.png").toString());
        Button browse = new Button(i18n.get("export.choose"));
        browse.setId("export-choose");
        browse.setOnAction(e -> choose());
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        int row = 0;
        g.addRow(row++, label("export.format"), format, label("export.view"), view);
        g.addRow(row++, label("export.width"), width, label("export.height"), height);
        g.addRow(row++, label("export.scale"), scale, label("export.language"), language);
        g.addRow(row++, label("export.fps"), fps, label("export.frames"), frames);
        g.addRow(row++, label("export.fromStep"), fromStep, label("export.toStep"), toStep);
        g.addRow(row++, label("export.orbit"), orbit, label("export.titleCard"), titleSeconds);
        g.addRow(row++, counter, caption);
        HBox file = new HBox(6, label("export.file"), target, browse);
        file.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        target.setPrefColumnCount(32);
        HBox buttons = new HBox(8, export, cancel);
        VBox root = new VBox(10, g, file, new HBox(6, label("export.estimateLabel"), estimate), progress, status, buttons);
        root.setPadding(new Insets(12));
        root.setId("export-dialog");
        progress.setMaxWidth(Double.MAX_VALUE);
        stage.setScene(new Scene(root));
        // the owner's stylesheets: its theme, and its font list with a CJK family for Chinese texts
        if (owner != null && owner.getScene() != null) stage.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
        export.setDisable(true); // until the scene is computed (start() must not wait for it on the FX thread)
        export.setOnAction(e -> start());
        cancel.setOnAction(e -> {
            if (running != null && running.isRunning()) running.cancel();
            else stage.close();
        });
        format.valueProperty().addListener((o, a, b) -> {
            if (!b.supports3d()) view.setValue("2d"); // vector and data formats exist for the 2D view only
            target.setText(withExtension(target.getText(), b.extension()));
            refresh();
        });
        for (var p : new javafx.beans.value.ObservableValue<?>[] {view.valueProperty(), width.valueProperty(), height.valueProperty(),
                scale.valueProperty(), fps.valueProperty(), frames.valueProperty(), fromStep.valueProperty(), toStep.valueProperty(),
                orbit.valueProperty(), titleSeconds.valueProperty(), counter.selectedProperty(), caption.selectedProperty(), language.valueProperty()}) {
            p.addListener((o, a, b) -> refresh());
        }
        computed.whenComplete((c, err) -> Platform.runLater(() -> {
            if (err != null) {
                status.setText(i18n.fmt("export.sceneFailed", oneLine(err)));
                export.setDisable(true);
                return;
            }
            toStep.getValueFactory().setValue(c.maxStep());
            export.setDisable(false);
            refresh();
        }));
    }

    static String withExtension(String path, String ext) {
        int dot = path.lastIndexOf('.'), slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return (dot > slash ? path.substring(0, dot) : path) + "." + ext;
    }

    private void choose() {
        FileChooser fc = new FileChooser();
        ExportRequest.Format f = format.getValue();
        fc.setTitle(i18n.get("export.title"));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(formatName(f), "*." + f.extension()));
        Path current = Path.of(target.getText());
        if (current.getParent() != null && current.getParent().toFile().isDirectory()) fc.setInitialDirectory(current.getParent().toFile());
        fc.setInitialFileName(current.getFileName().toString());
        var file = fc.showSaveDialog(stage);
        if (file != null) target.setText(withExtension(file.toString(), f.extension()));
    }

    /** The request the form describes now (throws IllegalArgumentException with a message for bad values). */
    ExportRequest request() {
        boolean threeD = view.getValue().equals("3d");
        if (threeD && !format.getValue().supports3d()) throw new IllegalArgumentException(i18n.fmt("export.only2d", formatName(format.getValue())));
        ExportOptions o = new ExportOptions(width.getValue(), height.getValue(), scale.getValue(), fps.getValue(), fromStep.getValue(),
                Math.max(fromStep.getValue(), toStep.getValue()), frames.getValue(), orbit.getValue(), counter.isSelected(), caption.isSelected(),
                titleSeconds.getValue(), language.getValue().equals("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH);
        return new ExportRequest(format.getValue(), Path.of(target.getText()), threeD, o);
    }

    private void refresh() {
        if (!computed.isDone() || computed.isCompletedExceptionally()) return;
        if (estimating != null) estimating.cancel();
        ExportRequest r;
        try {
            r = request();
        } catch (IllegalArgumentException e) {
            estimate.setText("—");
            status.setText(e.getMessage());
            export.setDisable(true);
            return;
        }
        status.setText("");
        export.setDisable(running != null && running.isRunning());
        ComputedScene c = computed.join();
        Task<Long> t = new Task<>() {
            @Override protected Long call() throws Exception { return ExportJobs.estimate(c, r, this::isCancelled); }
        };
        t.setOnSucceeded(e -> estimate.setText(i18n.fmt("export.estimate", ExportRequest.humanBytes(t.getValue()))));
        t.setOnFailed(e -> estimate.setText(i18n.fmt("export.estimateUnknown", oneLine(t.getException()))));
        estimate.setText(i18n.get("export.estimating"));
        estimating = t;
        WORKER.execute(t);
    }

    private void start() {
        ExportRequest r;
        try {
            r = request();
        } catch (IllegalArgumentException e) {
            status.setText(e.getMessage());
            return;
        }
        ComputedScene c = computed.join();
        running = new ExportTask(() -> c, r, i18n);
        progress.progressProperty().bind(running.progressProperty());
        status.textProperty().bind(running.messageProperty());
        export.setDisable(true);
        cancel.setText(i18n.get("export.cancel"));
        running.setOnSucceeded(e -> finish(i18n.fmt("export.wrote", r.target())));
        running.setOnCancelled(e -> finish(i18n.get("export.cancelled")));
        running.setOnFailed(e -> finish(i18n.fmt("export.failed", reason(i18n, running.getException()))));
        Thread th = new Thread(running, "export");
        th.setDaemon(true);
        th.start();
    }

    private void finish(String message) {
        status.textProperty().unbind();
        progress.progressProperty().unbind();
        status.setText(message);
        export.setDisable(false);
        cancel.setText(i18n.get("export.close"));
    }

    private Label label(String key) { return new Label(i18n.get(key)); }

    /** The format's name in the UI language, e.g. "PNG image" / "PNG 图片". */
    String formatName(ExportRequest.Format f) { return i18n.get("export.format." + f.name().toLowerCase(Locale.ROOT)); }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override public String toString(T t) { return t == null ? "" : text.apply(t); }

            @Override public T fromString(String s) { throw new UnsupportedOperationException("choice boxes only"); }
        };
    }

    /**
     * What the user reads when an export fails: a file that could not be written is told in the
     * UI's language ({@link ExportTargetException}'s kind, with the operating system's own words
     * where it gave some); anything else is {@link #oneLine}.
     */
    static String reason(I18n i18n, Throwable t) {
        for (Throwable e = t; e != null; e = e.getCause()) {
            if (e instanceof ExportTargetException x) {
                String detail = x.detail().isEmpty() ? "" : i18n.fmt("export.error.detail", x.detail());
                return i18n.fmt("export.error." + x.kind().name(), x.target(), x.folder(), detail);
            }
        }
        return oneLine(t);
    }

    /** The first line of a failure's message (the cause's if it has none): what the user reads. */
    static String oneLine(Throwable t) {
        Throwable e = t;
        while ((e instanceof java.util.concurrent.CompletionException || e instanceof java.util.concurrent.ExecutionException
                || e.getMessage() == null) && e.getCause() != null) e = e.getCause();
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.lines().findFirst().orElse(m).strip();
    }

    private void ids() {
        format.setId("export-format");
        view.setId("export-view");
        width.setId("export-width");
        height.setId("export-height");
        scale.setId("export-scale");
        language.setId("export-language");
        fps.setId("export-fps");
        frames.setId("export-frames");
        target.setId("export-target");
        estimate.setId("export-estimate");
        status.setId("export-status");
        progress.setId("export-progress");
        export.setId("export-start");
        cancel.setId("export-cancel");
    }

    public Stage stage() { return stage; }
}
