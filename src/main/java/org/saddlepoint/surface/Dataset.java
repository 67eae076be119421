package org.saddlepoint.surface;

import java.util.Arrays;

/**
 * N training examples of a two-parameter model: features (uᵢ, vᵢ) and target tᵢ. Immutable;
 * the accessors return copies.
 */
public final class Dataset {
    final double[] u, v, t;

    public Dataset(double[] u, double[] v, double[] t) {
        if (u.length != v.length || u.length != t.length) {
            throw new IllegalArgumentException("u, v and t need the same length, got " + u.length + ", " + v.length + ", " + t.length);
        }
        if (u.length == 0) throw new IllegalArgumentException("a dataset needs at least one example");
        for (int i = 0; i < u.length; i++) {
            if (!Double.isFinite(u[i]) || !Double.isFinite(v[i]) || !Double.isFinite(t[i])) {
                throw new IllegalArgumentException("example " + i + " has a non-finite value");
            }
        }
        this.u = u.clone();
        this.v = v.clone();
        this.t = t.clone();
    }

    public int size() { return u.length; }

    public double[] u() { return u.clone(); }

    public double[] v() { return v.clone(); }

    public double[] t() { return t.clone(); }

    /**
     * Each feature standardized over the dataset, x̃ = (x − m)/s with the population standard
     * deviation s = √(Σ(x − m)²/N), as in feature normalization; targets unchanged.
     *
     * @throws IllegalArgumentException if a feature is constant (s = 0)
     */
    public Dataset standardized() {
        return new Dataset(standardize(u, "u"), standardize(v, "v"), t);
    }

    private static double[] standardize(double[] x, String name) {
        double m = 0;
        for (double a : x) m += a;
        m /= x.length;
        double ss = 0;
        for (double a : x) ss += (a - m) * (a - m);
        double sd = Math.sqrt(ss / x.length);
        if (!(sd > 1e-12 * Math.max(1, Math.abs(m)))) {
            throw new IllegalArgumentException("cannot normalize feature " + name + ": it is constant");
        }
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) out[i] = (x[i] - m) / sd;
        return out;
    }

    @Override public boolean equals(Object o) {
        return o instanceof Dataset d && Arrays.equals(u, d.u) && Arrays.equals(v, d.v) && Arrays.equals(t, d.t);
    }

    @Override public int hashCode() { return Arrays.hashCode(u) * 31 + Arrays.hashCode(v) * 17 + Arrays.hashCode(t); }
}
