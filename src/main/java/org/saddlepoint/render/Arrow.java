package org.saddlepoint.render;

import java.awt.Color;

/**
 * An explainer arrow from (x0, y0) to (x0 + dx, y0 + dy) in data coordinates, e.g. −η·g or the
 * momentum buffer at the current step; {@code label} is drawn near its head (may be empty).
 */
public record Arrow(double x0, double y0, double dx, double dy, Color color, String label) {
    public Arrow {
        if (color == null) throw new IllegalArgumentException("color is required");
        if (label == null) label = "";
    }

    public double x1() { return x0 + dx; }

    public double y1() { return y0 + dy; }
}
