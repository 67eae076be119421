package org.saddlepoint.ui.panel;

import java.util.Locale;
import java.util.function.DoubleConsumer;
import javafx.geometry.Pos;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** A linear slider with an exact-entry field beside it; both report to one consumer. */
public final class SliderField extends HBox {
    private final Slider slider;
    private final NumberField field;
    private boolean updating;
    private DoubleConsumer onChange = v -> { };

    public SliderField(double min, double max, double value) {
        super(6);
        slider = new Slider(min, max, value);
        field = new NumberField(value, min, max);
        field.setPrefColumnCount(5);
        HBox.setHgrow(slider, Priority.ALWAYS);
        setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(slider, field);
        slider.valueProperty().addListener((o, a, b) -> {
            if (updating) return;
            double v = Double.parseDouble(String.format(Locale.ROOT, "%.3g", b.doubleValue()));
            field.setValue(v);
            onChange.accept(v);
        });
        field.setOnCommit(v -> {
            setValue(v);
            onChange.accept(v);
        });
    }

    public void setOnChange(DoubleConsumer c) { onChange = c; }

    public void setValue(double v) {
        updating = true;
        try {
            slider.setValue(v);
            field.setValue(v);
        } finally {
            updating = false;
        }
    }

    public Slider slider() { return slider; }
}
