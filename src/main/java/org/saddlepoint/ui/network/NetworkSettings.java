package org.saddlepoint.ui.network;

import java.util.List;
import java.util.Locale;
import org.saddlepoint.nn.Activation;
import org.saddlepoint.nn.Datasets;
import org.saddlepoint.nn.LossKind;
import org.saddlepoint.nn.Mlp;
import org.saddlepoint.optim.OptimizerKind;
import org.saddlepoint.optim.OptimizerSpec;

/**
 * What the Network mode trains and samples: data set, MLP shape, loss, optimizer (torch names,
 * e.g. {@code adam}) and lr, steps and batch size, seed, plane directions (filter | hessian | pca),
 * span and grid. {@link #check()} names the first bad field in one line.
 *
 * @param dataset    spirals, circles, xor, gaussians or moons
 * @param hidden     hidden widths, e.g. "8,8"
 * @param activation sigmoid, tanh, relu or leaky_relu
 * @param loss       ce or mse
 * @param batchNorm  batch normalization after each hidden linear layer
 * @param optimizer  sgd, adagrad, rmsprop, adam or adamw
 * @param lr         learning rate η
 * @param steps      optimizer steps
 * @param batchSize  minibatch size
 * @param seed       seed for data, initialization, shuffles and directions
 * @param directions filter, hessian or pca
 * @param span       a, b ∈ [−span, span]
 * @param grid       grid points per axis (fine grid)
 */
public record NetworkSettings(String dataset, String hidden, String activation, String loss, boolean batchNorm, String optimizer,
                              double lr, int steps, int batchSize, long seed, String directions, double span, int grid) {
    public static final List<String> DIRECTIONS = List.of("filter", "hessian", "pca");
    public static final List<String> OPTIMIZERS = List.of("sgd", "adagrad", "rmsprop", "adam", "adamw");
    public static final int TRAIN_SIZE = 200, TEST_SIZE = 200;
    public static final double NOISE = 0.12;

    /** moons, 8-8 tanh, CE, adam η = 0.01, 600 steps of 32, filter-normalized directions, span 1, 41×41. */
    public static NetworkSettings defaults() {
        return new NetworkSettings("moons", "8,8", "tanh", "ce", false, "adam", 0.01, 600, 32, 0, "filter", 1.0, 41);
    }

    public NetworkSettings withLoss(String l) {
        return new NetworkSettings(dataset, hidden, activation, l, batchNorm, optimizer, lr, steps, batchSize, seed, directions, span, grid);
    }

    /** The network this describes (2 inputs, one output per class). */
    public Mlp mlp(int classes) { return Mlp.of(widths(), classes, Activation.parse(activation), LossKind.parse(loss), batchNorm); }

    public OptimizerSpec optimizerSpec() { return OptimizerSpec.defaults(OptimizerKind.parse(optimizer)).withLr(lr); }

    /** Hidden widths parsed from {@link #hidden}. */
    public int[] widths() {
        String[] p = hidden.split(",");
        int[] w = new int[p.length];
        for (int i = 0; i < p.length; i++) {
            try {
                w[i] = Integer.parseInt(p[i].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("hidden widths: '" + p[i].trim() + "' is not a whole number");
            }
            if (w[i] < 1 || w[i] > 256) throw new IllegalArgumentException("hidden widths must be in [1, 256], got " + w[i]);
        }
        return w;
    }

    /** Throws IllegalArgumentException with a one-line message naming the first bad setting. */
    public NetworkSettings check() {
        if (!List.of(Datasets.NAMES).contains(dataset.toLowerCase(Locale.ROOT))) throw new IllegalArgumentException("data set: unknown '" + dataset + "'");
        widths();
        Activation.parse(activation);
        LossKind.parse(loss);
        if (!OPTIMIZERS.contains(optimizer)) throw new IllegalArgumentException("optimizer must be one of " + OPTIMIZERS + ", got '" + optimizer + "'");
        if (!(lr > 0) || !Double.isFinite(lr)) throw new IllegalArgumentException("lr must be a positive number, got " + lr);
        if (steps < 0 || steps > 100_000) throw new IllegalArgumentException("train steps must be in [0, 100000], got " + steps);
        if (batchSize < 1) throw new IllegalArgumentException("batch size must be ≥ 1, got " + batchSize);
        if (!DIRECTIONS.contains(directions)) throw new IllegalArgumentException("directions must be filter, hessian or pca, got '" + directions + "'");
        if (directions.equals("pca") && steps < 3) throw new IllegalArgumentException("PCA directions need at least 3 train steps");
        if (!(span > 0) || !Double.isFinite(span)) throw new IllegalArgumentException("span must be a positive number, got " + span);
        if (grid < 5 || grid > 301) throw new IllegalArgumentException("grid must be in [5, 301], got " + grid);
        return this;
    }
}
