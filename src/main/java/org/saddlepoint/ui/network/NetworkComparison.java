package org.saddlepoint.ui.network;

import org.saddlepoint.nn.Sharpness;
import org.saddlepoint.optim.Trajectory;
import org.saddlepoint.surface.ScalarGrid;

/**
 * Two landscapes to show side by side ({@link ComparisonMode#MSE_VS_CE}: two runs;
 * {@link ComparisonMode#TRAIN_VS_TEST}: one run's train and test sides).
 */
public record NetworkComparison(ComparisonMode mode, Side left, Side right) {
    /**
     * One side: the run it comes from, its landscape, the training path with this landscape's
     * loss at each snapshot, its loss at θ* (final train loss, or test loss on the test side),
     * and its sharpness on this side's data set.
     */
    public record Side(String kind, NetworkResult run, ScalarGrid grid, Trajectory path, double loss, Sharpness sharpness) {
        /** The run's generalization gap at θ*: test loss − train loss. */
        public double gap() { return run.testLoss() - run.trainLoss(); }
    }

    /** The generalization gap at θ* of the train-vs-test run (test − train), NaN for two runs. */
    public double gap() { return mode == ComparisonMode.TRAIN_VS_TEST ? right.loss() - left.loss() : Double.NaN; }

    /**
     * One colour and height window for both grids, the union of their finite ranges:
     * [min(min_L, min_R), max(max_L, max_R)], so equal colours and heights mean equal losses and
     * no value saturates; null when a grid has no finite value or both are flat at one value.
     */
    public double[] sharedWindow() {
        double lo = Math.min(left.grid().finiteMin(), right.grid().finiteMin());
        double hi = Math.max(left.grid().finiteMax(), right.grid().finiteMax());
        boolean bothFinite = left.grid().finiteMin() <= left.grid().finiteMax() && right.grid().finiteMin() <= right.grid().finiteMax();
        return bothFinite && lo < hi ? new double[] {lo, hi} : null;
    }

    /** The side whose decision boundary and spectrum the tab shows: cross-entropy, or the one run. */
    public NetworkResult primary() { return right.run(); }
}
