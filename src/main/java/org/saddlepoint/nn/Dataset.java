package org.saddlepoint.nn;

/**
 * Labelled 2D points: example i is (x[2i], x[2i+1]) with class {@code labels[i]} in
 * [0, classes). Immutable once built (arrays owned; do not modify).
 */
public record Dataset(String name, double[] x, int[] labels, int classes) {
    public Dataset {
        if (x.length != 2 * labels.length) throw new IllegalArgumentException("x must hold 2 numbers per label");
        if (classes < 2) throw new IllegalArgumentException("need at least 2 classes");
        for (int l : labels) if (l < 0 || l >= classes) throw new IllegalArgumentException("label " + l + " outside [0, " + classes + ")");
    }

    public int size() { return labels.length; }

    public double x0(int i) { return x[2 * i]; }

    public double x1(int i) { return x[2 * i + 1]; }

    public int label(int i) { return labels[i]; }
}
