package org.saddlepoint.ui.panel;

import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.saddlepoint.ui.I18n;
import org.saddlepoint.ui.Listeners;
import org.saddlepoint.ui.model.LabModel;
import org.saddlepoint.ui.model.NamedStart;
import org.saddlepoint.ui.model.OptimizerEntry;
import org.saddlepoint.ui.model.ParameterDef;
import org.saddlepoint.ui.model.SurfaceChoice;

/**
 * The left panel: the bundled surfaces (title), the lesson of the chosen one, the custom
 * expression editor, a slider per surface parameter, the log-height switch, and dataset
 * controls (batch size, seed) for data surfaces.
 */
public final class SurfacePanel extends ScrollPane {
    private final LabModel model;
    private final I18n i18n;
    private final ListView<SurfaceChoice> list = new ListView<>();
    private final Label lesson = new Label();
    private final VBox parameterBox = new VBox(4);
    private final VBox datasetBox = new VBox(4);
    /**
     * A choice box, not a combo box: a combo box's skin keeps its (hidden) list and button cell in
     * the window and refreshes their cells while the window is laid out, which marks the window for a
     * style pass in the next frame; with software GL that frame then waits for the switch's own
     * (the soak's pulse log and dirty-bit dumps, README "Limits and errors").
     */
    private final ChoiceBox<NamedStart> starts = new ChoiceBox<>();
    private final ExpressionEditor editor;
    private boolean updating;

    public SurfacePanel(LabModel model, I18n i18n, Listeners listeners) {
        this.model = model;
        this.i18n = i18n;
        list.getItems().setAll(model.catalog());
        list.setId("surface-list");
        list.setPrefHeight(210);
        list.setCellFactory(v -> new ListCell<>() {
            @Override protected void updateItem(SurfaceChoice c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : c.title(i18n.locale()));
                setTooltip(empty || c == null ? null : new javafx.scene.control.Tooltip(c.title(i18n.locale())));
            }

            { setPrefWidth(0); } // ellipsize long titles instead of scrolling sideways
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, c) -> {
            if (!updating && c != null && c != model.choice()) model.choose(c);
        });
        lesson.setWrapText(true);
        lesson.setId("lesson");
        lesson.getStyleClass().add("lesson");
        editor = new ExpressionEditor(model, i18n, listeners);
        CheckBox logHeight = new CheckBox(i18n.get("surface.logHeight"));
        logHeight.selectedProperty().bindBidirectional(model.logHeightProperty());
        listeners.add(() -> logHeight.selectedProperty().unbindBidirectional(model.logHeightProperty()));
        Label title = new Label(i18n.get("surface.title"));
        title.getStyleClass().add("panel-title");
        starts.setId("start-picker");
        starts.setMaxWidth(Double.MAX_VALUE);
        starts.setConverter(new javafx.util.StringConverter<>() {
            @Override public String toString(NamedStart s) { return s == null ? "" : startText(s); }

            @Override public NamedStart fromString(String text) { throw new UnsupportedOperationException("not editable"); }
        });
        starts.setOnAction(e -> {
            NamedStart s = starts.getValue();
            if (!updating && s != null) model.setStart(s.x(), s.y());
        });
        Label startHint = new Label(i18n.get("surface.start"));
        startHint.setWrapText(true);
        listeners.bindAll(this::showStart, model.startXProperty(), model.startYProperty());
        VBox box = new VBox(8, title, list, lesson, editor, parameterBox, startHint, starts, logHeight,
                new HeightClipControl(model, i18n, listeners), datasetBox);
        box.setPadding(new Insets(10));
        setContent(box);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        getStyleClass().add("side-panel");
        setId("surface-panel");
        listeners.bindAll(this::showChoice, model.choiceProperty());
    }

    private void showChoice() {
        SurfaceChoice c = model.choice();
        if (c == null) return;
        updating = true;
        try {
            if (model.catalog().contains(c)) list.getSelectionModel().select(c);
            else list.getSelectionModel().clearSelection();
        } finally {
            updating = false;
        }
        updating = true;
        try {
            starts.getItems().setAll(c.starts());
        } finally {
            updating = false;
        }
        showStart();
        String text = c.lesson(i18n.locale());
        lesson.setText(text.isEmpty() ? c.title(i18n.locale()) : text);
        parameterBox.getChildren().clear();
        Map<String, Double> values = model.parametersProperty().get();
        for (ParameterDef p : c.parameters()) {
            SliderField f = new SliderField(p.min(), p.max(), values.getOrDefault(p.name(), p.defaultValue()));
            f.setId("param-" + p.name());
            f.setOnChange(v -> model.setParameter(p.name(), v));
            parameterBox.getChildren().addAll(new Label(p.name()), f);
        }
        datasetBox.getChildren().clear();
        if (c.dataSurface()) showDatasetControls();
    }

    private void showDatasetControls() {
        OptimizerEntry first = model.optimizers().isEmpty() ? null : model.optimizers().get(0);
        Spinner<Integer> batch = new Spinner<>(1, 100_000, first == null || first.batchSizeProperty().get() == 0 ? 32 : first.batchSizeProperty().get());
        batch.setEditable(true);
        batch.setId("dataset-batch");
        batch.valueProperty().addListener((o, a, v) -> model.optimizers().forEach(e -> e.batchSizeProperty().set(v)));
        Spinner<Integer> seed = new Spinner<>(0, Integer.MAX_VALUE, first == null ? 1 : first.seedProperty().get());
        seed.setEditable(true);
        seed.valueProperty().addListener((o, a, v) -> model.optimizers().forEach(e -> e.seedProperty().set(v)));
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(4);
        g.addRow(0, new Label(i18n.get("surface.batch")), batch);
        g.addRow(1, new Label(i18n.get("surface.seed")), seed);
        Label title = new Label(i18n.get("surface.dataset"));
        title.getStyleClass().add("section-title");
        datasetBox.getChildren().setAll(title, g);
    }

    /** Selects the suggested start the optimizers start from, or none after a click elsewhere. */
    private void showStart() {
        double x = model.startXProperty().get(), y = model.startYProperty().get();
        NamedStart match = starts.getItems().stream().filter(s -> s.x() == x && s.y() == y).findFirst().orElse(null);
        if (match == starts.getValue()) return;
        updating = true;
        try {
            if (match == null) starts.getSelectionModel().clearSelection();
            else starts.getSelectionModel().select(match);
        } finally {
            updating = false;
        }
    }

    public ListView<SurfaceChoice> list() { return list; }

    /** A start as listed: its label, if any, and its point, e.g. {@code on the ridge  (-1.5, 1.2)}. */
    private String startText(NamedStart s) {
        String label = s.label(i18n.locale());
        String at = "(" + LogSlider.format(s.x()) + ", " + LogSlider.format(s.y()) + ")";
        return label.isEmpty() ? at : label + "  " + at;
    }

    public ExpressionEditor editor() { return editor; }
}
