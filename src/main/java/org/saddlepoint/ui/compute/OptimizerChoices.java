package org.saddlepoint.ui.compute;

import javafx.collections.ListChangeListener;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import org.saddlepoint.ui.Listeners;
import org.saddlepoint.ui.model.LabModel;
import org.saddlepoint.ui.model.OptimizerEntry;

/** A combo box over the model's racing optimizers (label and colour), kept in step with the list. */
final class OptimizerChoices {
    private OptimizerChoices() { }

    /** Fills {@code box} from the model's optimizers and keeps it so; preselects entry {@code preferred} (or the last). */
    static void bind(ComboBox<OptimizerEntry> box, LabModel model, Listeners listeners, int preferred) {
        box.setCellFactory(v -> new Cell());
        box.setButtonCell(new Cell());
        box.setMaxWidth(260);
        Runnable refill = () -> {
            OptimizerEntry keep = box.getValue();
            box.getItems().setAll(model.optimizers());
            if (keep != null && model.optimizers().contains(keep)) box.setValue(keep);
            else if (!model.optimizers().isEmpty()) box.setValue(model.optimizers().get(Math.min(preferred, model.optimizers().size() - 1)));
            else box.setValue(null);
        };
        refill.run();
        listeners.onList(model.optimizers(), (ListChangeListener<OptimizerEntry>) c -> {
            boolean structural = false;
            while (c.next()) structural |= c.wasAdded() || c.wasRemoved() || c.wasPermutated();
            if (structural) refill.run();
            else {
                OptimizerEntry keep = box.getValue(); // an entry's label changed: redraw the cells
                box.setButtonCell(new Cell());
                box.setValue(keep);
            }
        });
    }

    static final class Cell extends ListCell<OptimizerEntry> {
        @Override protected void updateItem(OptimizerEntry e, boolean empty) {
            super.updateItem(e, empty);
            if (empty || e == null) {
                setText(null);
                setGraphic(null);
            } else {
                setText(e.label());
                java.awt.Color c = e.color();
                setGraphic(new Circle(5, Color.rgb(c.getRed(), c.getGreen(), c.getBlue())));
            }
        }
    }
}
