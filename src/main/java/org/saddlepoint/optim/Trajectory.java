package org.saddlepoint.optim;

import java.util.Arrays;
import java.util.Optional;

/**
 * The immutable record of one optimizer run. Row 0 is the start; row k (1 ≤ k ≤ steps()) is the
 * state after optimizer step k. For each step k ≥ 1 it keeps the components the step explainer
 * shows: the exact gradient g at θ_{k−1}, the gradient actually used (noisy / minibatch), the
 * momentum buffer or first moment m after the step, the adaptive scale (second moment v, or the
 * denominator √v̂+ε as the optimizer defines it) after the step, the effective learning rate
 * η_k and the update Δθ = θ_k − θ_{k−1}. Row 0's components are 0. Components an optimizer
 * does not have are NaN (e.g. momentum for plain SGD).
 *
 * <p>Stored column-wise in flat arrays; nothing here is mutable after construction.
 */
public final class Trajectory {
    /** Column indices into the per-row data. */
    public static final int X = 0, Y = 1, LOSS = 2, GRAD_X = 3, GRAD_Y = 4, USED_GRAD_X = 5, USED_GRAD_Y = 6,
            MOMENTUM_X = 7, MOMENTUM_Y = 8, SCALE_X = 9, SCALE_Y = 10, LR = 11, UPDATE_X = 12, UPDATE_Y = 13;
    public static final int COLUMNS = 14;

    private final RunSpec spec;
    private final double[][] columns; // [COLUMNS][rows]
    private final int rows;
    private final String stopReason;  // null when all steps ran

    public Trajectory(RunSpec spec, double[][] columns, int rows, String stopReason) {
        if (columns.length != COLUMNS) throw new IllegalArgumentException("expected " + COLUMNS + " columns");
        this.spec = spec;
        this.rows = rows;
        this.columns = new double[COLUMNS][];
        for (int c = 0; c < COLUMNS; c++) this.columns[c] = columns[c].length == rows ? columns[c] : Arrays.copyOf(columns[c], rows);
        this.stopReason = stopReason;
    }

    public RunSpec spec() { return spec; }

    /** Number of rows = steps taken + 1. */
    public int size() { return rows; }

    /** Number of steps actually taken (fewer than asked if the run stopped early). */
    public int stepsTaken() { return rows - 1; }

    public double get(int column, int row) { return columns[column][row]; }

    public double x(int row) { return columns[X][row]; }

    public double y(int row) { return columns[Y][row]; }

    public double loss(int row) { return columns[LOSS][row]; }

    /** Why the run ended before its last step, e.g. "diverged at step 17"; empty if it completed. */
    public Optional<String> stopReason() { return Optional.ofNullable(stopReason); }

    public boolean diverged() { return stopReason != null && stopReason.startsWith("diverged"); }

    /** A copy of one column (for charts and export). */
    public double[] column(int column) { return columns[column].clone(); }

    public double finalLoss() { return columns[LOSS][rows - 1]; }
}
