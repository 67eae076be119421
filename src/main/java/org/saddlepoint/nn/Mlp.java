package org.saddlepoint.nn;

import java.util.Arrays;
import java.util.Random;

/**
 * The architecture of a multilayer perceptron on 2D inputs and its flat parameter layout. All
 * parameters live in ONE {@code double[] θ} so optimizers, Hessians and landscapes see a vector.
 *
 * <p>Layer l (0 ≤ l &lt; L) maps width n_l to n_{l+1} by z = a·W + b with W stored row-major
 * as an n_l × n_{l+1} block at {@link #weightOffset(int)} (W[k][j] = weight from input k to
 * neuron j, so neuron j's incoming weights — its "filter" — are column j), then b (n_{l+1}).
 * Hidden layers with batch normalization then hold γ and β (n_{l+1} each):
 * ŷ = (z − μ_B)/√(σ²_B + ε), y = γ⊙ŷ + β, and a = φ(y). The last layer's z are the logits.
 *
 * <p>Immutable; the math is in {@link MlpEvaluator}.
 *
 * @param widths     n_0 = 2, hidden widths, n_L = classes
 * @param activation φ of the hidden layers
 * @param loss       the loss on the logits
 * @param batchNorm  whether hidden layers normalize with the batch's statistics (train mode)
 */
public record Mlp(int[] widths, Activation activation, LossKind loss, boolean batchNorm) {
    /** ε of batch normalization (torch's default). */
    public static final double BN_EPS = 1e-5;

    public Mlp {
        if (widths.length < 2) throw new IllegalArgumentException("an MLP needs at least an input and an output width");
        for (int w : widths) if (w < 1) throw new IllegalArgumentException("layer widths must be ≥ 1, got " + Arrays.toString(widths));
        if (widths[widths.length - 1] < 2) throw new IllegalArgumentException("need at least 2 output classes");
        widths = widths.clone();
    }

    /** 2 → hidden… → classes. */
    public static Mlp of(int[] hidden, int classes, Activation activation, LossKind loss, boolean batchNorm) {
        int[] w = new int[hidden.length + 2];
        w[0] = 2;
        System.arraycopy(hidden, 0, w, 1, hidden.length);
        w[w.length - 1] = classes;
        return new Mlp(w, activation, loss, batchNorm);
    }

    @Override public int[] widths() { return widths.clone(); }

    public int layers() { return widths.length - 1; }

    public int width(int i) { return widths[i]; }

    public int classes() { return widths[widths.length - 1]; }

    /** Whether layer l normalizes (hidden layers only). */
    public boolean normalizes(int l) { return batchNorm && l < layers() - 1; }

    public int weightOffset(int l) {
        int off = 0;
        for (int i = 0; i < l; i++) off += blockSize(i);
        return off;
    }

    public int biasOffset(int l) { return weightOffset(l) + widths[l] * widths[l + 1]; }

    /** Offset of γ of layer l (only when {@link #normalizes(int)}); β follows at + n_{l+1}. */
    public int gammaOffset(int l) { return biasOffset(l) + widths[l + 1]; }

    public int betaOffset(int l) { return gammaOffset(l) + widths[l + 1]; }

    private int blockSize(int l) {
        int n = widths[l] * widths[l + 1] + widths[l + 1];
        return normalizes(l) ? n + 2 * widths[l + 1] : n;
    }

    /** Length of θ. */
    public int parameterCount() { return weightOffset(layers()); }

    /**
     * torch.nn.Linear's default initialization: W and b uniform in [−1/√n_in, 1/√n_in]; γ = 1,
     * β = 0. Multiply θ by a factor to get a saturated start.
     */
    public double[] initialize(Random rnd) {
        double[] theta = new double[parameterCount()];
        for (int l = 0; l < layers(); l++) {
            double bound = 1 / Math.sqrt(widths[l]);
            int w0 = weightOffset(l), end = biasOffset(l) + widths[l + 1];
            for (int i = w0; i < end; i++) theta[i] = (2 * rnd.nextDouble() - 1) * bound;
            if (normalizes(l)) Arrays.fill(theta, gammaOffset(l), gammaOffset(l) + widths[l + 1], 1.0);
        }
        return theta;
    }

    /** "2-16-16-2 relu ce bn" style label. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < widths.length; i++) sb.append(i == 0 ? "" : "-").append(widths[i]);
        sb.append(' ').append(activation.cliName()).append(' ').append(loss.cliName());
        if (batchNorm) sb.append(" bn");
        return sb.toString();
    }

    @Override public boolean equals(Object o) {
        return o instanceof Mlp m && Arrays.equals(widths, m.widths) && activation == m.activation && loss == m.loss && batchNorm == m.batchNorm;
    }

    @Override public int hashCode() { return Arrays.hashCode(widths) * 31 + activation.hashCode() * 7 + loss.hashCode() + (batchNorm ? 1 : 0); }

    @Override public String toString() { return "Mlp[" + describe() + "]"; }
}
