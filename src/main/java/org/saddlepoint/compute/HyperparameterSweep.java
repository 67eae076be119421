package org.saddlepoint.compute;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import java.util.stream.IntStream;
import org.saddlepoint.optim.OptimizerSpec;
import org.saddlepoint.optim.RunSpec;
import org.saddlepoint.optim.Trajectory;
import org.saddlepoint.optim.TrajectoryRunner;
import org.saddlepoint.surface.Surface;

/**
 * A two-hyperparameter sweep: one full run ({@link TrajectoryRunner}) per cell of an N×N grid
 * over axes A (columns) and B (rows), value index iy·N+ix. The cell's value is
 * <ul>
 * <li>{@link Metric#FINAL_LOSS}: the loss after the last step;</li>
 * <li>{@link Metric#STEPS_TO_TOLERANCE}: the first step k with loss ≤ tolerance (0 = the start),
 *     NaN when never reached within the run.</li>
 * </ul>
 * A run that <b>diverges</b> — a non-finite value, or a final loss above
 * L₀ + {@value #DIVERGENCE_FACTOR}·(|L₀| + 1) with L₀ the start loss — has the distinct value
 * +∞. Besides the dense grid it evaluates the points that a grid search (⌊√budget⌋² lattice,
 * endpoints included) and a seeded random search (budget points, log-uniform on log axes) of the
 * same budget would try, and the best (lowest finite value) of each. All points run as one
 * {@link OptimizerBatch} sweep (CPU or OpenCL).
 */
public final class HyperparameterSweep {
    public static final double DIVERGENCE_FACTOR = 1e6;
    /** Why a sweep with gradient noise or a batch-size axis runs on the CPU (one run per point). */
    static final String NOISY = "noisy gradients (gradient noise or a batch-size axis)";

    public enum Metric { FINAL_LOSS, STEPS_TO_TOLERANCE }

    public record Spec(RunSpec base, SweepAxis a, SweepAxis b, int grid, Metric metric, double tolerance, int budget, long seed) {
        public Spec {
            Objects.requireNonNull(base);
            Objects.requireNonNull(a);
            Objects.requireNonNull(b);
            Objects.requireNonNull(metric);
            if (a.parameter() == b.parameter()) throw new IllegalArgumentException("the two axes must vary different hyperparameters");
            if (grid < 1 || grid > 1024) throw new IllegalArgumentException("grid must be in [1, 1024], got " + grid);
            if (budget < 1) throw new IllegalArgumentException("search budget must be ≥ 1, got " + budget);
        }
    }

    /** A point a search tried: the two hyperparameter values and the metric there. */
    public record Trial(double a, double b, double value) { }

    public record Result(Spec spec, double[] values, List<Trial> gridSearch, List<Trial> randomSearch) {
        public double value(int ia, int ib) { return values[ib * spec.grid() + ia]; }

        public Optional<Trial> bestGrid() { return best(gridSearch); }

        public Optional<Trial> bestRandom() { return best(randomSearch); }

        private static Optional<Trial> best(List<Trial> trials) {
            Trial best = null;
            for (Trial t : trials) if (Double.isFinite(t.value()) && (best == null || t.value() < best.value())) best = t;
            return Optional.ofNullable(best);
        }
    }

    private HyperparameterSweep() { }

    public static Result run(Surface surface, Spec spec) { return run(surface, spec, p -> { }, () -> false); }

    /** Runs every cell and both searches on the CPU; progress in [0, 1]; cancellable. */
    public static Result run(Surface surface, Spec spec, DoubleConsumer progress, BooleanSupplier cancelled) {
        return run(surface, spec, CpuOptimizerBatch.instance(), progress, cancelled);
    }

    /**
     * Runs every cell and both searches on {@code batch} (CPU, OpenCL, or OpenCL with CPU
     * fallback); sweeps with gradient noise or a batch-size axis run on the CPU, one
     * {@link TrajectoryRunner} run per point. Progress in [0, 1]; cancellable.
     */
    public static Result run(Surface surface, Spec spec, OptimizerBatch batch, DoubleConsumer progress, BooleanSupplier cancelled) {
        int n = spec.grid();
        int side = Math.max(1, (int) Math.floor(Math.sqrt(spec.budget())));
        Random rnd = new Random(spec.seed());
        List<double[]> points = new ArrayList<>(n * n + side * side + spec.budget());
        for (int ib = 0; ib < n; ib++) for (int ia = 0; ia < n; ia++) points.add(new double[] {spec.a().value(ia, n), spec.b().value(ib, n)});
        for (int ib = 0; ib < side; ib++) for (int ia = 0; ia < side; ia++) points.add(new double[] {spec.a().value(ia, side), spec.b().value(ib, side)});
        for (int i = 0; i < spec.budget(); i++) points.add(new double[] {spec.a().at(rnd.nextDouble()), spec.b().at(rnd.nextDouble())});
        double[] values = new double[points.size()];
        if (spec.base().noise().isNone() && spec.a().parameter() != Hyperparameter.BATCH_SIZE && spec.b().parameter() != Hyperparameter.BATCH_SIZE) {
            List<OptimizerSpec> optimizers = new ArrayList<>(points.size());
            for (double[] p : points) optimizers.add(runSpec(surface, spec, p[0], p[1]).optimizer());
            RunSpec base = spec.base();
            OptimizerBatch.SweepRuns runs = batch.runSweep(surface, new OptimizerBatch.SweepJob(optimizers, base.schedule(), base.startX(),
                    base.startY(), base.steps(), spec.tolerance()), progress, cancelled);
            for (int i = 0; i < values.length; i++) values[i] = metric(spec, runs, i);
        } else {
            batch.ranOnCpu(NOISY);
            AtomicInteger done = new AtomicInteger();
            IntStream.range(0, points.size()).parallel().forEach(i -> {
                if (cancelled.getAsBoolean()) return;
                values[i] = evaluate(surface, spec, points.get(i)[0], points.get(i)[1]);
                progress.accept((double) done.incrementAndGet() / points.size());
            });
        }
        if (cancelled.getAsBoolean()) throw new CancellationException("sweep cancelled");
        double[] grid = java.util.Arrays.copyOf(values, n * n);
        List<Trial> gs = new ArrayList<>(), rs = new ArrayList<>();
        for (int i = n * n; i < points.size(); i++) {
            Trial t = new Trial(points.get(i)[0], points.get(i)[1], values[i]);
            (i < n * n + side * side ? gs : rs).add(t);
        }
        return new Result(spec, grid, List.copyOf(gs), List.copyOf(rs));
    }

    private static RunSpec runSpec(Surface surface, Spec spec, double a, double b) {
        RunSpec run = spec.a().parameter().apply(spec.base(), a, surface.exampleCount());
        return spec.b().parameter().apply(run, b, surface.exampleCount());
    }

    /**
     * The metric of item {@code i}: +∞ when it diverged or its final loss L is not finite or
     * L > L₀ + {@value #DIVERGENCE_FACTOR}·(|L₀| + 1); else L, or the first row with loss ≤ the
     * tolerance (NaN: none).
     */
    static double metric(Spec spec, OptimizerBatch.SweepRuns r, int i) {
        double l0 = r.startLoss()[i], last = r.finalLoss()[i];
        if (r.diverged()[i] || !Double.isFinite(last) || last > l0 + DIVERGENCE_FACTOR * (Math.abs(l0) + 1)) return Double.POSITIVE_INFINITY;
        if (spec.metric() == Metric.FINAL_LOSS) return last;
        return r.firstBelow()[i] < 0 ? Double.NaN : r.firstBelow()[i];
    }

    /** The metric of one run with A = a and B = b (+∞ when it diverges). */
    static double evaluate(Surface surface, Spec spec, double a, double b) {
        Trajectory t = TrajectoryRunner.run(surface, runSpec(surface, spec, a, b));
        OptimizerBatch.SweepRuns r = OptimizerBatch.SweepRuns.of(1);
        CpuOptimizerBatch.record(t, spec.tolerance(), r, 0);
        return metric(spec, r, 0);
    }
}
