package org.saddlepoint.ui.network;

import java.util.List;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import org.saddlepoint.nn.Datasets;
import org.saddlepoint.ui.I18n;

/** The Network mode's settings as a form; {@link #settings()} reads and checks them. */
public final class NetworkForm extends GridPane {
    private final ComboBox<String> dataset = combo("net-dataset", List.of(Datasets.NAMES)), activation = combo("net-activation",
            List.of("tanh", "relu", "leaky_relu", "sigmoid")), loss = combo("net-loss", List.of("ce", "mse")),
            optimizer = combo("net-optimizer", NetworkSettings.OPTIMIZERS), directions = combo("net-directions", NetworkSettings.DIRECTIONS);
    private final TextField hidden = field("net-hidden"), lr = field("net-lr"), steps = field("net-steps"), batch = field("net-batch"),
            seed = field("net-seed"), span = field("net-span"), grid = field("net-grid");
    private final CheckBox batchNorm = new CheckBox();

    public NetworkForm(I18n i18n) {
        setHgap(6);
        setVgap(4);
        setId("network-form");
        batchNorm.setId("net-bn");
        Object[][] rows = {{"net.dataset", dataset}, {"net.hidden", hidden}, {"net.activation", activation}, {"net.loss", loss},
                {"net.batchNorm", batchNorm}, {"net.optimizer", optimizer}, {"net.lr", lr}, {"net.steps", steps}, {"net.batch", batch},
                {"net.seed", seed}, {"net.directions", directions}, {"net.span", span}, {"net.grid", grid}};
        for (int i = 0; i < rows.length; i++) {
            Label l = new Label(i18n.get((String) rows[i][0]));
            l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            addRow(i, l, (javafx.scene.Node) rows[i][1]);
        }
        directions.setTooltip(new javafx.scene.control.Tooltip(i18n.get("net.directions.tip")));
        set(NetworkSettings.defaults());
    }

    private static ComboBox<String> combo(String id, List<String> items) {
        ComboBox<String> c = new ComboBox<>();
        c.getItems().setAll(items);
        c.setId(id);
        c.setMaxWidth(Double.MAX_VALUE);
        return c;
    }

    private static TextField field(String id) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(7);
        return f;
    }

    public void set(NetworkSettings s) {
        dataset.setValue(s.dataset());
        hidden.setText(s.hidden());
        activation.setValue(s.activation());
        loss.setValue(s.loss());
        batchNorm.setSelected(s.batchNorm());
        optimizer.setValue(s.optimizer());
        lr.setText(Double.toString(s.lr()));
        steps.setText(Integer.toString(s.steps()));
        batch.setText(Integer.toString(s.batchSize()));
        seed.setText(Long.toString(s.seed()));
        directions.setValue(s.directions());
        span.setText(Double.toString(s.span()));
        grid.setText(Integer.toString(s.grid()));
    }

    /** The settings in the form; IllegalArgumentException with one line naming the first bad field. */
    public NetworkSettings settings() {
        return new NetworkSettings(dataset.getValue(), hidden.getText().trim(), activation.getValue(), loss.getValue(), batchNorm.isSelected(),
                optimizer.getValue(), number(lr, "lr"), (int) whole(steps, "train steps"), (int) whole(batch, "batch size"),
                whole(seed, "seed"), directions.getValue(), number(span, "span"), (int) whole(grid, "grid")).check();
    }

    private static double number(TextField f, String name) {
        try {
            return Double.parseDouble(f.getText().trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a number, got '" + f.getText().trim() + "'");
        }
    }

    private static long whole(TextField f, String name) {
        try {
            return Long.parseLong(f.getText().trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, got '" + f.getText().trim() + "'");
        }
    }
}
