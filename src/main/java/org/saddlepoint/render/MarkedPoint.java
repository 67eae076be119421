package org.saddlepoint.render;

/** A point marked on the landscape, e.g. a critical point with its type, and a label to show. */
public record MarkedPoint(double x, double y, Kind kind, String label) {
    /** What the point is; each kind has its own symbol. */
    public enum Kind {
        /** Local minimum: ∇f = 0, Hessian positive definite (drawn as a filled circle). */
        MINIMUM,
        /** Local maximum: Hessian negative definite (a filled triangle). */
        MAXIMUM,
        /** Saddle: Hessian indefinite (a cross). */
        SADDLE,
        /** Anything else, e.g. a degenerate critical point or a point of interest (a diamond). */
        OTHER
    }

    public MarkedPoint {
        if (kind == null) kind = Kind.OTHER;
        if (label == null) label = "";
    }
}
