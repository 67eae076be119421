package org.saddlepoint.nn;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * Forward pass, exact backprop and exact Hessian-vector products of an {@link Mlp} on a batch,
 * with EJML matrix products (batch rows × neurons, row-major). Not thread-safe: one per thread;
 * buffers grow to the largest batch seen and are reused (no allocation per call after that).
 *
 * <p>Per layer: Z = A·W + 1bᵀ; hidden layers: [BN: Ẑ = (Z − μ)/√(σ²+ε), Y = γ⊙Ẑ + β] and
 * A' = φ(Y). Backward: ∂W = Aᵀ·∂Z, ∂b = Σ_rows ∂Z, ∂A = ∂Z·Wᵀ, ∂Y = ∂A⊙φ'(Y) and through BN
 * ∂Z = s⊙(∂Ẑ − mean(∂Ẑ) − Ẑ⊙mean(∂Ẑ⊙Ẑ)) with s = 1/√(σ²+ε), ∂Ẑ = γ⊙∂Y.
 *
 * <p>Hessian-vector products are EXACT, by forward-over-reverse (Pearlmutter's R-operator): the
 * same forward and backward passes carry tangents along v (Ż = Ȧ·W + A·V_W + 1v_bᵀ, …, through
 * BN's batch mean and variance, the softmax and the loss), and the tangent of the gradient is
 * H·v. No finite differences.
 *
 * <p>Batch normalization uses the batch's own statistics (train mode) for loss, gradient and
 * HVP; {@link #lossEval} and {@link #probabilities} use fixed {@link NormStats} instead.
 */
public final class MlpEvaluator {
    private final Mlp mlp;
    private final int layers;
    private final int[] n;
    private final DMatrixRMaj[] w, wt, gw;
    private final DMatrixRMaj[] a, at, z, zt, zh, zht, y, yt, dz, dzt, da, dat;
    private final double[][] mu, s, sDot;
    private DMatrixRMaj p, pt;
    private int[] labels = new int[0];
    private int batch = -1;

    public MlpEvaluator(Mlp mlp) {
        this.mlp = mlp;
        this.layers = mlp.layers();
        this.n = mlp.widths();
        w = new DMatrixRMaj[layers];
        wt = new DMatrixRMaj[layers];
        gw = new DMatrixRMaj[layers];
        a = new DMatrixRMaj[layers + 1];
        at = new DMatrixRMaj[layers + 1];
        da = new DMatrixRMaj[layers + 1];
        dat = new DMatrixRMaj[layers + 1];
        z = new DMatrixRMaj[layers];
        zt = new DMatrixRMaj[layers];
        zh = new DMatrixRMaj[layers];
        zht = new DMatrixRMaj[layers];
        y = new DMatrixRMaj[layers];
        yt = new DMatrixRMaj[layers];
        dz = new DMatrixRMaj[layers];
        dzt = new DMatrixRMaj[layers];
        mu = new double[layers][];
        s = new double[layers][];
        sDot = new double[layers][];
        for (int l = 0; l <= layers; l++) {
            a[l] = new DMatrixRMaj(1, n[l]);
            at[l] = new DMatrixRMaj(1, n[l]);
            da[l] = new DMatrixRMaj(1, n[l]);
            dat[l] = new DMatrixRMaj(1, n[l]);
        }
        for (int l = 0; l < layers; l++) {
            w[l] = new DMatrixRMaj(n[l], n[l + 1]);
            wt[l] = new DMatrixRMaj(n[l], n[l + 1]);
            gw[l] = new DMatrixRMaj(n[l], n[l + 1]);
            z[l] = new DMatrixRMaj(1, n[l + 1]);
            zt[l] = new DMatrixRMaj(1, n[l + 1]);
            dz[l] = new DMatrixRMaj(1, n[l + 1]);
            dzt[l] = new DMatrixRMaj(1, n[l + 1]);
            if (mlp.normalizes(l)) {
                zh[l] = new DMatrixRMaj(1, n[l + 1]);
                zht[l] = new DMatrixRMaj(1, n[l + 1]);
                y[l] = new DMatrixRMaj(1, n[l + 1]);
                yt[l] = new DMatrixRMaj(1, n[l + 1]);
                mu[l] = new double[n[l + 1]];
                s[l] = new double[n[l + 1]];
                sDot[l] = new double[n[l + 1]];
            } else {
                y[l] = z[l];
                yt[l] = zt[l];
            }
        }
        p = new DMatrixRMaj(1, mlp.classes());
        pt = new DMatrixRMaj(1, mlp.classes());
    }

    public Mlp mlp() { return mlp; }

    /** Mean loss over examples {@code idx[from..to)} of {@code data} (idx null: rows from..to). */
    public double loss(double[] theta, Dataset data, int[] idx, int from, int to) {
        load(data, idx, from, to);
        forward(theta, null, null);
        return head(false, false);
    }

    /** Writes the exact gradient of the mean loss over the batch into {@code g}; returns the loss. */
    public double gradient(double[] theta, Dataset data, int[] idx, int from, int to, double[] g) {
        load(data, idx, from, to);
        forward(theta, null, null);
        double loss = head(true, false);
        backward(theta, null, g, null);
        return loss;
    }

    /**
     * Exact Hessian-vector product: writes H·v into {@code hv} and the gradient into {@code g}
     * (may be null); returns the loss.
     */
    public double hessianVector(double[] theta, double[] v, Dataset data, int[] idx, int from, int to, double[] g, double[] hv) {
        load(data, idx, from, to);
        forward(theta, v, null);
        double loss = head(true, true);
        backward(theta, v, g, hv);
        return loss;
    }

    /** Whole-set loss with fixed normalization statistics (eval mode; ignored without BN). */
    public double lossEval(double[] theta, Dataset data, NormStats stats) {
        load(data, null, 0, data.size());
        forward(theta, null, stats);
        return head(false, false);
    }

    /** Fraction of examples whose largest logit is the label (eval mode with {@code stats}). */
    public double accuracy(double[] theta, Dataset data, NormStats stats) {
        load(data, null, 0, data.size());
        forward(theta, null, stats);
        DMatrixRMaj out = z[layers - 1];
        int k = mlp.classes(), right = 0;
        for (int i = 0; i < batch; i++) {
            int best = 0;
            for (int c = 1; c < k; c++) if (out.data[i * k + c] > out.data[i * k + best]) best = c;
            if (best == labels[i]) right++;
        }
        return right / (double) batch;
    }

    /** Batch-norm statistics over the whole of {@code data} (the training set), for eval mode. */
    public NormStats statistics(double[] theta, Dataset data) {
        double[][] m = new double[layers][], v = new double[layers][];
        if (!mlp.batchNorm()) return new NormStats(m, v);
        load(data, null, 0, data.size());
        forward(theta, null, null);
        for (int l = 0; l < layers; l++) {
            if (!mlp.normalizes(l)) continue;
            m[l] = mu[l].clone();
            v[l] = new double[n[l + 1]];
            for (int j = 0; j < n[l + 1]; j++) v[l][j] = 1 / (s[l][j] * s[l][j]) - Mlp.BN_EPS;
        }
        return new NormStats(m, v);
    }

    /**
     * Class probabilities softmax(z) at {@code count} points {@code xy[2i], xy[2i+1]} into
     * {@code out[i·K + c]} (eval mode with {@code stats}; stats may be null without BN).
     */
    public void probabilities(double[] theta, double[] xy, int count, NormStats stats, double[] out) {
        ensure(count);
        System.arraycopy(xy, 0, a[0].data, 0, 2 * count);
        forward(theta, null, stats);
        int k = mlp.classes();
        DMatrixRMaj logits = z[layers - 1];
        for (int i = 0; i < count; i++) softmaxRow(logits.data, i * k, k, out, i * k);
    }

    /**
     * Decision-boundary data: class probabilities on the n×n grid of {@code domain} (x ascending
     * along a row, rows by ascending y), {@code out[(iy·n + ix)·K + c]} = P(class c | x, y), in
     * eval mode with {@code stats} (the training set's, from {@link #statistics}; null without BN).
     */
    public double[] predictGrid(double[] theta, NormStats stats, org.saddlepoint.surface.Domain domain, int n) {
        if (n < 2) throw new IllegalArgumentException("grid needs n ≥ 2, got " + n);
        int k = mlp.classes();
        double[] out = new double[n * n * k], xy = new double[2 * n], row = new double[n * k];
        for (int iy = 0; iy < n; iy++) {
            double yv = domain.yMin() + iy * domain.height() / (n - 1);
            for (int ix = 0; ix < n; ix++) {
                xy[2 * ix] = domain.xMin() + ix * domain.width() / (n - 1);
                xy[2 * ix + 1] = yv;
            }
            probabilities(theta, xy, n, stats, row);
            System.arraycopy(row, 0, out, iy * n * k, n * k);
        }
        return out;
    }

    private void load(Dataset data, int[] idx, int from, int to) {
        int b = to - from;
        if (b < 1) throw new IllegalArgumentException("empty batch");
        ensure(b);
        double[] x = a[0].data;
        for (int r = 0; r < b; r++) {
            int i = idx == null ? from + r : idx[from + r];
            x[2 * r] = data.x0(i);
            x[2 * r + 1] = data.x1(i);
            labels[r] = data.label(i);
        }
    }

    private void ensure(int b) {
        if (b == batch) return;
        batch = b;
        if (labels.length < b) labels = new int[b];
        for (int l = 0; l <= layers; l++) {
            a[l].reshape(b, n[l]);
            at[l].reshape(b, n[l]);
            da[l].reshape(b, n[l]);
            dat[l].reshape(b, n[l]);
        }
        for (int l = 0; l < layers; l++) {
            z[l].reshape(b, n[l + 1]);
            zt[l].reshape(b, n[l + 1]);
            dz[l].reshape(b, n[l + 1]);
            dzt[l].reshape(b, n[l + 1]);
            if (mlp.normalizes(l)) {
                zh[l].reshape(b, n[l + 1]);
                zht[l].reshape(b, n[l + 1]);
                y[l].reshape(b, n[l + 1]);
                yt[l].reshape(b, n[l + 1]);
            }
        }
        p.reshape(b, mlp.classes());
        pt.reshape(b, mlp.classes());
    }

    private void forward(double[] theta, double[] v, NormStats fixed) {
        boolean tan = v != null;
        int b = batch;
        Activation act = mlp.activation();
        for (int l = 0; l < layers; l++) {
            int out = n[l + 1];
            System.arraycopy(theta, mlp.weightOffset(l), w[l].data, 0, n[l] * out);
            CommonOps_DDRM.mult(a[l], w[l], z[l]);
            addRow(z[l], theta, mlp.biasOffset(l));
            if (tan) {
                System.arraycopy(v, mlp.weightOffset(l), wt[l].data, 0, n[l] * out);
                CommonOps_DDRM.mult(a[l], wt[l], zt[l]);
                if (l > 0) CommonOps_DDRM.multAdd(at[l], w[l], zt[l]);
                addRow(zt[l], v, mlp.biasOffset(l));
            }
            if (l == layers - 1) break;
            if (mlp.normalizes(l)) {
                BatchNorm.forward(z[l], zt[l], zh[l], zht[l], y[l], yt[l], theta, v, mlp.gammaOffset(l), mlp.betaOffset(l),
                        mu[l], s[l], sDot[l], fixed == null ? null : fixed.mean()[l], fixed == null ? null : fixed.variance()[l]);
            }
            double[] yy = y[l].data, yyt = yt[l].data, aa = a[l + 1].data, aat = at[l + 1].data;
            int len = b * out;
            for (int i = 0; i < len; i++) aa[i] = act.apply(yy[i]);
            if (tan) for (int i = 0; i < len; i++) aat[i] = act.d1(yy[i], aa[i]) * yyt[i];
        }
    }

    /** Loss of the logits; with grad fills dz[L−1] (and its tangent). */
    private double head(boolean grad, boolean tan) {
        int b = batch, k = mlp.classes();
        double[] zz = z[layers - 1].data, pp = p.data, g = dz[layers - 1].data;
        double loss = 0;
        for (int i = 0; i < b; i++) {
            int o = i * k;
            double lse = softmaxRow(zz, o, k, pp, o);
            if (mlp.loss() == LossKind.CROSS_ENTROPY) {
                loss += lse - zz[o + labels[i]];
            } else {
                for (int c = 0; c < k; c++) {
                    double e = pp[o + c] - (c == labels[i] ? 1 : 0);
                    loss += e * e;
                }
            }
        }
        boolean ce = mlp.loss() == LossKind.CROSS_ENTROPY;
        loss /= ce ? b : (double) b * k;
        if (!grad) return loss;
        double[] ztt = zt[layers - 1].data, ppt = pt.data, gt = dzt[layers - 1].data;
        double scale = ce ? 1.0 / b : 2.0 / ((double) b * k);
        for (int i = 0; i < b; i++) {
            int o = i * k;
            if (tan) { // ṗ = p ⊙ (ż − pᵀż)
                double pz = 0;
                for (int c = 0; c < k; c++) pz += pp[o + c] * ztt[o + c];
                for (int c = 0; c < k; c++) ppt[o + c] = pp[o + c] * (ztt[o + c] - pz);
            }
            if (ce) {
                for (int c = 0; c < k; c++) {
                    g[o + c] = scale * (pp[o + c] - (c == labels[i] ? 1 : 0));
                    if (tan) gt[o + c] = scale * ppt[o + c];
                }
            } else { // G = scale(p − t), ∂z = p ⊙ (G − pᵀG)
                double r = 0, rt = 0;
                for (int c = 0; c < k; c++) {
                    double gc = scale * (pp[o + c] - (c == labels[i] ? 1 : 0));
                    r += pp[o + c] * gc;
                    if (tan) rt += ppt[o + c] * gc + pp[o + c] * scale * ppt[o + c];
                }
                for (int c = 0; c < k; c++) {
                    double gc = scale * (pp[o + c] - (c == labels[i] ? 1 : 0));
                    g[o + c] = pp[o + c] * (gc - r);
                    if (tan) gt[o + c] = ppt[o + c] * (gc - r) + pp[o + c] * (scale * ppt[o + c] - rt);
                }
            }
        }
        return loss;
    }

    private void backward(double[] theta, double[] v, double[] g, double[] hv) {
        boolean tan = v != null;
        Activation act = mlp.activation();
        int b = batch;
        for (int l = layers - 1; l >= 0; l--) {
            int out = n[l + 1];
            if (g != null) {
                CommonOps_DDRM.multTransA(a[l], dz[l], gw[l]);
                System.arraycopy(gw[l].data, 0, g, mlp.weightOffset(l), n[l] * out);
                colSum(dz[l], g, mlp.biasOffset(l));
            }
            if (tan) {
                CommonOps_DDRM.multTransA(a[l], dzt[l], gw[l]);
                if (l > 0) CommonOps_DDRM.multAddTransA(at[l], dz[l], gw[l]);
                System.arraycopy(gw[l].data, 0, hv, mlp.weightOffset(l), n[l] * out);
                colSum(dzt[l], hv, mlp.biasOffset(l));
            }
            if (l == 0) break;
            int k = l - 1; // hidden layer whose output a[l] feeds layer l
            CommonOps_DDRM.multTransB(dz[l], w[l], da[l]);
            if (tan) {
                CommonOps_DDRM.multTransB(dzt[l], w[l], dat[l]);
                CommonOps_DDRM.multAddTransB(dz[l], wt[l], dat[l]);
            }
            // ∂Y = ∂A ⊙ φ'(Y), written into da (then BN maps it to dz[k]) or straight into dz[k]
            boolean bn = mlp.normalizes(k);
            double[] yy = y[k].data, yyt = yt[k].data, aa = a[l].data, dA = da[l].data, dAt = dat[l].data;
            double[] dY = bn ? dA : dz[k].data, dYt = bn ? dAt : dzt[k].data;
            int len = b * n[l];
            for (int i = 0; i < len; i++) {
                double d1 = act.d1(yy[i], aa[i]);
                if (tan) dYt[i] = dAt[i] * d1 + dA[i] * act.d2(yy[i], aa[i]) * yyt[i];
                dY[i] = dA[i] * d1;
            }
            if (bn) {
                BatchNorm.backward(dA, tan ? dAt : null, zh[k].data, tan ? zht[k].data : null, theta, v, mlp.gammaOffset(k),
                        s[k], sDot[k], b, n[l], dz[k].data, tan ? dzt[k].data : null, g, hv, mlp.gammaOffset(k), mlp.betaOffset(k));
            }
        }
    }

    private static void addRow(DMatrixRMaj m, double[] src, int off) {
        int rows = m.numRows, cols = m.numCols;
        double[] d = m.data;
        for (int i = 0; i < rows; i++) for (int j = 0; j < cols; j++) d[i * cols + j] += src[off + j];
    }

    private static void colSum(DMatrixRMaj m, double[] dst, int off) {
        int rows = m.numRows, cols = m.numCols;
        double[] d = m.data;
        for (int j = 0; j < cols; j++) dst[off + j] = 0;
        for (int i = 0; i < rows; i++) for (int j = 0; j < cols; j++) dst[off + j] += d[i * cols + j];
    }

    /** out[o..o+k) = softmax(z[o..o+k)); returns log Σ exp z (stable). */
    static double softmaxRow(double[] zz, int o, int k, double[] out, int oo) {
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < k; c++) max = Math.max(max, zz[o + c]);
        double sum = 0;
        for (int c = 0; c < k; c++) {
            double e = Math.exp(zz[o + c] - max);
            out[oo + c] = e;
            sum += e;
        }
        for (int c = 0; c < k; c++) out[oo + c] /= sum;
        return max + Math.log(sum);
    }
}
