package org.saddlepoint.nn;

/**
 * Loss-only forward pass of an {@link Mlp} over a fixed data set, tuned for landscapes (many θ,
 * same examples): feature-major layout, one {@code double[]} of all examples per neuron, so a
 * layer is a sequence of long axpy loops z_j += W[k][j]·a_k over whole arrays from index 0,
 * which C2 vectorizes (with an offset into a shared array it does not, in JDK 17: 3 vs ~14
 * GFLOP/s measured). Computes the same L(θ) as {@link MlpEvaluator} (to rounding); not
 * thread-safe (one per thread).
 */
public final class LossKernel {
    private final Mlp mlp;
    private final Dataset data;
    private final int size, layers, k;
    private final int[] n;
    private final double[] x0, x1;
    private final double[][][] buf = new double[2][][];
    private final int[] labels;
    private final double[][] statMean, statVar;

    public LossKernel(Mlp mlp, Dataset data) {
        this.mlp = mlp;
        this.data = data;
        this.size = data.size();
        this.layers = mlp.layers();
        this.n = mlp.widths();
        this.k = mlp.classes();
        x0 = new double[size];
        x1 = new double[size];
        labels = new int[size];
        for (int i = 0; i < size; i++) {
            x0[i] = data.x0(i);
            x1[i] = data.x1(i);
            labels[i] = data.label(i);
        }
        int widest = 0;
        for (int w : n) widest = Math.max(widest, w);
        buf[0] = new double[widest][size];
        buf[1] = new double[widest][size];
        statMean = new double[layers][];
        statVar = new double[layers][];
        for (int l = 0; l < layers; l++) {
            if (mlp.normalizes(l)) {
                statMean[l] = new double[n[l + 1]];
                statVar[l] = new double[n[l + 1]];
            }
        }
    }

    public Dataset data() { return data; }

    /** Mean loss over the whole set, batch normalization with this set's statistics (train mode). */
    public double loss(double[] theta) { return run(theta, null); }

    /** Mean loss with fixed normalization statistics (eval mode); {@code stats} may be null without BN. */
    public double lossEval(double[] theta, NormStats stats) { return run(theta, stats); }

    /** The batch-normalization statistics of this set at θ (after a train-mode pass). */
    public NormStats statistics(double[] theta) {
        run(theta, null);
        double[][] m = new double[layers][], v = new double[layers][];
        for (int l = 0; l < layers; l++) {
            if (statMean[l] != null) {
                m[l] = statMean[l].clone();
                v[l] = statVar[l].clone();
            }
        }
        return new NormStats(m, v);
    }

    private double run(double[] theta, NormStats fixed) {
        int t = size, cur = 0;
        Activation act = mlp.activation();
        for (int l = 0; l < layers; l++) {
            int in = n[l], out = n[l + 1], w0 = mlp.weightOffset(l), b0 = mlp.biasOffset(l);
            double[][] z = buf[1 - cur], a = buf[cur];
            for (int j = 0; j < out; j++) {
                double[] zj = z[j];
                java.util.Arrays.fill(zj, theta[b0 + j]);
                for (int q = 0; q < in; q++) {
                    double w = theta[w0 + q * out + j];
                    axpy(w, l == 0 ? (q == 0 ? x0 : x1) : a[q], zj, t);
                }
            }
            cur = 1 - cur;
            if (l == layers - 1) break;
            for (int j = 0; j < out; j++) {
                if (mlp.normalizes(l)) normalize(z[j], t, theta, l, j, fixed);
                activate(act, z[j], t);
            }
        }
        double total = headLoss(buf[cur], t);
        return mlp.loss() == LossKind.CROSS_ENTROPY ? total / size : total / ((double) size * k);
    }

    private static void axpy(double w, double[] x, double[] z, int t) {
        for (int i = 0; i < t; i++) z[i] += w * x[i];
    }

    private void normalize(double[] z, int t, double[] theta, int l, int j, NormStats fixed) {
        double mean, var;
        if (fixed != null) {
            mean = fixed.mean()[l][j];
            var = fixed.variance()[l][j];
        } else {
            mean = 0;
            for (int i = 0; i < t; i++) mean += z[i];
            mean /= t;
            var = 0;
            for (int i = 0; i < t; i++) {
                double c = z[i] - mean;
                var += c * c;
            }
            var /= t;
            statMean[l][j] = mean;
            statVar[l][j] = var;
        }
        double s = theta[mlp.gammaOffset(l) + j] / Math.sqrt(var + Mlp.BN_EPS), shift = theta[mlp.betaOffset(l) + j] - mean * s;
        for (int i = 0; i < t; i++) z[i] = z[i] * s + shift;
    }

    /** z ← φ(z) on [0, len), vectorizable where φ allows. */
    static void activate(Activation act, double[] z, int len) {
        switch (act) {
            case RELU -> { for (int i = 0; i < len; i++) z[i] = Math.max(z[i], 0.0); }
            case LEAKY_RELU -> { for (int i = 0; i < len; i++) z[i] = z[i] > 0 ? z[i] : Activation.LEAKY_SLOPE * z[i]; }
            case TANH -> { // tanh|x| = (1 − e^−2|x|)/(1 + e^−2|x|): Math.exp is an intrinsic, Math.tanh is ~8× slower
                for (int i = 0; i < len; i++) {
                    double e = Math.exp(-2 * Math.abs(z[i])), t = (1 - e) / (1 + e);
                    z[i] = z[i] < 0 ? -t : t;
                }
            }
            case SIGMOID -> {
                for (int i = 0; i < len; i++) {
                    double e = Math.exp(-Math.abs(z[i])), r = 1 / (1 + e);
                    z[i] = z[i] >= 0 ? r : e * r;
                }
            }
            default -> throw new IllegalStateException();
        }
    }

    private double headLoss(double[][] z, int t) { return headTotal(mlp.loss(), z, labels, k, t); }

    /**
     * The summed loss of examples [0, t) with logits z[c][i] and labels y[i]: Σ −log p_y (CE) or
     * Σ_i Σ_c (p_c − t_c)² (MSE), p = softmax(z).
     */
    static double headTotal(LossKind loss, double[][] z, int[] labels, int k, int t) {
        double total = 0;
        if (loss == LossKind.CROSS_ENTROPY && k == 2) {
            double[] z0 = z[0], z1 = z[1];
            for (int i = 0; i < t; i++) { // −log p_y = softplus(z_other − z_y)
                double d = labels[i] == 0 ? z1[i] - z0[i] : z0[i] - z1[i];
                total += Math.max(d, 0) + Math.log(1 + Math.exp(-Math.abs(d)));
            }
            return total;
        }
        for (int i = 0; i < t; i++) {
            int y = labels[i];
            double max = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < k; c++) max = Math.max(max, z[c][i]);
            double sum = 0;
            for (int c = 0; c < k; c++) sum += Math.exp(z[c][i] - max);
            if (loss == LossKind.CROSS_ENTROPY) {
                total += max + Math.log(sum) - z[y][i];
            } else {
                for (int c = 0; c < k; c++) {
                    double e = Math.exp(z[c][i] - max) / sum - (c == y ? 1 : 0);
                    total += e * e;
                }
            }
        }
        return total;
    }
}
