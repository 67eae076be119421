package org.saddlepoint.ui.model;

import org.saddlepoint.optim.OptimizerSpec;
import org.saddlepoint.surface.LocalizedText;

/**
 * One optimizer a surface races by default: hyperparameters, schedule spec, Gaussian noise σ
 * or batch size (0 = none), seed, number of steps and the name its file gives it (may be null).
 */
public record RacerPreset(OptimizerSpec spec, String schedule, double noise, int batchSize, long seed, int steps, LocalizedText name) {
    /** Without a name: the optimizer's label is shown. */
    public RacerPreset(OptimizerSpec spec, String schedule, double noise, int batchSize, long seed, int steps) {
        this(spec, schedule, noise, batchSize, seed, steps, null);
    }

    public RacerPreset {
        if (schedule == null || schedule.isBlank()) schedule = "constant";
        if (steps < 1) throw new IllegalArgumentException("a preset needs at least one step");
    }

    public static RacerPreset of(OptimizerSpec spec, int steps) { return new RacerPreset(spec, "constant", 0, 0, 1, steps); }

    /** A new racing entry with this preset's settings. */
    public OptimizerEntry toEntry(java.awt.Color color) {
        OptimizerEntry e = new OptimizerEntry(spec, steps, color);
        e.scheduleProperty().set(schedule);
        e.noiseSigmaProperty().set(noise);
        e.batchSizeProperty().set(batchSize);
        e.seedProperty().set((int) seed);
        e.nameProperty().set(name);
        return e;
    }
}
