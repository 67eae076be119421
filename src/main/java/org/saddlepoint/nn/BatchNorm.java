package org.saddlepoint.nn;

import org.ejml.data.DMatrixRMaj;

/**
 * Batch normalization of one hidden layer, forward and backward, with tangents for exact
 * Hessian-vector products (forward-over-reverse). Per column j over the B rows of a batch:
 * μ = mean(z), σ² = mean((z−μ)²) (biased, as torch in train mode), s = 1/√(σ²+ε),
 * ẑ = (z−μ)·s, y = γẑ + β. Tangents: μ̇ = mean(ż), (σ²)˙ = mean(2(z−μ)(ż−μ̇)), ṡ = −½s³(σ²)˙,
 * ẑ˙ = (ż−μ̇)s + (z−μ)ṡ, ẏ = γ̇ẑ + γẑ˙ + β̇. Backward: ∂γ = Σ∂y·ẑ, ∂β = Σ∂y, ∂ẑ = γ∂y,
 * ∂z = s(∂ẑ − mean(∂ẑ) − ẑ·mean(∂ẑ·ẑ)), differentiated once more for the tangents.
 */
final class BatchNorm {
    private BatchNorm() { }

    static void forward(DMatrixRMaj z, DMatrixRMaj zt, DMatrixRMaj zh, DMatrixRMaj zht, DMatrixRMaj y, DMatrixRMaj yt,
                        double[] theta, double[] v, int gammaOff, int betaOff, double[] mu, double[] s, double[] sDot,
                        double[] fixedMean, double[] fixedVar) {
        int b = z.numRows, m = z.numCols;
        double[] zz = z.data, zzt = zt.data, h = zh.data, ht = zht.data, yy = y.data, yyt = yt.data;
        boolean tan = v != null;
        if (tan && fixedMean != null) throw new IllegalStateException("tangents need batch statistics");
        for (int j = 0; j < m; j++) {
            double mean, var;
            if (fixedMean != null) {
                mean = fixedMean[j];
                var = fixedVar[j];
            } else {
                mean = 0;
                for (int i = 0; i < b; i++) mean += zz[i * m + j];
                mean /= b;
                var = 0;
                for (int i = 0; i < b; i++) {
                    double c = zz[i * m + j] - mean;
                    var += c * c;
                }
                var /= b;
            }
            double sj = 1 / Math.sqrt(var + Mlp.BN_EPS);
            mu[j] = mean;
            s[j] = sj;
            double gamma = theta[gammaOff + j], beta = theta[betaOff + j];
            for (int i = 0; i < b; i++) {
                int o = i * m + j;
                h[o] = (zz[o] - mean) * sj;
                yy[o] = gamma * h[o] + beta;
            }
            if (!tan) continue;
            double muDot = 0;
            for (int i = 0; i < b; i++) muDot += zzt[i * m + j];
            muDot /= b;
            double varDot = 0;
            for (int i = 0; i < b; i++) varDot += 2 * (zz[i * m + j] - mean) * (zzt[i * m + j] - muDot);
            varDot /= b;
            double sd = -0.5 * sj * sj * sj * varDot;
            sDot[j] = sd;
            double gammaDot = v[gammaOff + j], betaDot = v[betaOff + j];
            for (int i = 0; i < b; i++) {
                int o = i * m + j;
                ht[o] = (zzt[o] - muDot) * sj + (zz[o] - mean) * sd;
                yyt[o] = gammaDot * h[o] + gamma * ht[o] + betaDot;
            }
        }
    }

    /**
     * From ∂y (and its tangent) to ∂z (and its tangent); writes ∂γ, ∂β into g and their
     * tangents into hv (either may be null).
     */
    static void backward(double[] dy, double[] dyt, double[] h, double[] ht, double[] theta, double[] v, int gammaOffTheta,
                         double[] s, double[] sDot, int b, int m, double[] dz, double[] dzt, double[] g, double[] hv,
                         int gammaOff, int betaOff) {
        boolean tan = v != null;
        for (int j = 0; j < m; j++) {
            double gamma = theta[gammaOffTheta + j], sj = s[j];
            double gG = 0, gB = 0;
            for (int i = 0; i < b; i++) {
                int o = i * m + j;
                gG += dy[o] * h[o];
                gB += dy[o];
            }
            double m1 = gamma * gB / b, m2 = gamma * gG / b;
            if (g != null) {
                g[gammaOff + j] = gG;
                g[betaOff + j] = gB;
            }
            if (tan) {
                double gammaDot = v[gammaOffTheta + j], sd = sDot[j];
                double gGt = 0, gBt = 0, m1t = 0, m2t = 0;
                for (int i = 0; i < b; i++) {
                    int o = i * m + j;
                    gGt += dyt[o] * h[o] + dy[o] * ht[o];
                    gBt += dyt[o];
                    double dzh = gamma * dy[o], dzht = gamma * dyt[o] + gammaDot * dy[o];
                    m1t += dzht;
                    m2t += dzht * h[o] + dzh * ht[o];
                }
                m1t /= b;
                m2t /= b;
                hv[gammaOff + j] = gGt;
                hv[betaOff + j] = gBt;
                for (int i = 0; i < b; i++) {
                    int o = i * m + j;
                    double dzh = gamma * dy[o], dzht = gamma * dyt[o] + gammaDot * dy[o];
                    dzt[o] = sd * (dzh - m1 - h[o] * m2) + sj * (dzht - m1t - ht[o] * m2 - h[o] * m2t);
                }
            }
            for (int i = 0; i < b; i++) {
                int o = i * m + j;
                dz[o] = sj * (gamma * dy[o] - m1 - h[o] * m2);
            }
        }
    }
}
