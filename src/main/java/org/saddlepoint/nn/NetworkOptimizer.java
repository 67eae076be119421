package org.saddlepoint.nn;

import java.util.Arrays;

/**
 * The torch.optim update rules for an n-dimensional θ (networks), with the option names and
 * defaults of {@code optim.OptimizerSpec} (this layer cannot see {@code optim}; the analysis
 * layer converts one into the other). With g = ∇L(θ) (+ λθ where weight decay applies), step t:
 * <ul>
 *   <li>SGD: b ← g (t = 1) else μb + (1−τ)g; d = g + μb (Nesterov) or b (or g when μ = 0); θ ← θ − η·d.</li>
 *   <li>Adagrad: η_t = η/(1 + (t−1)·lrDecay); S ← S + g²; θ ← θ − η_t·g/(√S + ε).</li>
 *   <li>RMSprop: v ← αv + (1−α)g²; centered: ḡ ← αḡ + (1−α)g, d = √(v − ḡ²) + ε, else d = √v + ε;
 *       with momentum b ← μb + g/d, θ ← θ − η·b; else θ ← θ − η·g/d.</li>
 *   <li>Adam: m ← β₁m + (1−β₁)g; v ← β₂v + (1−β₂)g²; (AMSGrad: v̂max ← max(v̂max, v));
 *       θ ← θ − (η/(1−β₁ᵗ))·m/(√v/√(1−β₂ᵗ) + ε).</li>
 *   <li>AdamW: as Adam without λθ in g, but first θ ← θ·(1 − ηλ) (decoupled decay).</li>
 * </ul>
 */
public record NetworkOptimizer(Method method, double lr, double momentum, double dampening, boolean nesterov,
                               double alpha, boolean centered, double beta1, double beta2, double eps,
                               double weightDecay, boolean amsgrad, double lrDecay, double initialAccumulator) {
    /** The update rules available for networks. */
    public enum Method { SGD, ADAGRAD, RMSPROP, ADAM, ADAMW }

    /** torch defaults with learning rate {@code lr} (AdamW weight decay 0.01, others 0). */
    public static NetworkOptimizer defaults(Method method, double lr) {
        double eps = method == Method.ADAGRAD ? 1e-10 : 1e-8;
        return new NetworkOptimizer(method, lr, 0, 0, false, 0.99, false, 0.9, 0.999, eps,
                method == Method.ADAMW ? 0.01 : 0, false, 0, 0);
    }

    /** Fresh optimizer state (moment buffers at 0, t = 0) for a θ of length {@code n}. */
    public State newState(int n) { return new State(this, n); }

    /** Mutable per-run state: buffers and the step count. Not thread-safe. */
    public static final class State {
        private final NetworkOptimizer o;
        private final double[] m, v, vmax, gavg;
        private int t;

        State(NetworkOptimizer o, int n) {
            this.o = o;
            m = new double[n];
            v = new double[n];
            vmax = o.amsgrad ? new double[n] : null;
            gavg = o.centered ? new double[n] : null;
            if (o.method == Method.ADAGRAD) Arrays.fill(v, o.initialAccumulator);
        }

        /** Steps taken so far. */
        public int steps() { return t; }

        /** One update θ ← θ − … with gradient {@code grad} (not modified) and learning rate η = {@code lr}. */
        public void step(double[] theta, double[] grad, double lr) {
            t++;
            int n = theta.length;
            double wd = o.weightDecay;
            switch (o.method) {
                case SGD -> {
                    for (int i = 0; i < n; i++) {
                        double g = grad[i] + wd * theta[i];
                        if (o.momentum != 0) {
                            m[i] = t == 1 ? g : o.momentum * m[i] + (1 - o.dampening) * g;
                            g = o.nesterov ? g + o.momentum * m[i] : m[i];
                        }
                        theta[i] -= lr * g;
                    }
                }
                case ADAGRAD -> {
                    double clr = lr / (1 + (t - 1) * o.lrDecay);
                    for (int i = 0; i < n; i++) {
                        double g = grad[i] + wd * theta[i];
                        v[i] += g * g;
                        theta[i] -= clr * g / (Math.sqrt(v[i]) + o.eps);
                    }
                }
                case RMSPROP -> {
                    for (int i = 0; i < n; i++) {
                        double g = grad[i] + wd * theta[i];
                        v[i] = o.alpha * v[i] + (1 - o.alpha) * g * g;
                        double avg;
                        if (o.centered) {
                            gavg[i] = o.alpha * gavg[i] + (1 - o.alpha) * g;
                            avg = Math.sqrt(v[i] - gavg[i] * gavg[i]) + o.eps;
                        } else {
                            avg = Math.sqrt(v[i]) + o.eps;
                        }
                        if (o.momentum > 0) {
                            m[i] = o.momentum * m[i] + g / avg;
                            theta[i] -= lr * m[i];
                        } else {
                            theta[i] -= lr * g / avg;
                        }
                    }
                }
                case ADAM, ADAMW -> {
                    boolean decoupled = o.method == Method.ADAMW;
                    double bc1 = 1 - Math.pow(o.beta1, t), bc2 = 1 - Math.pow(o.beta2, t);
                    double stepSize = lr / bc1, sqrtBc2 = Math.sqrt(bc2);
                    for (int i = 0; i < n; i++) {
                        double g = grad[i];
                        if (decoupled) theta[i] *= 1 - lr * wd;
                        else g += wd * theta[i];
                        m[i] = o.beta1 * m[i] + (1 - o.beta1) * g;
                        v[i] = o.beta2 * v[i] + (1 - o.beta2) * g * g;
                        double vv = v[i];
                        if (o.amsgrad) {
                            vmax[i] = Math.max(vmax[i], v[i]);
                            vv = vmax[i];
                        }
                        theta[i] -= stepSize * m[i] / (Math.sqrt(vv) / sqrtBc2 + o.eps);
                    }
                }
                default -> throw new IllegalStateException();
            }
        }
    }
}
