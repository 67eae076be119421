package org.saddlepoint.scene;

/**
 * A hyperparameter search shown as a scene: the first optimizer of the scene is trained on the
 * scene's surface from its start for every (η, μ) tried; x = log₁₀ η over [lrMin, lrMax], y = μ
 * over [momentumMin, momentumMax], the colour is the final loss. Grid search tries
 * {@code gridSide}² points on a regular lattice; random search tries as many points drawn
 * uniformly (log-uniform in η) with {@code seed}.
 */
public record SceneSearch(double lrMin, double lrMax, double momentumMin, double momentumMax, int gridSide, long seed) {
    public SceneSearch {
        if (!(lrMin > 0 && lrMin < lrMax && Double.isFinite(lrMax))) throw new IllegalArgumentException("lr range needs 0 < min < max");
        if (!(momentumMin >= 0 && momentumMin < momentumMax && momentumMax < 1)) throw new IllegalArgumentException("momentum range needs 0 ≤ min < max < 1");
        if (gridSide < 2 || gridSide > 20) throw new IllegalArgumentException("grid side must be in [2, 20], got " + gridSide);
    }

    /** Number of trials of each search (the grid's point count). */
    public int trials() { return gridSide * gridSide; }
}
