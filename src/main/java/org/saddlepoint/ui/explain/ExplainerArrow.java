package org.saddlepoint.ui.explain;

import java.awt.Color;

/**
 * One arrow of the step explainer in data coordinates, from θ_{k−1}; {@code trueLength} is the
 * length of the vector it stands for (the drawn length is scaled to be visible).
 */
public record ExplainerArrow(Part part, double x0, double y0, double dx, double dy, double trueLength, Color color, String label) {
    /** Which component of the step an arrow shows. */
    public enum Part { GRADIENT, MOMENTUM, SCALED, UPDATE }
}
