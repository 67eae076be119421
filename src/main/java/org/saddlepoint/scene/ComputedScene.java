package org.saddlepoint.scene;

import java.util.List;
import org.saddlepoint.surface.Domain;
import org.saddlepoint.surface.ScalarGrid;
import org.saddlepoint.surface.Surface;
import org.saddlepoint.surface.SurfaceSpec;

/**
 * A scene computed headlessly: the surface shown, its sampled grid, how it is coloured, the runs
 * and marked points, and the step to show. Immutable.
 *
 * @param spec     the catalogued surface, or null for an inline expression
 * @param surface  the surface shown (for a search: final loss over (log₁₀ η, μ))
 * @param search   the search result, or null
 * @param step     resolved playback step (≥ 0)
 * @param maxStep  the largest row index of any run (0 without runs)
 */
public record ComputedScene(Scene scene, SurfaceSpec spec, Surface surface, Domain domain, ScalarGrid grid,
                            boolean logColor, double zClipLo, double zClipHi, List<SceneRun> runs,
                            List<ScenePoint> points, SearchResult search, int step, int maxStep,
                            String xLabel, String yLabel) {
    public ComputedScene {
        runs = List.copyOf(runs);
        points = List.copyOf(points);
    }

    public SceneRun run(int index) { return runs.get(index); }
}
