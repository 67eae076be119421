package org.saddlepoint.ui.model;

import java.util.List;
import java.util.Optional;
import org.saddlepoint.optim.Trajectory;
import org.saddlepoint.surface.Surface;

/**
 * The computed result of a {@link SnapshotRequest}: one trajectory per entry (in the same
 * order), how long it took, the first error if a run could not be made, and the surface the
 * runs were made on (null for none).
 */
public record Snapshot(long id, List<OptimizerEntry> entries, List<Trajectory> trajectories, long computeNanos, String error, Surface surface) {
    public static final Snapshot EMPTY = new Snapshot(0, List.of(), List.of(), 0, null, null);

    public Snapshot {
        entries = List.copyOf(entries);
        trajectories = List.copyOf(trajectories);
    }

    /** The trajectory of {@code entry}, if it is part of this snapshot. */
    public Optional<Trajectory> trajectoryOf(OptimizerEntry entry) {
        int i = entries.indexOf(entry);
        return i < 0 ? Optional.empty() : Optional.of(trajectories.get(i));
    }

    /** The largest number of steps any trajectory took (the playback range). */
    public int maxSteps() {
        int m = 0;
        for (Trajectory t : trajectories) m = Math.max(m, t.stepsTaken());
        return m;
    }
}
