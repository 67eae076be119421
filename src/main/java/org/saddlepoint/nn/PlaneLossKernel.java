package org.saddlepoint.nn;

/**
 * Loss-only forward passes of an {@link Mlp} WITHOUT batch normalization on the points of a
 * landscape plane θ(a, b) = θ* + a·d₁ + b·d₂, tuned for whole grid rows:
 * <ul>
 *   <li>the first layer is affine in (a, b): Z₁(a, b) = (W* + aD₁ + bD₂)ᵀx + (b* + aδ₁ + bδ₂)
 *       = Z* + a·P + b·Q per neuron and example, with Z*, P, Q computed once here, so an
 *       evaluation starts at y = Z* + aP + bQ and the activation (one fused loop);</li>
 *   <li>examples are processed in tiles of {@link #TILE} (feature-major arrays per tile, each
 *       starting at index 0 so C2 vectorizes), small enough that a tile's activations stay in
 *       the L1/L2 cache while all evaluations of a row run over it;</li>
 *   <li>later layers accumulate four inputs per pass, z += w₀x₀ + w₁x₁ + w₂x₂ + w₃x₃ with fused
 *       multiply-adds (one store per four instead of one per axpy), ReLU fused into the last pass;</li>
 *   <li>two-class cross-entropy with a vectorized e^{−|d|} and one log per 64 examples
 *       ({@link #binaryCrossEntropy}).</li>
 * </ul>
 * Computes the same L(θ) as {@link LossKernel} up to rounding (sums in another order). Not
 * thread-safe: one per thread.
 */
final class PlaneLossKernel {
    /** Examples per tile. */
    static final int TILE = 256;

    private final Mlp mlp;
    private final int layers, k, size;
    private final int[] n;
    private final double[] center, d1, d2;
    private final int[] tileLength;
    private final double[][][] base, slopeA, slopeB; // [tile][neuron][i]: Z*, P, Q of layer 1
    private final int[][] labels; // [tile][i]
    private final double[][] sign; // [tile][i]: +1 for label 0, −1 otherwise
    private final double[][] bufA, bufB; // [neuron][TILE] scratch
    private final double[] theta;

    PlaneLossKernel(Mlp mlp, Dataset data, double[] center, double[] d1, double[] d2) {
        if (mlp.batchNorm()) throw new IllegalArgumentException("the plane kernel has no batch normalization");
        this.mlp = mlp;
        this.layers = mlp.layers();
        this.n = mlp.widths();
        this.k = mlp.classes();
        this.size = data.size();
        this.center = center;
        this.d1 = d1;
        this.d2 = d2;
        int tiles = (size + TILE - 1) / TILE, h = n[1];
        tileLength = new int[tiles];
        base = new double[tiles][h][];
        slopeA = new double[tiles][h][];
        slopeB = new double[tiles][h][];
        labels = new int[tiles][];
        sign = new double[tiles][];
        int w0 = mlp.weightOffset(0), b0 = mlp.biasOffset(0);
        for (int t = 0; t < tiles; t++) {
            int from = t * TILE, len = Math.min(TILE, size - from);
            tileLength[t] = len;
            labels[t] = new int[len];
            sign[t] = new double[len];
            double[] x0 = new double[len], x1 = new double[len];
            for (int i = 0; i < len; i++) {
                x0[i] = data.x0(from + i);
                x1[i] = data.x1(from + i);
                labels[t][i] = data.label(from + i);
                sign[t][i] = labels[t][i] == 0 ? 1 : -1;
            }
            for (int j = 0; j < h; j++) {
                base[t][j] = affine(center, w0, b0, h, j, x0, x1);
                slopeA[t][j] = affine(d1, w0, b0, h, j, x0, x1);
                slopeB[t][j] = affine(d2, w0, b0, h, j, x0, x1);
            }
        }
        int widest = 0;
        for (int w : n) widest = Math.max(widest, w);
        bufA = new double[widest][TILE];
        bufB = new double[widest][TILE];
        theta = new double[center.length];
    }

    /** v_b[j] + v_W[0][j]·x₀ + v_W[1][j]·x₁ for one first-layer neuron j. */
    private static double[] affine(double[] v, int w0, int b0, int out, int j, double[] x0, double[] x1) {
        double[] z = new double[x0.length];
        double bj = v[b0 + j], wa = v[w0 + j], wb = v[w0 + out + j];
        for (int i = 0; i < z.length; i++) z[i] = bj + wa * x0[i] + wb * x1[i];
        return z;
    }

    /** out[off + i] = L(θ* + (a0 + i·da)·d₁ + b·d₂) for i in [0, na). */
    void row(double b, double a0, double da, int na, double[] out, int off) {
        for (int i = 0; i < na; i++) out[off + i] = 0;
        for (int t = 0; t < tileLength.length; t++) {
            for (int i = 0; i < na; i++) out[off + i] += tileTotal(t, a0 + i * da, b);
        }
        double scale = mlp.loss() == LossKind.CROSS_ENTROPY ? 1.0 / size : 1.0 / ((double) size * k);
        for (int i = 0; i < na; i++) out[off + i] *= scale;
    }

    /** L(θ* + a·d₁ + b·d₂). */
    double loss(double a, double b) {
        double[] one = new double[1];
        row(b, a, 0, 1, one, 0);
        return one[0];
    }

    /** The summed (not averaged) loss of tile t at θ(a, b). */
    private double tileTotal(int t, double a, double b) {
        int len = tileLength[t];
        Activation act = mlp.activation();
        for (int p = mlp.weightOffset(1); p < theta.length; p++) theta[p] = center[p] + a * d1[p] + b * d2[p];
        double[][] cur = bufA, next = bufB;
        boolean relu = act == Activation.RELU, hidden1 = layers > 1;
        for (int j = 0; j < n[1]; j++) {
            double[] y = cur[j], z0 = base[t][j], pa = slopeA[t][j], pb = slopeB[t][j];
            if (relu && hidden1) {
                for (int i = 0; i < len; i++) y[i] = Math.max(Math.fma(b, pb[i], Math.fma(a, pa[i], z0[i])), 0.0);
            } else {
                for (int i = 0; i < len; i++) y[i] = Math.fma(b, pb[i], Math.fma(a, pa[i], z0[i]));
                if (hidden1) LossKernel.activate(act, y, len);
            }
        }
        for (int l = 1; l < layers; l++) {
            int in = n[l], out = n[l + 1], w0 = mlp.weightOffset(l), b0 = mlp.biasOffset(l);
            boolean hidden = l < layers - 1, fuse = hidden && relu;
            for (int j = 0; j < out; j++) {
                linear(cur, in, theta, w0, out, j, theta[b0 + j], next[j], len, fuse);
                if (hidden && !fuse) LossKernel.activate(act, next[j], len);
            }
            double[][] s = cur;
            cur = next;
            next = s;
        }
        if (mlp.loss() == LossKind.CROSS_ENTROPY && k == 2) return binaryCrossEntropy(cur[0], cur[1], sign[t], len, next[0], next[1]);
        return LossKernel.headTotal(mlp.loss(), cur, labels[t], k, len);
    }

    /**
     * Σ_i −log p_{y_i} for two classes: with d = z_other − z_y = s·(z₁ − z₀) (s = ±1 by label),
     * −log p_y = softplus(d) = max(d, 0) + log(1 + e^{−|d|}). e^{−|d|} comes from a loop C2
     * vectorizes ({@link #expNegative}); the logs of blocks of {@link #LOG_BLOCK} factors
     * (1 + e^{−|d|}) ∈ (1, 2] are taken of their product (no overflow below 2^1024), one log per
     * block instead of one per example.
     */
    private static double binaryCrossEntropy(double[] z0, double[] z1, double[] sign, int len, double[] d, double[] e) {
        for (int i = 0; i < len; i++) d[i] = sign[i] * (z1[i] - z0[i]);
        expNegative(d, e, len);
        double total = 0;
        for (int from = 0; from < len; from += LOG_BLOCK) {
            int to = Math.min(len, from + LOG_BLOCK);
            double prod = 1;
            for (int i = from; i < to; i++) {
                total += Math.max(d[i], 0);
                prod *= 1 + e[i];
            }
            total += Math.log(prod);
        }
        return total;
    }

    /** |x| beyond which e^{−|x|} (< 4.3·10⁻¹⁸) is taken as e^{−40}: log(1 + e^{−|x|}) then errs by < 4.3·10⁻¹⁸. */
    static final double EXP_CUTOFF = 40;

    /** 1/k! for k = 0…12 with alternating signs: e^{−u} ≈ Σ (−u)^k/k!, error < u¹³/13! ≈ 5·10⁻²¹ for u ≤ 40/256. */
    private static final double C0 = 1, C1 = -1, C2 = 1.0 / 2, C3 = -1.0 / 6, C4 = 1.0 / 24, C5 = -1.0 / 120, C6 = 1.0 / 720,
            C7 = -1.0 / 5040, C8 = 1.0 / 40320, C9 = -1.0 / 362880, C10 = 1.0 / 3628800, C11 = -1.0 / 39916800, C12 = 1.0 / 479001600;

    /**
     * e[i] = e^{−min(|x[i]|, 40)} with multiply-adds only, so the loop vectorizes (Math.exp does
     * not, in JDK 17): u = min(|x|, 40)/256, e^{−u} by its degree-12 Taylor polynomial (Horner),
     * then squared 8 times, (e^{−u})^256 = e^{−|x|}. Relative error ≲ 256·2⁻⁵³ ≈ 3·10⁻¹⁴.
     */
    static void expNegative(double[] x, double[] e, int len) {
        for (int i = 0; i < len; i++) {
            double u = Math.min(Math.abs(x[i]), EXP_CUTOFF) * (1.0 / 256);
            double p = Math.fma(u, C12, C11);
            p = Math.fma(u, p, C10);
            p = Math.fma(u, p, C9);
            p = Math.fma(u, p, C8);
            p = Math.fma(u, p, C7);
            p = Math.fma(u, p, C6);
            p = Math.fma(u, p, C5);
            p = Math.fma(u, p, C4);
            p = Math.fma(u, p, C3);
            p = Math.fma(u, p, C2);
            p = Math.fma(u, p, C1);
            p = Math.fma(u, p, C0);
            p *= p;
            p *= p;
            p *= p;
            p *= p;
            p *= p;
            p *= p;
            p *= p;
            p *= p;
            e[i] = p;
        }
    }

    /** Factors per log in {@link #binaryCrossEntropy}. */
    static final int LOG_BLOCK = 64;

    /**
     * z = bias + Σ_q W[q][j]·x_q, four inputs per pass (C2 vectorizes this form; eight inputs
     * or two outputs per pass it does not, in JDK 17); with {@code relu} the last pass also
     * applies max(·, 0).
     */
    private static void linear(double[][] x, int in, double[] w, int w0, int out, int j, double bias, double[] z, int len, boolean relu) {
        int q = 0, last4 = relu && in % 4 == 0 ? in - 4 : Integer.MAX_VALUE;
        if (in < 4) {
            for (int i = 0; i < len; i++) z[i] = bias;
        }
        for (; q + 3 < in; q += 4) {
            int o = w0 + q * out + j;
            double c0 = w[o], c1 = w[o + out], c2 = w[o + 2 * out], c3 = w[o + 3 * out];
            double[] x0 = x[q], x1 = x[q + 1], x2 = x[q + 2], x3 = x[q + 3];
            if (q == 0 && q != last4) { // the first pass starts from the bias (no separate fill)
                for (int i = 0; i < len; i++) z[i] = Math.fma(c3, x3[i], Math.fma(c2, x2[i], Math.fma(c1, x1[i], Math.fma(c0, x0[i], bias))));
            } else if (q == 0) {
                for (int i = 0; i < len; i++) z[i] = Math.max(Math.fma(c3, x3[i], Math.fma(c2, x2[i], Math.fma(c1, x1[i], Math.fma(c0, x0[i], bias)))), 0.0);
            } else if (q == last4) {
                for (int i = 0; i < len; i++) z[i] = Math.max(Math.fma(c3, x3[i], Math.fma(c2, x2[i], Math.fma(c1, x1[i], Math.fma(c0, x0[i], z[i])))), 0.0);
            } else {
                for (int i = 0; i < len; i++) z[i] = Math.fma(c3, x3[i], Math.fma(c2, x2[i], Math.fma(c1, x1[i], Math.fma(c0, x0[i], z[i]))));
            }
        }
        for (; q < in; q++) {
            double c = w[w0 + q * out + j];
            double[] xq = x[q];
            for (int i = 0; i < len; i++) z[i] = Math.fma(c, xq[i], z[i]);
        }
        if (relu && last4 == Integer.MAX_VALUE) LossKernel.activate(Activation.RELU, z, len);
    }
}
