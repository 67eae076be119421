package org.saddlepoint.render;

import java.util.Optional;
import java.util.ServiceLoader;
import org.saddlepoint.scene.ComputedScene;

/**
 * Service interface for 3D frames, so that headless code (the CLI) can render the 3D view without
 * depending on the UI toolkit: the UI registers an implementation in
 * {@code META-INF/services/org.saddlepoint.render.Frame3DSource}; {@link #find()} loads it.
 */
public interface Frame3DSource {
    /** Null when 3D frames can be rendered here, else a one-line reason (e.g. no display). */
    String unavailableReason();

    /**
     * Opens a source of {@code width × height} frames of {@code scene}'s 3D view following
     * {@code plan} (step and camera azimuth per frame); camera elevation and distance from the scene.
     */
    FrameSource open(ComputedScene scene, FramePlan plan, int width, int height, double scale, java.util.Locale locale);

    /** The registered implementation, if any is on the class path. */
    static Optional<Frame3DSource> find() {
        return ServiceLoader.load(Frame3DSource.class).findFirst();
    }
}
