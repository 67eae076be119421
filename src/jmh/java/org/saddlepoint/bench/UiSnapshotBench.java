package org.saddlepoint.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.saddlepoint.optim.OptimizerKind;
import org.saddlepoint.optim.OptimizerSpec;
import org.saddlepoint.optim.RunSpec;
import org.saddlepoint.optim.Schedule;
import org.saddlepoint.surface.Surface;
import org.saddlepoint.surface.SurfaceCatalog;
import org.saddlepoint.ui.model.OptimizerEntry;
import org.saddlepoint.ui.model.Snapshot;
import org.saddlepoint.ui.model.SnapshotRequest;
import org.saddlepoint.ui.model.TrajectoryComputer;

/**
 * What the app recomputes when a slider moves: 4 optimizers (SGD, SGD + momentum, RMSprop,
 * Adam) × 1,000 steps on a bundled surface, the same call the UI's worker makes. A frame at
 * 60 Hz is 16.7 ms.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class UiSnapshotBench {
    @Param({"himmelblau", "rosenbrock"})
    public String surfaceId;

    private SnapshotRequest request;

    @Setup public void setUp() {
        Surface surface = SurfaceCatalog.bundled().find(surfaceId).build();
        List<OptimizerSpec> specs = List.of(OptimizerSpec.defaults(OptimizerKind.SGD).withLr(0.001),
                OptimizerSpec.defaults(OptimizerKind.SGD).withLr(0.001).withMomentum(0.9),
                OptimizerSpec.defaults(OptimizerKind.RMSPROP).withLr(0.01),
                OptimizerSpec.defaults(OptimizerKind.ADAM).withLr(0.05));
        List<OptimizerEntry> entries = new ArrayList<>();
        List<RunSpec> runs = new ArrayList<>();
        for (OptimizerSpec s : specs) {
            entries.add(new OptimizerEntry(s, 1000, java.awt.Color.RED));
            runs.add(new RunSpec(-1.5, 2.0, s, Schedule.CONSTANT, null, 1000));
        }
        request = new SnapshotRequest(1, surface, entries, runs);
    }

    @Benchmark public Snapshot fourOptimizersThousandSteps() {
        return TrajectoryComputer.compute(request);
    }
}
