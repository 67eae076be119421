package org.saddlepoint.scene;

/** A point a scene marks (e.g. a hyperparameter trial), with its kind and label. */
public record ScenePoint(double x, double y, Kind kind, String label) {
    /** What the point is; the renderer picks a symbol per kind. */
    public enum Kind { MINIMUM, MAXIMUM, SADDLE, OTHER }
}
