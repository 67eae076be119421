package org.saddlepoint.nn;

/**
 * Batch-normalization statistics of every hidden layer: {@code mean[l][j]} and biased
 * {@code variance[l][j]} of z over a set of examples (null rows for layers that do not
 * normalize). Used to evaluate a BN network on other points (test set, decision-boundary grid)
 * with the training set's exact statistics, as eval mode does with running averages.
 */
public record NormStats(double[][] mean, double[][] variance) { }
