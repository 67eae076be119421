package org.saddlepoint.ui.view3d;

import javafx.scene.Group;
import javafx.scene.PerspectiveCamera;
import javafx.scene.transform.Rotate;

/**
 * An orbit camera around the scene origin: the world is turned by the azimuth about the vertical
 * axis, then tilted by the elevation about the screen's horizontal axis; the camera looks along
 * +Z from distance d and can be panned sideways. Angles in degrees.
 */
public final class OrbitCamera {
    public static final double DEFAULT_AZIMUTH = -35, DEFAULT_ELEVATION = 32, DEFAULT_DISTANCE = 330;
    private static final double MIN_DISTANCE = 30, MAX_DISTANCE = 2000;

    private final PerspectiveCamera camera = new PerspectiveCamera(true);
    private final Rotate azimuth = new Rotate(0, Rotate.Y_AXIS);
    private final Rotate elevation = new Rotate(0, Rotate.X_AXIS);
    private double distance, panX, panY;

    public OrbitCamera(Group world) {
        camera.setNearClip(0.5);
        camera.setFarClip(10_000);
        camera.setFieldOfView(32);
        world.getTransforms().setAll(elevation, azimuth);
        reset();
    }

    public PerspectiveCamera camera() { return camera; }

    public void reset() {
        panX = 0;
        panY = 0;
        set(DEFAULT_AZIMUTH, DEFAULT_ELEVATION, DEFAULT_DISTANCE);
    }

    /** Sets the view; elevation is clamped to [−89°, 89°], distance to [30, 2000]. */
    public void set(double azimuthDeg, double elevationDeg, double dist) {
        azimuth.setAngle(((azimuthDeg % 360) + 540) % 360 - 180);
        elevation.setAngle(Math.max(-89, Math.min(89, elevationDeg)));
        distance = Math.max(MIN_DISTANCE, Math.min(MAX_DISTANCE, dist));
        apply();
    }

    public void rotate(double dAzimuth, double dElevation) { set(azimuth() + dAzimuth, elevation() + dElevation, distance); }

    /** Multiplies the distance by {@code factor} (&lt; 1 zooms in). */
    public void zoom(double factor) { set(azimuth(), elevation(), distance * factor); }

    /** Moves the view by pixels (scaled with the distance so the scene follows the mouse). */
    public void pan(double dxPixels, double dyPixels, double viewHeightPixels) {
        double unitsPerPixel = 2 * distance * Math.tan(Math.toRadians(camera.getFieldOfView() / 2)) / Math.max(1, viewHeightPixels);
        panX -= dxPixels * unitsPerPixel;
        panY -= dyPixels * unitsPerPixel;
        apply();
    }

    public double azimuth() { return azimuth.getAngle(); }

    public double elevation() { return elevation.getAngle(); }

    public double distance() { return distance; }

    private void apply() {
        camera.setTranslateX(panX);
        camera.setTranslateY(panY);
        camera.setTranslateZ(-distance);
    }
}
