package org.saddlepoint.ui.view3d;

import org.saddlepoint.render.ColorScale;
import org.saddlepoint.surface.Domain;

/**
 * The map from data (x, y, z) to 3D scene coordinates (JavaFX: X right, Y down, Z into the
 * screen): the domain is scaled so its longer side spans 2·{@link #HALF} and centred,
 * X = s·(x − x_c), Z = s·(y − y_c); the height is the scale's t(z) ∈ [0, 1] (linear or log,
 * clipped), Y = −H·(t − ½) with H = {@link #HEIGHT}, so "up" is −Y. Immutable.
 */
public record SceneBox(Domain domain, ColorScale heightScale) {
    /** Half the side of the box's longer horizontal edge, in scene units. */
    public static final double HALF = 50;
    /** Height of the box in scene units. */
    public static final double HEIGHT = 42;

    public double scale() { return 2 * HALF / Math.max(domain.width(), domain.height()); }

    public double cx() { return 0.5 * (domain.xMin() + domain.xMax()); }

    public double cy() { return 0.5 * (domain.yMin() + domain.yMax()); }

    public double sceneX(double x) { return scale() * (x - cx()); }

    public double sceneZ(double y) { return scale() * (y - cy()); }

    /** Scene Y of height z (NaN for a hole). */
    public double sceneY(double z) { return -HEIGHT * (heightScale.t(z) - 0.5); }

    public double dataX(double sceneX) { return sceneX / scale() + cx(); }

    public double dataY(double sceneZ) { return sceneZ / scale() + cy(); }
}
