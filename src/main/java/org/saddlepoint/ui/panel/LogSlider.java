package org.saddlepoint.ui.panel;

import java.util.Locale;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * A slider on a logarithmic scale (the knob moves log₁₀ v) with a text field for the exact
 * value. Typing a number in range and pressing Enter (or leaving the field) sets it; anything
 * else is marked invalid and the value stays.
 */
public final class LogSlider extends HBox {
    private final double min, max;
    private final DoubleProperty value;
    private final Slider slider;
    private final TextField field = new TextField();
    private boolean updating;

    public LogSlider(double min, double max, double initial) {
        super(6);
        if (!(min > 0 && max > min)) throw new IllegalArgumentException("log slider needs 0 < min < max");
        this.min = min;
        this.max = max;
        this.value = new SimpleDoubleProperty(clamp(initial));
        slider = new Slider(Math.log10(min), Math.log10(max), Math.log10(value.get()));
        slider.setMajorTickUnit(1);
        slider.setShowTickMarks(true);
        slider.skinProperty().addListener((o, a, skin) -> stillTickMarks(slider));
        HBox.setHgrow(slider, Priority.ALWAYS);
        field.setPrefColumnCount(7);
        field.setTooltip(new Tooltip(format(min) + " … " + format(max)));
        setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(slider, field);
        field.setText(format(value.get()));
        slider.valueProperty().addListener((o, a, b) -> {
            if (updating) return;
            // round to 3 significant digits so the slider gives readable values
            double v = Double.parseDouble(String.format(Locale.ROOT, "%.3g", Math.pow(10, b.doubleValue())));
            set(clamp(v), false);
        });
        field.setOnAction(e -> commitText());
        field.focusedProperty().addListener((o, a, focused) -> { if (!focused) commitText(); });
        value.addListener((o, a, b) -> {
            if (updating) return;
            set(b.doubleValue(), true);
        });
    }

    /**
     * Stops the slider's tick axis from animating. JavaFX draws a slider's tick marks with a chart
     * axis that fades its tick labels in over about a second whenever it is laid out anew (a new
     * editor, a resize), even when the labels are hidden. Each frame of that fade is a scene change:
     * under software GL every such pulse waits for the frame before it (a surface switch then kept
     * input waiting 50–100 ms a second time, behind the click's own frame).
     */
    static void stillTickMarks(Slider slider) {
        for (javafx.scene.Node n : slider.getChildrenUnmodifiable()) {
            if (n instanceof javafx.scene.chart.Axis<?> axis) axis.setAnimated(false);
        }
    }

    private void commitText() {
        try {
            double v = Double.parseDouble(field.getText().trim());
            if (!(v >= min && v <= max)) throw new NumberFormatException();
            field.getStyleClass().remove("invalid");
            set(v, true);
        } catch (NumberFormatException e) {
            if (!field.getStyleClass().contains("invalid")) field.getStyleClass().add("invalid");
        }
    }

    private void set(double v, boolean moveKnob) {
        updating = true;
        try {
            value.set(v);
            if (moveKnob) slider.setValue(Math.log10(v));
            field.setText(format(v));
            field.getStyleClass().remove("invalid");
        } finally {
            updating = false;
        }
    }

    private double clamp(double v) { return Math.max(min, Math.min(max, v)); }

    static String format(double v) {
        String s = String.format(Locale.ROOT, "%.4g", v);
        if (s.contains("e")) return s.replace("e-0", "e-").replace("e+0", "e").replace("e+", "e");
        if (s.contains(".")) s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        return s;
    }

    public DoubleProperty valueProperty() { return value; }

    public double getValue() { return value.get(); }

    public void setValue(double v) { value.set(clamp(v)); }

    public Slider slider() { return slider; }

    public TextField field() { return field; }
}
