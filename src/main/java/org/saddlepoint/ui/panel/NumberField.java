package org.saddlepoint.ui.panel;

import java.util.function.DoubleConsumer;
import javafx.scene.control.TextField;

/**
 * A text field for one number in [min, max]: Enter or leaving the field commits a valid
 * number to the consumer; invalid text is marked (style class {@code invalid}) and kept so the
 * user can fix it.
 */
public final class NumberField extends TextField {
    private final double min, max;
    private DoubleConsumer onCommit = v -> { };

    public NumberField(double value, double min, double max) {
        this.min = min;
        this.max = max;
        setPrefColumnCount(7);
        setValue(value);
        setOnAction(e -> commit());
        focusedProperty().addListener((o, a, focused) -> { if (!focused) commit(); });
    }

    public void setOnCommit(DoubleConsumer c) { onCommit = c; }

    public void setValue(double v) {
        setText(LogSlider.format(v));
        getStyleClass().remove("invalid");
    }

    private void commit() {
        try {
            double v = Double.parseDouble(getText().trim());
            if (!(v >= min && v <= max)) throw new NumberFormatException();
            getStyleClass().remove("invalid");
            onCommit.accept(v);
        } catch (NumberFormatException e) {
            if (!getStyleClass().contains("invalid")) getStyleClass().add("invalid");
        }
    }
}
