package org.saddlepoint.nn;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * Eigenvalues (ascending) and unit eigenvectors of a symmetric matrix: {@code vectors[i]}
 * belongs to {@code values[i]}.
 */
public record Spectrum(double[] values, double[][] vectors) {
    /** Full symmetric eigen-decomposition with EJML (the input is copied, not overwritten). */
    public static Spectrum ofSymmetric(double[] rowMajor, int n) {
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, true, true);
        DMatrixRMaj m = DMatrixRMaj.wrap(n, n, rowMajor.clone());
        if (!eig.decompose(m)) throw new IllegalStateException("EJML symmetric eigen-decomposition did not converge");
        Integer[] order = new Integer[n];
        double[] raw = new double[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
            raw[i] = eig.getEigenvalue(i).real;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(raw[a], raw[b]));
        double[] values = new double[n];
        double[][] vectors = new double[n][];
        for (int i = 0; i < n; i++) {
            values[i] = raw[order[i]];
            DMatrixRMaj v = eig.getEigenVector(order[i]);
            double norm = 0;
            for (int k = 0; k < n; k++) norm += v.get(k) * v.get(k);
            norm = Math.sqrt(norm);
            vectors[i] = new double[n];
            for (int k = 0; k < n; k++) vectors[i][k] = v.get(k) / norm;
        }
        return new Spectrum(values, vectors);
    }

    public int size() { return values.length; }

    /** The k-th largest eigenvalue (k = 0: λ_max). */
    public double largest(int k) { return values[values.length - 1 - k]; }

    /** The unit eigenvector of the k-th largest eigenvalue. */
    public double[] largestVector(int k) { return vectors[values.length - 1 - k]; }

    public double trace() {
        double s = 0;
        for (double v : values) s += v;
        return s;
    }
}
