package org.saddlepoint.nn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import java.util.function.IntToDoubleFunction;

/**
 * Trains an {@link Mlp} with real minibatches: every epoch a fresh seeded permutation of the
 * training set is cut into batches of {@code batchSize} (the last one may be smaller, as a
 * torch DataLoader without drop_last), and each batch gives one exact backprop gradient and one
 * {@link NetworkOptimizer} step with η_k = {@code lr.applyAsDouble(k)} for step k = 0, 1, …
 * (a schedule's {@code lr(k, base)}, adapted by the caller). A non-finite loss or θ stops the
 * run with "diverged at step k". Snapshots of θ are kept every {@code snapshotEvery} steps.
 *
 * @param mlp           the network
 * @param optimizer     the update rule and its hyperparameters
 * @param lr            learning rate for step k (0-based)
 * @param batchSize     examples per minibatch (≥ 1; ≥ 2 with batch normalization)
 * @param steps         optimizer steps to take
 * @param snapshotEvery keep θ every this many steps (and always the last)
 * @param seed          seed of the per-epoch shuffles
 */
public record NetworkTrainer(Mlp mlp, NetworkOptimizer optimizer, IntToDoubleFunction lr, int batchSize, int steps,
                             int snapshotEvery, long seed) {
    public NetworkTrainer {
        if (batchSize < 1) throw new IllegalArgumentException("batch size must be ≥ 1, got " + batchSize);
        if (mlp.batchNorm() && batchSize < 2) throw new IllegalArgumentException("batch normalization needs a batch size ≥ 2");
        if (steps < 0) throw new IllegalArgumentException("steps must be ≥ 0, got " + steps);
        if (snapshotEvery < 1) throw new IllegalArgumentException("snapshotEvery must be ≥ 1");
    }

    /** A constant learning rate η. */
    public static IntToDoubleFunction constant(double lr) { return k -> lr; }

    public TrainingRun train(double[] theta0, Dataset train) {
        return train(theta0, train, p -> { }, () -> false);
    }

    /** Trains from θ₀ (not modified); progress in [0, 1]; throws CancellationException when cancelled. */
    public TrainingRun train(double[] theta0, Dataset train, DoubleConsumer progress, BooleanSupplier cancelled) {
        int n = train.size();
        if (mlp.batchNorm() && n % batchSize == 1) {
            throw new IllegalArgumentException("batch normalization: " + n + " examples in batches of " + batchSize + " leave a batch of 1");
        }
        double[] theta = theta0.clone(), g = new double[theta.length];
        MlpEvaluator ev = new MlpEvaluator(mlp);
        NetworkOptimizer.State state = optimizer.newState(theta.length);
        Random rnd = new Random(seed);
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) perm[i] = i;
        List<double[]> snaps = new ArrayList<>();
        List<Integer> snapSteps = new ArrayList<>();
        snaps.add(theta.clone());
        snapSteps.add(0);
        double[] losses = new double[steps];
        String stop = null;
        int pos = n, k = 0;
        for (; k < steps; k++) {
            if (cancelled.getAsBoolean()) throw new CancellationException("training cancelled");
            if (pos >= n) {
                shuffle(perm, rnd);
                pos = 0;
            }
            int to = Math.min(n, pos + batchSize);
            double loss = ev.gradient(theta, train, perm, pos, to, g);
            pos = to;
            losses[k] = loss;
            if (!Double.isFinite(loss)) {
                stop = "diverged at step " + (k + 1);
                break;
            }
            state.step(theta, g, lr.applyAsDouble(k));
            if (!allFinite(theta)) {
                stop = "diverged at step " + (k + 1);
                k++;
                break;
            }
            if ((k + 1) % snapshotEvery == 0 || k + 1 == steps) {
                snaps.add(theta.clone());
                snapSteps.add(k + 1);
            }
            if ((k & 15) == 15 || k + 1 == steps) progress.accept((k + 1) / (double) steps);
        }
        int taken = stop == null ? steps : k;
        return new TrainingRun(theta0.clone(), theta, List.copyOf(snaps), snapSteps.stream().mapToInt(Integer::intValue).toArray(),
                Arrays.copyOf(losses, taken), stop);
    }

    private static void shuffle(int[] a, Random rnd) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    private static boolean allFinite(double[] a) {
        for (double v : a) if (!Double.isFinite(v)) return false;
        return true;
    }
}
