package org.saddlepoint.ui.panel;

import javafx.beans.Observable;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import org.saddlepoint.optim.OptimizerKind;
import org.saddlepoint.optim.OptimizerSpec;
import org.saddlepoint.optim.Trajectory;
import org.saddlepoint.ui.I18n;
import org.saddlepoint.ui.Listeners;
import org.saddlepoint.ui.chart.ChartStyle;
import org.saddlepoint.ui.model.LabModel;
import org.saddlepoint.ui.model.OptimizerEntry;

/**
 * The right panel: the racing optimizers (colour, label, final loss or why the run stopped),
 * add/remove, and the editor of the selected one.
 */
public final class OptimizerPanel extends ScrollPane {
    private final LabModel model;
    private final I18n i18n;
    private final ChartStyle style;
    private final ListView<OptimizerEntry> list = new ListView<>();
    private final VBox editorBox = new VBox();
    private OptimizerEditor editor;

    public OptimizerPanel(LabModel model, I18n i18n, ChartStyle style, Listeners listeners) {
        this.model = model;
        this.i18n = i18n;
        this.style = style;
        list.setItems(model.optimizers());
        list.setId("optimizer-list");
        list.setPrefHeight(170);
        list.setCellFactory(v -> new EntryCell());
        MenuButton add = new MenuButton(i18n.get("opt.add"));
        add.setId("add-optimizer");
        for (OptimizerKind k : OptimizerKind.values()) {
            MenuItem item = new MenuItem(k.displayName());
            item.setOnAction(e -> model.addOptimizer(OptimizerSpec.defaults(k).withLr(defaultLr(k))));
            add.getItems().add(item);
        }
        MenuItem momentum = new MenuItem(i18n.get("opt.sgdMomentum"));
        momentum.setOnAction(e -> model.addOptimizer(OptimizerSpec.defaults(OptimizerKind.SGD).withLr(defaultLr(OptimizerKind.SGD)).withMomentum(0.9)));
        add.getItems().add(1, momentum);
        Button remove = new Button(i18n.get("opt.remove"));
        remove.setId("remove-optimizer");
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> model.removeOptimizer(list.getSelectionModel().getSelectedItem()));
        Label title = new Label(i18n.get("opt.title"));
        title.getStyleClass().add("panel-title");
        VBox box = new VBox(8, title, list, new HBox(6, add, remove), editorBox);
        box.setPadding(new Insets(10));
        setContent(box);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        getStyleClass().add("side-panel");
        setId("optimizer-panel");

        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> { if (b != null) model.selectedProperty().set(b); });
        listeners.bindAll(this::showSelected, model.selectedProperty(), model.choiceProperty());
    }

    private double defaultLr(OptimizerKind k) {
        OptimizerEntry sel = model.selectedProperty().get();
        if (sel != null && k != OptimizerKind.NEWTON && k != OptimizerKind.SADDLE_FREE_NEWTON) return sel.spec().lr();
        return OptimizerSpec.defaults(k).lr();
    }

    private void showSelected() {
        OptimizerEntry sel = model.selectedProperty().get();
        if (sel != null && list.getSelectionModel().getSelectedItem() != sel) list.getSelectionModel().select(sel);
        boolean data = model.choice() != null && model.choice().dataSurface();
        // the editor (and its schedule chart, its costliest control) is kept across surface
        // switches; only a change between data and formula surfaces builds a new one
        if (editor == null || editorForData != data) {
            editor = new OptimizerEditor(i18n, style, data);
            editorForData = data;
            editorBox.getChildren().setAll(editor);
        }
        editor.edit(sel);
    }

    public OptimizerEditor editor() { return editor; }

    private boolean editorForData;

    public ListView<OptimizerEntry> list() { return list; }

    private final class EntryCell extends ListCell<OptimizerEntry> {
        private final Rectangle swatch = new Rectangle(14, 14);
        private final Label name = new Label(), result = new Label();
        private final HBox box;
        private final Tooltip tip = new Tooltip();
        private OptimizerEntry shown;
        private final javafx.beans.InvalidationListener relabel = o -> label();

        /**
         * A new snapshot relabels the cells in place. {@code ListView.refresh()} did that before,
         * but it throws all cells away and builds new ones: their CSS then marked the scene's root
         * dirty, and the whole window, 3D view included, was drawn once more in the next pulse
         * (under software GL, a second frame of about 95 ms per learning-rate change).
         */
        EntryCell() {
            model.snapshotProperty().addListener(new javafx.beans.WeakInvalidationListener(relabel));
            result.getStyleClass().addAll("muted", "small");
            VBox text = new VBox(0, name, result);
            HBox.setHgrow(text, Priority.ALWAYS);
            text.setMinWidth(0);
            box = new HBox(6, swatch, text);
            box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            setPrefWidth(0); // ellipsize long labels instead of scrolling sideways
        }

        @Override protected void updateItem(OptimizerEntry e, boolean empty) {
            super.updateItem(e, empty);
            if (shown != null) for (Observable d : shown.dependencies()) d.removeListener(relabel);
            shown = empty ? null : e;
            if (shown == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            for (Observable d : shown.dependencies()) d.addListener(relabel);
            java.awt.Color c = e.color();
            swatch.setFill(javafx.scene.paint.Color.rgb(c.getRed(), c.getGreen(), c.getBlue()));
            label();
            setGraphic(box);
        }

        private void label() {
            if (shown == null) return;
            name.setText(shown.label(i18n.locale()));
            tip.setText(shown.nameProperty().get() == null ? shown.label(i18n.locale())
                    : shown.label(i18n.locale()) + "\n" + shown.settingsLabel());
            if (getTooltip() != tip) setTooltip(tip);
            Trajectory t = model.snapshot().trajectoryOf(shown).orElse(null);
            if (t == null) result.setText("");
            else if (t.stopReason().isPresent()) result.setText(org.saddlepoint.ui.StopReasonText.of(t, i18n));
            else result.setText(i18n.fmt("opt.finalLoss", LogSlider.format(t.finalLoss())));
        }
    }
}
