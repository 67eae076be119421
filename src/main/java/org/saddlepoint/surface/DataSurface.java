package org.saddlepoint.surface;

/**
 * The training loss of a one-neuron model with two weights over a dataset:
 * <pre>
 *   L(θ₁, θ₂) = (1/N) Σᵢ ℓ(zᵢ, tᵢ),   zᵢ = θ₁·uᵢ + θ₂·vᵢ
 * </pre>
 * with ℓ the per-example loss of the activation a(z) ({@link Activation}) and
 * {@link LossFunction}: MSE ℓ = (a(z) − t)² or cross-entropy ℓ = softplus(z) − t·z (sigmoid).
 * Exact derivatives by the chain rule through z, with xᵢ = [uᵢ, vᵢ]:
 * <pre>
 *   ∇L = (1/N) Σ ℓ'(zᵢ)·xᵢ,     H = (1/N) Σ ℓ''(zᵢ)·xᵢᵀxᵢ
 *   MSE:  ℓ' = 2(a − t)·a',     ℓ'' = 2(a'² + (a − t)·a'')
 *   CE:   ℓ' = σ(z) − t,        ℓ'' = σ(z)(1 − σ(z))
 * </pre>
 * Evaluation allocates nothing. Thread-safe; evaluators are per thread.
 */
public final class DataSurface implements Surface {
    private final Dataset data;
    private final Activation activation;
    private final LossFunction loss;
    private final double[] u, v, t;

    public DataSurface(Dataset data, Activation activation, LossFunction loss) {
        if (loss == LossFunction.CROSS_ENTROPY && activation != Activation.SIGMOID) {
            throw new IllegalArgumentException("cross_entropy needs the sigmoid activation, got " + activation.fileName());
        }
        this.data = data;
        this.activation = activation;
        this.loss = loss;
        this.u = data.u;
        this.v = data.v;
        this.t = data.t;
    }

    public Dataset dataset() { return data; }

    public Activation activation() { return activation; }

    public LossFunction loss() { return loss; }

    @Override public int exampleCount() { return u.length; }

    @Override public String describe() {
        String a = switch (activation) {
            case IDENTITY -> "z";
            case SIGMOID -> "σ(z)";
            case TANH -> "tanh(z)";
            case RELU -> "relu(z)";
        };
        String l = loss == LossFunction.MSE ? "(" + a + " − t)²" : "softplus(z) − t·z";
        return "mean over " + u.length + " examples of " + l + ", z = θ₁·u + θ₂·v";
    }

    @Override public PointFunction newEvaluator() { return new Evaluator(); }

    /** A sigmoid unit's rows without an exponential per point and example ({@link SigmoidUnitRows}); others point by point. */
    @Override public RowEvaluator newRowEvaluator() {
        if (activation == Activation.SIGMOID) return new SigmoidUnitRows(u, v, t, loss == LossFunction.CROSS_ENTROPY, new Evaluator());
        return Surface.super.newRowEvaluator();
    }

    /** Per-example ℓ, ℓ', ℓ'' written into fields: no allocation. */
    private final class Evaluator implements PointFunction {
        private double l, d1, d2;

        /** Sets l = ℓ(z, t) and, for order ≥ 1, d1 = ℓ'; for order 2, d2 = ℓ''. */
        private void example(double z, double tt, int order) {
            if (loss == LossFunction.CROSS_ENTROPY) {
                l = Activation.softplus(z) - tt * z;
                if (order >= 1) d1 = sigmoidMinus(z, tt);
                if (order >= 2) d2 = Activation.sigmoid(z) * Activation.sigmoidComplement(z);
                return;
            }
            double r, a1, a2;
            switch (activation) {
                case IDENTITY -> { r = z - tt; a1 = 1; a2 = 0; }
                case SIGMOID -> {
                    r = sigmoidMinus(z, tt);
                    a1 = Activation.sigmoid(z) * Activation.sigmoidComplement(z);
                    a2 = a1 * (Activation.sigmoidComplement(z) - Activation.sigmoid(z));
                }
                case TANH -> {
                    double a = Math.tanh(z), c = Math.cosh(z);
                    r = a - tt;
                    a1 = 1.0 / (c * c);
                    a2 = -2.0 * a * a1;
                }
                default -> { // RELU
                    r = (z > 0 ? z : 0.0) - tt;
                    a1 = z > 0 ? 1.0 : 0.0;
                    a2 = 0;
                }
            }
            l = r * r;
            d1 = 2 * r * a1;
            d2 = 2 * (a1 * a1 + r * a2);
        }

        /** σ(z) − t, accurate when σ(z) is near 1 and t is near 1. */
        private static double sigmoidMinus(double z, double tt) {
            return tt >= 0.5 ? (1 - tt) - Activation.sigmoidComplement(z) : Activation.sigmoid(z) - tt;
        }

        /**
         * L = (1/N) Σ ℓ(zᵢ, tᵢ) with one loop per loss and activation, computing ℓ alone (the same
         * expressions as {@link #example}, so the same bits): MSE through a sigmoid then costs one
         * exponential per example instead of five, which sampling a grid does for every point.
         */
        @Override public double value(double x, double y) {
            double s = 0;
            int n = u.length;
            if (loss == LossFunction.CROSS_ENTROPY) {
                for (int i = 0; i < n; i++) {
                    double z = x * u[i] + y * v[i];
                    s += Activation.softplus(z) - t[i] * z;
                }
                return s / n;
            }
            switch (activation) {
                case IDENTITY -> {
                    for (int i = 0; i < n; i++) {
                        double r = x * u[i] + y * v[i] - t[i];
                        s += r * r;
                    }
                }
                case SIGMOID -> {
                    for (int i = 0; i < n; i++) {
                        double r = sigmoidMinus(x * u[i] + y * v[i], t[i]);
                        s += r * r;
                    }
                }
                case TANH -> {
                    for (int i = 0; i < n; i++) {
                        double r = Math.tanh(x * u[i] + y * v[i]) - t[i];
                        s += r * r;
                    }
                }
                default -> { // RELU
                    for (int i = 0; i < n; i++) {
                        double z = x * u[i] + y * v[i];
                        double r = (z > 0 ? z : 0.0) - t[i];
                        s += r * r;
                    }
                }
            }
            return s / n;
        }

        @Override public double gradient(double x, double y, double[] g) {
            double s = 0, gx = 0, gy = 0;
            for (int i = 0; i < u.length; i++) {
                example(x * u[i] + y * v[i], t[i], 1);
                s += l;
                gx += d1 * u[i];
                gy += d1 * v[i];
            }
            int n = u.length;
            g[0] = gx / n;
            g[1] = gy / n;
            return s / n;
        }

        @Override public void hessian(double x, double y, double[] h) {
            double hxx = 0, hxy = 0, hyy = 0;
            for (int i = 0; i < u.length; i++) {
                example(x * u[i] + y * v[i], t[i], 2);
                hxx += d2 * u[i] * u[i];
                hxy += d2 * u[i] * v[i];
                hyy += d2 * v[i] * v[i];
            }
            int n = u.length;
            h[0] = hxx / n;
            h[1] = hxy / n;
            h[2] = hyy / n;
        }

        @Override public double batchGradient(double x, double y, int[] indices, int from, int to, double[] g) {
            if (from < 0 || to > indices.length || from >= to) {
                throw new IllegalArgumentException("batch [" + from + ", " + to + ") is empty or outside the index array");
            }
            double s = 0, gx = 0, gy = 0;
            for (int k = from; k < to; k++) {
                int i = indices[k];
                example(x * u[i] + y * v[i], t[i], 1);
                s += l;
                gx += d1 * u[i];
                gy += d1 * v[i];
            }
            int n = to - from;
            g[0] = gx / n;
            g[1] = gy / n;
            return s / n;
        }
    }
}
