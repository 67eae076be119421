package org.saddlepoint.analysis;

/**
 * A critical point found by {@link CriticalPointFinder}: where it converged, how many Newton
 * iterations it took from its best start, and its {@link Curvature} (value, ‖∇L‖, eigenpairs,
 * type).
 */
public record CriticalPoint(Curvature curvature, int iterations) {
    public double x() { return curvature.x(); }

    public double y() { return curvature.y(); }

    public double value() { return curvature.value(); }

    public CriticalType type() { return curvature.type(); }
}
