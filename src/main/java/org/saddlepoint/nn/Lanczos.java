package org.saddlepoint.nn;

import java.util.Random;

/**
 * Extreme eigenvalues of a symmetric {@link HessianOperator} by the Lanczos iteration with full
 * reorthogonalization: q₁ random unit (seeded); w = Hq_j − α_jq_j − β_{j−1}q_{j−1} with
 * α_j = q_jᵀHq_j, then w is orthogonalized twice against all q_i (classical Gram–Schmidt),
 * β_j = ‖w‖, q_{j+1} = w/β_j. The Ritz pairs of the tridiagonal T_m (EJML) approximate the
 * extreme eigenpairs of H; with full reorthogonalization there are no spurious copies.
 * Cost: m HVPs and O(m²n) for reorthogonalization.
 */
public final class Lanczos {
    private Lanczos() { }

    /**
     * Runs {@code steps} Lanczos steps (at most n; it stops early on an invariant subspace) and
     * returns the Ritz values (ascending) and unit Ritz vectors.
     */
    public static Spectrum run(HessianOperator h, int steps, long seed) {
        int n = h.dimension();
        int m = Math.min(steps, n);
        if (m < 1) throw new IllegalArgumentException("need at least one Lanczos step");
        double[][] q = new double[m + 1][];
        double[] alpha = new double[m], beta = new double[m];
        Random rnd = new Random(seed);
        double[] q0 = new double[n];
        for (int i = 0; i < n; i++) q0[i] = rnd.nextGaussian();
        scale(q0, 1 / norm(q0));
        q[0] = q0;
        double[] w = new double[n];
        int size = m;
        for (int j = 0; j < m; j++) {
            h.apply(q[j], w);
            alpha[j] = dot(q[j], w);
            for (int pass = 0; pass < 2; pass++) {
                for (int i = 0; i <= j; i++) {
                    double c = dot(q[i], w);
                    axpy(-c, q[i], w);
                }
            }
            if (j == m - 1) break;
            double b = norm(w);
            double anorm = Math.abs(alpha[j]) + (j > 0 ? beta[j - 1] : 0);
            if (b <= 1e-12 * Math.max(anorm, Double.MIN_NORMAL)) {
                size = j + 1;
                break;
            }
            beta[j] = b;
            q[j + 1] = w.clone();
            scale(q[j + 1], 1 / b);
        }
        double[] t = new double[size * size];
        for (int j = 0; j < size; j++) {
            t[j * size + j] = alpha[j];
            if (j + 1 < size) {
                t[j * size + j + 1] = beta[j];
                t[(j + 1) * size + j] = beta[j];
            }
        }
        Spectrum small = Spectrum.ofSymmetric(t, size);
        double[][] ritz = new double[size][];
        for (int k = 0; k < size; k++) {
            double[] y = small.vectors()[k], v = new double[n];
            for (int j = 0; j < size; j++) axpy(y[j], q[j], v);
            scale(v, 1 / norm(v));
            ritz[k] = v;
        }
        return new Spectrum(small.values(), ritz);
    }

    /** The k largest eigenvalues (descending), with a Krylov space of max(2k + 30, 40) steps. */
    public static double[] top(HessianOperator h, int k, long seed) {
        Spectrum s = run(h, Math.max(2 * k + 30, 40), seed);
        double[] out = new double[Math.min(k, s.size())];
        for (int i = 0; i < out.length; i++) out[i] = s.largest(i);
        return out;
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }

    static double norm(double[] a) { return Math.sqrt(dot(a, a)); }

    static void axpy(double c, double[] x, double[] y) {
        for (int i = 0; i < x.length; i++) y[i] += c * x[i];
    }

    static void scale(double[] a, double c) {
        for (int i = 0; i < a.length; i++) a[i] *= c;
    }
}
