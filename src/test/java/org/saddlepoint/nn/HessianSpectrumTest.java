package org.saddlepoint.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class HessianSpectrumTest {
    static final Dataset DATA = Datasets.generate("spirals", 60, 0, 0.05, 3).train();

    static NetworkObjective objective(boolean bn) {
        return new NetworkObjective(Mlp.of(new int[] {6, 5}, 2, Activation.TANH, LossKind.CROSS_ENTROPY, bn), DATA);
    }

    static double[] theta(NetworkObjective o) {
        double[] t = o.mlp().initialize(new Random(21));
        for (int i = 0; i < t.length; i++) t[i] *= 2;
        return t;
    }

    @Test
    void fullHessianIsSymmetricAndMatchesHvps() {
        for (boolean bn : new boolean[] {false, true}) {
            NetworkObjective o = objective(bn);
            double[] t = theta(o);
            int n = o.dimension();
            double[] h1 = o.fullHessian(t, 1), h2 = o.fullHessian(t, 2);
            assertEquals(0, maxDiff(h1, h2), 0, "threads give the same matrix");
            double[] v = new double[n], hv = new double[n];
            Random r = new Random(2);
            for (int i = 0; i < n; i++) v[i] = r.nextGaussian();
            o.hessianVector(t, v, hv);
            for (int i = 0; i < n; i++) {
                double s = 0;
                for (int j = 0; j < n; j++) s += h1[i * n + j] * v[j];
                assertEquals(hv[i], s, 1e-10 * (1 + Math.abs(hv[i])));
                for (int j = 0; j < n; j++) assertEquals(h1[i * n + j], h1[j * n + i], 0);
            }
        }
    }

    @Test
    void lanczosTopEigenvaluesMatchEjmlFullDecomposition() {
        NetworkObjective o = objective(false);
        double[] t = theta(o);
        int n = o.dimension();
        Spectrum full = Spectrum.ofSymmetric(o.fullHessian(t, 2), n);
        double[] top = Lanczos.top(o.hessianAt(t), 5, 1);
        assertTrue(n > 60, "the Krylov space (40) is smaller than n = " + n);
        for (int k = 0; k < 5; k++) assertEquals(full.largest(k), top[k], 1e-8 * Math.abs(full.largest(0)), "λ_" + k);
        Spectrum all = Lanczos.run(o.hessianAt(t), n, 4);
        assertEquals(n, all.size());
        for (int k = 0; k < n; k++) assertEquals(full.values()[k], all.values()[k], 1e-8 * Math.abs(full.largest(0)));
        // Ritz vector of λ_max is an eigenvector (up to sign)
        double[] u = Lanczos.run(o.hessianAt(t), 40, 1).largestVector(0);
        assertEquals(1, Math.abs(Lanczos.dot(u, full.largestVector(0))), 1e-6);
        // the Hessian of a net off a minimum has negative eigenvalues too
        assertTrue(full.values()[0] < 0);
    }

    @Test
    void hutchinsonIsExactOnDiagonalsAndUnbiasedOnTheNet() {
        double[] d = {3, -1, 0.5, 7, 2};
        HessianOperator diag = new HessianOperator() {
            @Override public int dimension() { return d.length; }

            @Override public void apply(double[] v, double[] out) { for (int i = 0; i < d.length; i++) out[i] = d[i] * v[i]; }
        };
        Hutchinson.Estimate e = Hutchinson.trace(diag, 7, 5);
        assertEquals(11.5, e.trace(), 1e-12);
        assertEquals(0, e.standardError(), 1e-12);
        NetworkObjective o = objective(false);
        double[] t = theta(o);
        double exact = Spectrum.ofSymmetric(o.fullHessian(t, 2), o.dimension()).trace();
        Hutchinson.Estimate est = Hutchinson.trace(o.hessianAt(t), 400, 9);
        assertTrue(est.standardError() > 0);
        assertEquals(exact, est.trace(), 4 * est.standardError(), "estimate " + est + " exact " + exact);
    }

    static double maxDiff(double[] a, double[] b) {
        double m = 0;
        for (int i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]));
        return m;
    }
}
