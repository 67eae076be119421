package org.saddlepoint.nn;

/** A deliberately naive per-example reference forward pass (independent of MlpEvaluator). */
final class NaiveMlp {
    private NaiveMlp() { }

    static double loss(Mlp m, double[] t, Dataset d) {
        int nEx = d.size(), L = m.layers();
        double[][] act = new double[nEx][];
        for (int i = 0; i < nEx; i++) act[i] = new double[] {d.x0(i), d.x1(i)};
        for (int l = 0; l < L; l++) {
            int in = m.width(l), out = m.width(l + 1);
            double[][] zz = new double[nEx][out];
            for (int i = 0; i < nEx; i++) {
                for (int j = 0; j < out; j++) {
                    double s = t[m.biasOffset(l) + j];
                    for (int k = 0; k < in; k++) s += act[i][k] * t[m.weightOffset(l) + k * out + j];
                    zz[i][j] = s;
                }
            }
            if (l < L - 1) {
                if (m.normalizes(l)) {
                    for (int j = 0; j < out; j++) {
                        double mean = 0, var = 0;
                        for (int i = 0; i < nEx; i++) mean += zz[i][j] / nEx;
                        for (int i = 0; i < nEx; i++) var += (zz[i][j] - mean) * (zz[i][j] - mean) / nEx;
                        for (int i = 0; i < nEx; i++) {
                            zz[i][j] = t[m.gammaOffset(l) + j] * (zz[i][j] - mean) / Math.sqrt(var + 1e-5) + t[m.betaOffset(l) + j];
                        }
                    }
                }
                for (int i = 0; i < nEx; i++) for (int j = 0; j < out; j++) zz[i][j] = phi(m.activation(), zz[i][j]);
            }
            act = zz;
        }
        int k = m.classes();
        double total = 0;
        for (int i = 0; i < nEx; i++) {
            double sum = 0;
            for (int c = 0; c < k; c++) sum += Math.exp(act[i][c]);
            for (int c = 0; c < k; c++) {
                double p = Math.exp(act[i][c]) / sum;
                if (m.loss() == LossKind.CROSS_ENTROPY) {
                    if (c == d.label(i)) total -= Math.log(p);
                } else {
                    double e = p - (c == d.label(i) ? 1 : 0);
                    total += e * e / k;
                }
            }
        }
        return total / nEx;
    }

    static double phi(Activation a, double y) {
        return switch (a) {
            case SIGMOID -> 1 / (1 + Math.exp(-y));
            case TANH -> Math.tanh(y);
            case RELU -> Math.max(0, y);
            case LEAKY_RELU -> y > 0 ? y : 0.01 * y;
        };
    }
}
