package org.saddlepoint.ui.compute;

import javafx.scene.control.TextField;

/** Reads numbers from text fields; a bad one throws IllegalArgumentException with one line naming the field. */
final class Fields {
    private Fields() { }

    static int integer(TextField f, String name, int min, int max) {
        String t = f.getText().strip();
        int v;
        try {
            v = Integer.parseInt(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": '" + t + "' is not a whole number");
        }
        if (v < min || v > max) throw new IllegalArgumentException(name + ": must be in [" + min + ", " + max + "], got " + v);
        return v;
    }

    static double number(TextField f, String name) {
        String t = f.getText().strip();
        double v;
        try {
            v = Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": '" + t + "' is not a number");
        }
        if (!Double.isFinite(v)) throw new IllegalArgumentException(name + ": must be finite, got " + t);
        return v;
    }
}
