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
import org.saddlepoint.render.ExportOptions;
import org.saddlepoint.scene.ComputedScene;
import org.saddlepoint.scene.SceneRunner;

/**
 * The export dialog: format, view, size and scale, frame rate and frames, step range, 3D orbit,
 * overlays, title card, language and target file; the estimated file size (from sample frames,
 * recomputed off the FX thread when an option changes) is shown before anything is written; the
 * export runs as an {@link ExportTask} with a progress bar and a Cancel button.
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
    final Spinner<Double> scale = new Spinner<>(0.25, 8, 1, 0.25), fps = new Spinner<>(1, 120, 30, 1), orbit = new Spinner<>(-30, 30, 0, 0.5),
            titleSeconds = new Spinner<>(0, 60, 0, 0.5);
    final Spinner<Integer> frames = new Spinner<>(0, 100_000, 0, 10), fromStep = new Spinner<>(0, 10_000_000, 0, 1),
            toStep = new Spinner<>(0, 10_000_000, 0, 1);
    final CheckBox counter = new CheckBox("step counter"), caption = new CheckBox("caption");
    final TextField target = new TextField();
    final Label estimate = new Label("estimating…"), status = new Label();
    final ProgressBar progress = new ProgressBar(0);
    final Button export = new Button("Export"), cancel = new Button("Close");
    private final CompletableFuture<ComputedScene> computed;
    private Task<Long> estimating;
    private ExportTask running;

    /** Opens the dialog for {@code scene} (computed off the FX thread), the 3D view preselected if {@code threeD}. */
    public static ExportDialog show(Window owner, org.saddlepoint.scene.Scene scene, boolean threeD) {
        ExportDialog d = new ExportDialog(owner, scene, threeD);
        d.stage.show();
        return d;
    }

    ExportDialog(Window owner, org.saddlepoint.scene.Scene scene, boolean threeD) {
        computed = CompletableFuture.supplyAsync(() -> new SceneRunner().run(scene, () -> false), WORKER);
        stage.setTitle("Export");
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        format.getItems().addAll(ExportRequest.Format.values());
        format.setValue(ExportRequest.Format.PNG);
        view.getItems().addAll("2d", "3d");
        view.setValue(threeD ? "3d" : "2d");
        language.getItems().addAll("en", "zh");
        language.setValue(Locale.getDefault().getLanguage().equals("zh") ? "zh" : "en");
        counter.setSelected(true);
        caption.setSelected(true);
        for (Spinner<?> s : new Spinner<?>[] {width, height, scale, fps, orbit, titleSeconds, frames, fromStep, toStep}) s.setEditable(true);
        target.setText(Path.of(System.getProperty("user.home"), "saddlepoint.png").toString());
        Button browse = new Button("Choose…");
        browse.setOnAction(e -> choose());
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        int row = 0;
        g.addRow(row++, new Label("Format"), format, new Label("View"), view);
        g.addRow(row++, new Label("Width"), width, new Label("Height"), height);
        g.addRow(row++, new Label("Scale"), scale, new Label("Language"), language);
        g.addRow(row++, new Label("FPS"), fps, new Label("Frames (0: one per step)"), frames);
        g.addRow(row++, new Label("From step"), fromStep, new Label("To step"), toStep);
        g.addRow(row++, new Label("3D orbit (°/frame)"), orbit, new Label("Title card (s)"), titleSeconds);
        g.addRow(row++, counter, caption);
        HBox file = new HBox(6, target, browse);
        target.setPrefColumnCount(32);
        HBox buttons = new HBox(8, export, cancel);
        VBox root = new VBox(10, g, file, new HBox(6, new Label("Estimated size:"), estimate), progress, status, buttons);
        root.setPadding(new Insets(12));
        progress.setMaxWidth(Double.MAX_VALUE);
        stage.setScene(new Scene(root));
        export.setOnAction(e -> start());
        cancel.setOnAction(e -> {
            if (running != null && running.isRunning()) running.cancel();
            else stage.close();
        });
        format.valueProperty().addListener((o, a, b) -> {
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
                status.setText("cannot compute the scene: " + err.getMessage());
                export.setDisable(true);
                return;
            }
            toStep.getValueFactory().setValue(c.maxStep());
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
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(f.description(), "*." + f.extension()));
        Path current = Path.of(target.getText());
        if (current.getParent() != null && current.getParent().toFile().isDirectory()) fc.setInitialDirectory(current.getParent().toFile());
        fc.setInitialFileName(current.getFileName().toString());
        var file = fc.showSaveDialog(stage);
        if (file != null) target.setText(withExtension(file.toString(), f.extension()));
    }

    /** The request the form describes now (throws IllegalArgumentException with a message for bad values). */
    ExportRequest request() {
        boolean threeD = view.getValue().equals("3d");
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
        t.setOnSucceeded(e -> estimate.setText("≈ " + ExportRequest.humanBytes(t.getValue())));
        t.setOnFailed(e -> estimate.setText("unknown (" + t.getException().getMessage() + ")"));
        estimate.setText("estimating…");
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
        running = new ExportTask(() -> c, r);
        progress.progressProperty().bind(running.progressProperty());
        status.textProperty().bind(running.messageProperty());
        export.setDisable(true);
        cancel.setText("Cancel");
        running.setOnSucceeded(e -> finish("wrote " + r.target()));
        running.setOnCancelled(e -> finish("cancelled: nothing was written"));
        running.setOnFailed(e -> finish("failed: " + running.getException().getMessage()));
        Thread th = new Thread(running, "export");
        th.setDaemon(true);
        th.start();
    }

    private void finish(String message) {
        status.textProperty().unbind();
        progress.progressProperty().unbind();
        status.setText(message);
        export.setDisable(false);
        cancel.setText("Close");
    }

    public Stage stage() { return stage; }
}
