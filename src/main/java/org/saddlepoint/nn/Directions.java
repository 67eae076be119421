package org.saddlepoint.nn;

/**
 * Two directions d1, d2 in parameter space spanning a landscape plane θ* + a·d1 + b·d2, how they
 * were made, and what the maker learned: explained-variance ratios (PCA) or eigenvalues
 * (Hessian); arrays are empty where they do not apply.
 *
 * @param kind              "filter", "hessian" or "pca"
 * @param d1                first direction (length n)
 * @param d2                second direction (length n)
 * @param explainedVariance PCA: fraction of Σσ² along d1 and d2
 * @param eigenvalues       Hessian: λ of d1 and d2 (λ_max first)
 */
public record Directions(String kind, double[] d1, double[] d2, double[] explainedVariance, double[] eigenvalues) {
    public Directions {
        if (d1.length != d2.length) throw new IllegalArgumentException("directions differ in length");
    }

    /**
     * Least-squares coordinates (a, b) of θ − center in span(d1, d2) and the distance of θ from
     * the plane, ‖θ − center − a·d1 − b·d2‖: returned as {a, b, distance}.
     */
    public double[] project(double[] theta, double[] center) {
        int n = d1.length;
        double g11 = 0, g12 = 0, g22 = 0, r1 = 0, r2 = 0;
        for (int i = 0; i < n; i++) {
            double r = theta[i] - center[i];
            g11 += d1[i] * d1[i];
            g12 += d1[i] * d2[i];
            g22 += d2[i] * d2[i];
            r1 += d1[i] * r;
            r2 += d2[i] * r;
        }
        double det = g11 * g22 - g12 * g12;
        if (!(det > 1e-300)) throw new IllegalStateException("landscape directions are parallel or zero");
        double a = (g22 * r1 - g12 * r2) / det, b = (g11 * r2 - g12 * r1) / det;
        double dist = 0;
        for (int i = 0; i < n; i++) {
            double e = theta[i] - center[i] - a * d1[i] - b * d2[i];
            dist += e * e;
        }
        return new double[] {a, b, Math.sqrt(dist)};
    }

    /** Projects every snapshot of a run onto the plane through {@code center}. */
    public ProjectedPath project(TrainingRun run, double[] center) {
        int t = run.snapshots().size();
        double[] a = new double[t], b = new double[t], dist = new double[t];
        for (int i = 0; i < t; i++) {
            double[] p = project(run.snapshots().get(i), center);
            a[i] = p[0];
            b[i] = p[1];
            dist[i] = p[2];
        }
        return new ProjectedPath(a, b, dist, run.snapshotSteps().clone());
    }
}
