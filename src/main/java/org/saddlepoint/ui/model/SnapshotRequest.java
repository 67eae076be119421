package org.saddlepoint.ui.model;

import java.util.List;
import org.saddlepoint.optim.RunSpec;
import org.saddlepoint.surface.Surface;

/**
 * An immutable snapshot of what to compute: the surface and one run per racing optimizer.
 * {@code id} grows with every request; only the result of the newest one is applied.
 */
public record SnapshotRequest(long id, Surface surface, List<OptimizerEntry> entries, List<RunSpec> runs) {
    public SnapshotRequest {
        entries = List.copyOf(entries);
        runs = List.copyOf(runs);
        if (entries.size() != runs.size()) throw new IllegalArgumentException("one run per entry");
    }
}
