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
 * <h2>What the columns hold, per optimizer</h2>
 * <ul>
 * <li>{@code GRAD}: the exact gradient ∇f(θ_{k−1}) (full batch on a data surface).</li>
 * <li>{@code USED_GRAD}: the gradient the optimizer was given: ∇f + σ·N(0,1) with Gaussian
 *     noise, the minibatch mean gradient, or the exact one; before weight decay is added.</li>
 * <li>{@code MOMENTUM}: SGD the momentum buffer b (NaN if μ = 0); RMSprop the momentum buffer b
 *     (NaN if μ = 0); Adam/AdamW the first moment m (not bias-corrected); Adagrad, Newton: NaN.</li>
 * <li>{@code SCALE}: Adagrad and RMSprop the denominator (√s+ε, √v+ε or √(v−ḡ²)+ε); Adam/AdamW
 *     the denominator d = √v/√(1−β₂ᵗ)+ε (with v̂ = max v for AMSGrad); Newton the eigenvalues
 *     (λ₁, λ₂) of H, λ₁ ≥ λ₂ (not per axis); saddle-free Newton the damped (|λ₁|, |λ₂|); SGD: NaN.</li>
 * <li>{@code LR}: the learning rate the update multiplies: η_k from the schedule for SGD, RMSprop
 *     and Newton; η_k/(1+(k−1)·lr_decay) for Adagrad; the step size η_k/(1−β₁ᵏ) for Adam/AdamW
 *     (so Adam's Δθ = −LR·m/d).</li>
 * <li>{@code UPDATE}: Δθ = θ_k − θ_{k−1}; {@code LOSS}: f(θ_k) (the full loss on a data surface).</li>
 * </ul>
 * A step may carry a {@linkplain #note(int) note}, e.g. when Newton fell back to a gradient step.
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
    private final String[] notes;     // null when no step has a note

    public Trajectory(RunSpec spec, double[][] columns, int rows, String stopReason) {
        this(spec, columns, rows, stopReason, null);
    }

    /** As {@link #Trajectory(RunSpec, double[][], int, String)}, with per-row notes (null entries = none; may be null). */
    public Trajectory(RunSpec spec, double[][] columns, int rows, String stopReason, String[] notes) {
        if (columns.length != COLUMNS) throw new IllegalArgumentException("expected " + COLUMNS + " columns");
        this.spec = spec;
        this.rows = rows;
        this.columns = new double[COLUMNS][];
        for (int c = 0; c < COLUMNS; c++) this.columns[c] = columns[c].length == rows ? columns[c] : Arrays.copyOf(columns[c], rows);
        this.stopReason = stopReason;
        String[] kept = null;
        if (notes != null) {
            for (int r = 0; r < Math.min(rows, notes.length); r++) {
                if (notes[r] != null) {
                    kept = Arrays.copyOf(notes, rows);
                    break;
                }
            }
        }
        this.notes = kept;
    }

    /** The note of step {@code row} (why it deviated from its rule), if any. */
    public Optional<String> note(int row) {
        return notes == null ? Optional.empty() : Optional.ofNullable(notes[row]);
    }

    /** Number of rows with a note. */
    public int noteCount() {
        if (notes == null) return 0;
        int n = 0;
        for (String s : notes) if (s != null) n++;
        return n;
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
