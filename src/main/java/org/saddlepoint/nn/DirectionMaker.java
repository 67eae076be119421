package org.saddlepoint.nn;

import java.util.List;
import java.util.Random;

/**
 * Makes landscape directions (Li et al., "Visualizing the Loss Landscape of Neural Nets", 2018):
 * <ul>
 *   <li>{@link #filterNormalized}: Gaussian d, then for every neuron j of every layer (its
 *       incoming weights, column j of W — the paper's "filter") d_j ← d_j·‖θ_j‖/(‖d_j‖ + 1e-10);
 *       biases and BN γ, β get 0 (the paper's {@code ignore='biasbn'}).</li>
 *   <li>{@link #hessian}: the unit eigenvectors of the two largest Hessian eigenvalues at θ*
 *       (exact HVPs; Lanczos, or the full EJML decomposition for n ≤ 500).</li>
 *   <li>{@link #pca}: the top two principal directions of the snapshots θ_i − θ_final (not
 *       centred: the plane passes through θ_final), by the eigen-decomposition of the Gram matrix
 *       M·Mᵀ; explained-variance ratio σ_k²/Σσ².</li>
 * </ul>
 */
public final class DirectionMaker {
    private DirectionMaker() { }

    public static Directions filterNormalized(Mlp mlp, double[] theta, long seed) {
        Random rnd = new Random(seed);
        return new Directions("filter", filterDirection(mlp, theta, rnd), filterDirection(mlp, theta, rnd), new double[0], new double[0]);
    }

    static double[] filterDirection(Mlp mlp, double[] theta, Random rnd) {
        double[] d = new double[theta.length];
        for (int l = 0; l < mlp.layers(); l++) {
            int in = mlp.width(l), out = mlp.width(l + 1), w0 = mlp.weightOffset(l);
            for (int i = 0; i < in * out; i++) d[w0 + i] = rnd.nextGaussian();
            for (int j = 0; j < out; j++) {
                double nd = 0, nt = 0;
                for (int k = 0; k < in; k++) {
                    nd += d[w0 + k * out + j] * d[w0 + k * out + j];
                    nt += theta[w0 + k * out + j] * theta[w0 + k * out + j];
                }
                double f = Math.sqrt(nt) / (Math.sqrt(nd) + 1e-10);
                for (int k = 0; k < in; k++) d[w0 + k * out + j] *= f;
            }
        }
        return d;
    }

    /** Top-two Hessian eigenvectors of the full-batch training loss at θ. */
    public static Directions hessian(NetworkObjective objective, double[] theta, long seed) {
        int n = objective.dimension();
        Spectrum s = n <= 500 ? Spectrum.ofSymmetric(objective.fullHessian(theta, Runtime.getRuntime().availableProcessors()), n)
                : Lanczos.run(objective.hessianAt(theta), Math.min(n, 60), seed);
        return new Directions("hessian", s.largestVector(0).clone(), s.largestVector(1).clone(), new double[0],
                new double[] {s.largest(0), s.largest(1)});
    }

    /** PCA of the snapshots of a run about its final θ. */
    public static Directions pca(List<double[]> snapshots, double[] thetaFinal) {
        int t = snapshots.size(), n = thetaFinal.length;
        double[][] m = new double[t][n];
        for (int i = 0; i < t; i++) for (int k = 0; k < n; k++) m[i][k] = snapshots.get(i)[k] - thetaFinal[k];
        double[] gram = new double[t * t];
        for (int i = 0; i < t; i++) {
            for (int j = i; j < t; j++) {
                double s = Lanczos.dot(m[i], m[j]);
                gram[i * t + j] = s;
                gram[j * t + i] = s;
            }
        }
        Spectrum s = Spectrum.ofSymmetric(gram, t);
        double total = 0;
        for (double v : s.values()) total += Math.max(0, v);
        if (!(total > 0) || t < 2 || !(s.largest(1) > 1e-14 * total)) {
            throw new IllegalArgumentException("the trajectory does not span two directions (it needs at least 3 distinct snapshots)");
        }
        double[][] d = new double[2][n];
        for (int k = 0; k < 2; k++) {
            double[] u = s.largestVector(k);
            for (int i = 0; i < t; i++) Lanczos.axpy(u[i], m[i], d[k]);
            Lanczos.scale(d[k], 1 / Lanczos.norm(d[k]));
        }
        return new Directions("pca", d[0], d[1], new double[] {s.largest(0) / total, s.largest(1) / total}, new double[0]);
    }

    /**
     * 1D interpolation L((1−α)θ_init + αθ_final) at {@code count} α evenly spaced in
     * [αmin, αmax] (Goodfellow et al.); full-batch training loss.
     */
    public static double[] interpolate(NetworkObjective objective, double[] thetaInit, double[] thetaFinal,
                                       double alphaMin, double alphaMax, int count) {
        if (count < 2) throw new IllegalArgumentException("need at least 2 points");
        double[] out = new double[count], th = new double[thetaInit.length];
        for (int c = 0; c < count; c++) {
            double al = alphaMin + c * (alphaMax - alphaMin) / (count - 1);
            for (int i = 0; i < th.length; i++) th[i] = (1 - al) * thetaInit[i] + al * thetaFinal[i];
            out[c] = objective.value(th);
        }
        return out;
    }
}
