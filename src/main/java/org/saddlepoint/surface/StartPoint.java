package org.saddlepoint.surface;

/** A suggested start point (x, y) for optimizer runs, with a short label. */
public record StartPoint(double x, double y, LocalizedText label) { }
