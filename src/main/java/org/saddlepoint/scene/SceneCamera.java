package org.saddlepoint.scene;

/**
 * The 3D camera: azimuth and elevation in degrees, distance in scene units (the surface box
 * side is 100). Defaults match the 3D view's reset position.
 */
public record SceneCamera(double azimuth, double elevation, double distance) {
    public static final SceneCamera DEFAULT = new SceneCamera(-35, 32, 330);

    public SceneCamera {
        if (!Double.isFinite(azimuth)) throw new IllegalArgumentException("azimuth must be finite");
        if (!(elevation >= -90 && elevation <= 90)) throw new IllegalArgumentException("elevation must be in [-90, 90], got " + elevation);
        if (!(distance >= 30 && distance <= 2000)) throw new IllegalArgumentException("distance must be in [30, 2000], got " + distance);
    }

    /** The camera turned by {@code degrees} of azimuth. */
    public SceneCamera orbit(double degrees) { return new SceneCamera(azimuth + degrees, elevation, distance); }
}
