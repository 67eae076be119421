package org.saddlepoint.scene;

import java.util.List;
import org.saddlepoint.surface.LocalizedText;

/**
 * A whole demo as data: the surface and its parameter values, the start point, the optimizers
 * (each a torch-named preset with colour and label), how it is viewed (2D/3D, colour map,
 * contours, gradient field, 3D camera), the playback position and a caption. Read and written
 * by {@link SceneFile} (a small TOML file; writing then reading gives an equal record);
 * {@link SceneRunner} computes it headlessly.
 *
 * @param title      short title (also the lesson title)
 * @param caption    the explanation shown under the view, or null
 * @param surface    which surface, with parameter values
 * @param startX     start point x (each optimizer may override it)
 * @param startY     start point y
 * @param optimizers the runs, drawn in this order
 * @param view       view settings
 * @param camera     3D camera
 * @param step       playback position (row index), or {@link #LAST_STEP} for the end of the longest run
 * @param search     a hyperparameter search shown instead of the surface, or null
 */
public record Scene(LocalizedText title, LocalizedText caption, SceneSurface surface, double startX, double startY,
                    List<SceneOptimizer> optimizers, SceneView view, SceneCamera camera, int step, SceneSearch search) {
    /** {@link #step()} value meaning "the last step". */
    public static final int LAST_STEP = -1;

    public Scene {
        if (title == null) throw new IllegalArgumentException("a scene needs a title");
        if (surface == null) throw new IllegalArgumentException("a scene needs a surface");
        if (!Double.isFinite(startX) || !Double.isFinite(startY)) throw new IllegalArgumentException("start must be finite");
        optimizers = List.copyOf(optimizers);
        if (view == null) view = SceneView.DEFAULT;
        if (camera == null) camera = SceneCamera.DEFAULT;
        if (step < LAST_STEP) throw new IllegalArgumentException("step must be ≥ 0, got " + step);
    }

    public Scene withStep(int s) { return new Scene(title, caption, surface, startX, startY, optimizers, view, camera, s, search); }

    public Scene withView(SceneView v) { return new Scene(title, caption, surface, startX, startY, optimizers, v, camera, step, search); }

    public Scene withCamera(SceneCamera c) { return new Scene(title, caption, surface, startX, startY, optimizers, view, c, step, search); }

    public Scene withOptimizers(List<SceneOptimizer> o) { return new Scene(title, caption, surface, startX, startY, o, view, camera, step, search); }

    public Scene withStart(double x, double y) { return new Scene(title, caption, surface, x, y, optimizers, view, camera, step, search); }
}
