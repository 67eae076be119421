package org.saddlepoint.nn;

/**
 * Exact Hessian-vector products of the full-batch loss at one θ, tuned for many products at the
 * same θ (full Hessians, Lanczos): {@link #prepare} runs the forward and backward pass once and
 * keeps every primal quantity; each {@link #apply} then runs only the tangent passes
 * (forward-over-reverse, the same equations as {@link MlpEvaluator} and {@link BatchNorm}).
 * Feature-major layout (one array over all examples per neuron) so the loops vectorize.
 * Zero entries of v are skipped in the products (exact; only a non-finite primal value times a
 * zero weight would differ). Not thread-safe: one per thread.
 */
public final class HvpKernel {
    private final Mlp mlp;
    private final int size, layers, k;
    private final int[] n;
    private final int[] labels;
    private final double[][][] a, at, z, zt, zh, zht, y, yt, d1, d2, dz, dzt, da, dat;
    private final double[][] s, sDot;
    private final double[][] p, pt;
    private final double[] gradient;
    private final boolean[][] atZero; // at[l][q] is identically 0 (sparse v): skip its products
    private final boolean[][] ztZero; // zt[l][j] is identically 0
    private final int[] allRows, tangentRows;
    private final double[][] terms; // the (coefficient, vector) terms of one accumulate
    private final double[] coefs;
    private double[] theta;
    private double loss;

    public HvpKernel(Mlp mlp, Dataset data) {
        this.mlp = mlp;
        this.size = data.size();
        this.layers = mlp.layers();
        this.n = mlp.widths();
        this.k = mlp.classes();
        labels = new int[size];
        a = new double[layers + 1][][];
        at = new double[layers + 1][][];
        da = new double[layers + 1][][];
        dat = new double[layers + 1][][];
        a[0] = new double[2][size];
        for (int i = 0; i < size; i++) {
            a[0][0][i] = data.x0(i);
            a[0][1][i] = data.x1(i);
            labels[i] = data.label(i);
        }
        z = new double[layers][][];
        zt = new double[layers][][];
        zh = new double[layers][][];
        zht = new double[layers][][];
        y = new double[layers][][];
        yt = new double[layers][][];
        d1 = new double[layers][][];
        d2 = new double[layers][][];
        dz = new double[layers][][];
        dzt = new double[layers][][];
        s = new double[layers][];
        sDot = new double[layers][];
        for (int l = 0; l < layers; l++) {
            int out = n[l + 1];
            z[l] = new double[out][size];
            zt[l] = new double[out][size];
            dz[l] = new double[out][size];
            dzt[l] = new double[out][size];
            if (l == layers - 1) break;
            a[l + 1] = new double[out][size];
            at[l + 1] = new double[out][size];
            da[l + 1] = new double[out][size];
            dat[l + 1] = new double[out][size];
            d1[l] = new double[out][size];
            d2[l] = new double[out][size];
            if (mlp.normalizes(l)) {
                zh[l] = new double[out][size];
                zht[l] = new double[out][size];
                y[l] = new double[out][size];
                yt[l] = new double[out][size];
                s[l] = new double[out];
                sDot[l] = new double[out];
            } else {
                y[l] = z[l];
                yt[l] = zt[l];
            }
        }
        p = new double[k][size];
        pt = new double[k][size];
        gradient = new double[mlp.parameterCount()];
        int widest = 0;
        for (int w : n) widest = Math.max(widest, w);
        allRows = new int[widest];
        tangentRows = new int[widest];
        terms = new double[2 * widest][];
        coefs = new double[2 * widest];
        atZero = new boolean[layers + 1][];
        for (int l = 0; l <= layers; l++) atZero[l] = new boolean[n[l]];
        java.util.Arrays.fill(atZero[0], true);
        ztZero = new boolean[layers][];
        for (int l = 0; l < layers; l++) ztZero[l] = new boolean[n[l + 1]];
    }

    /** Runs the primal passes at θ (copied); returns L(θ). */
    public double prepare(double[] th) {
        theta = th.clone();
        Activation act = mlp.activation();
        for (int l = 0; l < layers; l++) {
            linear(l, theta, a[l], z[l]);
            if (l == layers - 1) break;
            int out = n[l + 1];
            for (int j = 0; j < out; j++) {
                if (mlp.normalizes(l)) normalize(l, j);
                double[] yy = y[l][j], aa = a[l + 1][j], g1 = d1[l][j], g2 = d2[l][j];
                for (int i = 0; i < size; i++) {
                    aa[i] = act.apply(yy[i]);
                    g1[i] = act.d1(yy[i], aa[i]);
                    g2[i] = act.d2(yy[i], aa[i]);
                }
            }
        }
        loss = head();
        backwardPrimal();
        return loss;
    }

    /** L(θ) at the prepared θ. */
    public double loss() { return loss; }

    /** ∇L at the prepared θ (a copy). */
    public double[] gradient() { return gradient.clone(); }

    /** out = H(θ)·v at the prepared θ. */
    public void apply(double[] v, double[] out) { apply(v, out, 0); }

    /**
     * The entries of H(θ)·v that belong to layers ≥ {@code lowest} (W, b, and γ, β with batch
     * normalization): the backward tangent pass stops after that layer, so the entries of the
     * layers below are left as they were in {@code out}. A full Hessian needs, for a unit vector
     * of layer m, only the rows of layers ≥ m (the rest by symmetry).
     */
    public void apply(double[] v, double[] out, int lowest) {
        if (theta == null) throw new IllegalStateException("prepare(θ) first");
        if (lowest < 0 || lowest >= layers) throw new IllegalArgumentException("layer " + lowest + " outside [0, " + layers + ")");
        for (int l = 0; l < layers; l++) {
            boolean[] zero = linearTangent(l, v);
            if (l == layers - 1) break;
            int out1 = n[l + 1];
            for (int j = 0; j < out1; j++) {
                boolean bn = mlp.normalizes(l);
                boolean yZero = zero[j] && (!bn || (v[mlp.gammaOffset(l) + j] == 0 && v[mlp.betaOffset(l) + j] == 0));
                atZero[l + 1][j] = yZero;
                double[] aat = at[l + 1][j];
                if (yZero) {
                    if (bn) {
                        java.util.Arrays.fill(zht[l][j], 0);
                        java.util.Arrays.fill(yt[l][j], 0);
                        sDot[l][j] = 0;
                    }
                    java.util.Arrays.fill(aat, 0);
                    continue;
                }
                if (bn) normalizeTangent(l, j, v);
                double[] yyt = yt[l][j], g1 = d1[l][j];
                for (int i = 0; i < size; i++) aat[i] = g1[i] * yyt[i];
            }
        }
        headTangent();
        backwardTangent(v, out, lowest);
    }

    /** zz_j = b_j + Σ_q W[q][j]·in_q with W, b from w. */
    private void linear(int l, double[] w, double[][] in, double[][] zz) {
        int nin = n[l], out = n[l + 1], w0 = mlp.weightOffset(l), b0 = mlp.biasOffset(l);
        for (int j = 0; j < out; j++) {
            double[] zj = zz[j];
            java.util.Arrays.fill(zj, w[b0 + j]);
            for (int q = 0; q < nin; q++) axpy(w[w0 + q * out + j], in[q], zj);
        }
    }

    /**
     * Ż_j = v_b,j + Σ_q V[q][j]·a_q + Σ_q W[q][j]·ȧ_q, skipping zero v entries and identically
     * zero ȧ_q (a sparse v, e.g. a unit vector, leaves most of them 0); returns which Ż_j are 0.
     */
    private boolean[] linearTangent(int l, double[] v) {
        int nin = n[l], out = n[l + 1], w0 = mlp.weightOffset(l), b0 = mlp.biasOffset(l);
        boolean[] zero = ztZero[l];
        for (int j = 0; j < out; j++) {
            double[] zj = zt[l][j];
            double bj = v[b0 + j];
            boolean isZero = bj == 0;
            java.util.Arrays.fill(zj, bj);
            int m = 0;
            for (int q = 0; q < nin; q++) {
                double vq = v[w0 + q * out + j];
                if (vq != 0) {
                    terms[m] = a[l][q];
                    coefs[m++] = vq;
                }
                if (!atZero[l][q]) {
                    terms[m] = at[l][q];
                    coefs[m++] = theta[w0 + q * out + j];
                }
            }
            accumulate(zj, terms, coefs, m);
            zero[j] = isZero && m == 0;
        }
        return zero;
    }

    private void normalize(int l, int j) {
        double[] zz = z[l][j], h = zh[l][j], yy = y[l][j];
        double mean = sum(zz) / size, var = 0;
        for (int i = 0; i < size; i++) var += (zz[i] - mean) * (zz[i] - mean);
        var /= size;
        double sj = 1 / Math.sqrt(var + Mlp.BN_EPS), gamma = theta[mlp.gammaOffset(l) + j], beta = theta[mlp.betaOffset(l) + j];
        s[l][j] = sj;
        for (int i = 0; i < size; i++) {
            h[i] = (zz[i] - mean) * sj;
            yy[i] = gamma * h[i] + beta;
        }
    }

    private void normalizeTangent(int l, int j, double[] v) {
        double[] zzt = zt[l][j], h = zh[l][j], ht = zht[l][j], yyt = yt[l][j];
        double sj = s[l][j], muDot = sum(zzt) / size, varDot = 0;
        for (int i = 0; i < size; i++) varDot += 2 * (h[i] / sj) * (zzt[i] - muDot);
        varDot /= size;
        double sd = -0.5 * sj * sj * sj * varDot;
        sDot[l][j] = sd;
        double gamma = theta[mlp.gammaOffset(l) + j], gammaDot = v[mlp.gammaOffset(l) + j], betaDot = v[mlp.betaOffset(l) + j];
        double hs = sd / sj;
        for (int i = 0; i < size; i++) {
            ht[i] = (zzt[i] - muDot) * sj + h[i] * hs;
            yyt[i] = gammaDot * h[i] + gamma * ht[i] + betaDot;
        }
    }

    private double head() {
        double[][] logits = z[layers - 1], g = dz[layers - 1];
        boolean ce = mlp.loss() == LossKind.CROSS_ENTROPY;
        double total = 0, scale = ce ? 1.0 / size : 2.0 / ((double) size * k);
        for (int i = 0; i < size; i++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < k; c++) max = Math.max(max, logits[c][i]);
            double sumE = 0;
            for (int c = 0; c < k; c++) {
                double e = Math.exp(logits[c][i] - max);
                p[c][i] = e;
                sumE += e;
            }
            for (int c = 0; c < k; c++) p[c][i] /= sumE;
            int yl = labels[i];
            if (ce) {
                total += max + Math.log(sumE) - logits[yl][i];
                for (int c = 0; c < k; c++) g[c][i] = scale * (p[c][i] - (c == yl ? 1 : 0));
            } else {
                double r = 0;
                for (int c = 0; c < k; c++) {
                    double e = p[c][i] - (c == yl ? 1 : 0);
                    total += e * e;
                    r += p[c][i] * scale * e;
                }
                for (int c = 0; c < k; c++) g[c][i] = p[c][i] * (scale * (p[c][i] - (c == yl ? 1 : 0)) - r);
            }
        }
        return ce ? total / size : total / ((double) size * k);
    }

    private void headTangent() {
        double[][] ztl = zt[layers - 1], gt = dzt[layers - 1];
        boolean ce = mlp.loss() == LossKind.CROSS_ENTROPY;
        double scale = ce ? 1.0 / size : 2.0 / ((double) size * k);
        for (int i = 0; i < size; i++) {
            double pz = 0;
            for (int c = 0; c < k; c++) pz += p[c][i] * ztl[c][i];
            for (int c = 0; c < k; c++) pt[c][i] = p[c][i] * (ztl[c][i] - pz);
            if (ce) {
                for (int c = 0; c < k; c++) gt[c][i] = scale * pt[c][i];
            } else {
                int yl = labels[i];
                double r = 0, rt = 0;
                for (int c = 0; c < k; c++) {
                    double gc = scale * (p[c][i] - (c == yl ? 1 : 0));
                    r += p[c][i] * gc;
                    rt += pt[c][i] * gc + p[c][i] * scale * pt[c][i];
                }
                for (int c = 0; c < k; c++) {
                    double gc = scale * (p[c][i] - (c == yl ? 1 : 0));
                    gt[c][i] = pt[c][i] * (gc - r) + p[c][i] * (scale * pt[c][i] - rt);
                }
            }
        }
    }

    private void backwardPrimal() {
        for (int l = layers - 1; l >= 0; l--) {
            int nin = n[l], out = n[l + 1], w0 = mlp.weightOffset(l), b0 = mlp.biasOffset(l);
            for (int q = 0; q < nin; q++) for (int j = 0; j < out; j++) gradient[w0 + q * out + j] = dot(a[l][q], dz[l][j]);
            for (int j = 0; j < out; j++) gradient[b0 + j] = sum(dz[l][j]);
            if (l == 0) break;
            int kk = l - 1;
            for (int q = 0; q < nin; q++) {
                double[] dq = da[l][q];
                java.util.Arrays.fill(dq, 0);
                for (int j = 0; j < out; j++) axpy(theta[w0 + q * out + j], dz[l][j], dq);
                double[] g1 = d1[kk][q], dY = mlp.normalizes(kk) ? dat[l][q] : dz[kk][q];
                for (int i = 0; i < size; i++) dY[i] = dq[i] * g1[i];
                if (mlp.normalizes(kk)) { // dat[l][q] holds ∂Y until the tangent pass reuses it
                    double gamma = theta[mlp.gammaOffset(kk) + q], sj = s[kk][q];
                    double[] h = zh[kk][q], dzk = dz[kk][q];
                    double gG = dot(dY, h), gB = sum(dY), m1 = gamma * gB / size, m2 = gamma * gG / size;
                    gradient[mlp.gammaOffset(kk) + q] = gG;
                    gradient[mlp.betaOffset(kk) + q] = gB;
                    for (int i = 0; i < size; i++) dzk[i] = sj * (gamma * dY[i] - m1 - h[i] * m2);
                    // keep ∂Y: ∂A ⊙ φ' is recomputed from da and d1 in the tangent pass
                }
            }
        }
    }

    private void backwardTangent(double[] v, double[] hv, int lowest) {
        for (int l = layers - 1; l >= lowest; l--) {
            int nin = n[l], out = n[l + 1], w0 = mlp.weightOffset(l), b0 = mlp.biasOffset(l);
            // ∂Ẇ[q][j] = a_qᵀ·Ż'_j + ȧ_qᵀ·∂Z_j (the second only for the ȧ_q that are not identically 0)
            int nonzero = 0;
            for (int q = 0; q < nin; q++) {
                allRows[q] = q;
                if (!atZero[l][q]) tangentRows[nonzero++] = q;
            }
            Gram.product(a[l], allRows, nin, dzt[l], out, hv, w0, out, false);
            if (nonzero > 0) Gram.product(at[l], tangentRows, nonzero, dz[l], out, hv, w0, out, true);
            for (int j = 0; j < out; j++) hv[b0 + j] = sum(dzt[l][j]);
            if (l == lowest) break;
            int kk = l - 1;
            boolean bn = mlp.normalizes(kk);
            for (int q = 0; q < nin; q++) {
                double[] dqt = dat[l][q];
                java.util.Arrays.fill(dqt, 0);
                int m = 0;
                for (int j = 0; j < out; j++) {
                    terms[m] = dzt[l][j];
                    coefs[m++] = theta[w0 + q * out + j];
                    double vq = v[w0 + q * out + j];
                    if (vq != 0) {
                        terms[m] = dz[l][j];
                        coefs[m++] = vq;
                    }
                }
                accumulate(dqt, terms, coefs, m);
                double[] dq = da[l][q], g1 = d1[kk][q], g2 = d2[kk][q], yyt = yt[kk][q];
                double[] dYt = bn ? dqt : dzt[kk][q];
                for (int i = 0; i < size; i++) dYt[i] = dqt[i] * g1[i] + dq[i] * g2[i] * yyt[i];
                if (bn) bnTangentBackward(kk, q, v, dq, g1, dYt, hv);
            }
        }
    }

    private void bnTangentBackward(int kk, int q, double[] v, double[] dq, double[] g1, double[] dYt, double[] hv) {
        double gamma = theta[mlp.gammaOffset(kk) + q], gammaDot = v[mlp.gammaOffset(kk) + q];
        double sj = s[kk][q], sd = sDot[kk][q];
        double[] h = zh[kk][q], ht = zht[kk][q], out = dzt[kk][q];
        double gG = 0, gB = 0, gGt = 0, m1t = 0, m2t = 0;
        for (int i = 0; i < size; i++) {
            double dy = dq[i] * g1[i];
            gG += dy * h[i];
            gB += dy;
            gGt += dYt[i] * h[i] + dy * ht[i];
            double dzh = gamma * dy, dzht = gamma * dYt[i] + gammaDot * dy;
            m1t += dzht;
            m2t += dzht * h[i] + dzh * ht[i];
        }
        double gBt = sum(dYt);
        double m1 = gamma * gB / size, m2 = gamma * gG / size;
        m1t /= size;
        m2t /= size;
        hv[mlp.gammaOffset(kk) + q] = gGt;
        hv[mlp.betaOffset(kk) + q] = gBt;
        for (int i = 0; i < size; i++) {
            double dy = dq[i] * g1[i], dzh = gamma * dy, dzht = gamma * dYt[i] + gammaDot * dy;
            out[i] = sd * (dzh - m1 - h[i] * m2) + sj * (dzht - m1t - ht[i] * m2 - h[i] * m2t);
        }
    }

    private static void axpy(double w, double[] x, double[] zz) {
        for (int i = 0; i < zz.length; i++) zz[i] += w * x[i];
    }

    /**
     * z += Σ_r c_r·x_r over the m terms, four per pass (z = fma(c₃, x₃, … fma(c₀, x₀, z))):
     * one load and store of z per four multiply-adds instead of one per axpy; C2 vectorizes it.
     */
    private static void accumulate(double[] z, double[][] xs, double[] cs, int m) {
        int len = z.length, r = 0;
        for (; r + 3 < m; r += 4) {
            double c0 = cs[r], c1 = cs[r + 1], c2 = cs[r + 2], c3 = cs[r + 3];
            double[] x0 = xs[r], x1 = xs[r + 1], x2 = xs[r + 2], x3 = xs[r + 3];
            for (int i = 0; i < len; i++) z[i] = Math.fma(c3, x3[i], Math.fma(c2, x2[i], Math.fma(c1, x1[i], Math.fma(c0, x0[i], z[i]))));
        }
        for (; r < m; r++) {
            double c = cs[r];
            double[] x = xs[r];
            for (int i = 0; i < len; i++) z[i] = Math.fma(c, x[i], z[i]);
        }
    }

    /** Σ x_i·y_i with four accumulators (instruction-level parallelism). */
    private static double dot(double[] x, double[] yy) {
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        int len = x.length, i = 0;
        for (; i + 3 < len; i += 4) {
            s0 += x[i] * yy[i];
            s1 += x[i + 1] * yy[i + 1];
            s2 += x[i + 2] * yy[i + 2];
            s3 += x[i + 3] * yy[i + 3];
        }
        for (; i < len; i++) s0 += x[i] * yy[i];
        return (s0 + s1) + (s2 + s3);
    }

    private static double sum(double[] x) {
        double s0 = 0, s1 = 0;
        int i = 0;
        for (; i + 1 < x.length; i += 2) {
            s0 += x[i];
            s1 += x[i + 1];
        }
        if (i < x.length) s0 += x[i];
        return s0 + s1;
    }
}
