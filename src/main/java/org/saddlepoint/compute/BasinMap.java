package org.saddlepoint.compute;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import org.saddlepoint.optim.OptimizerSpec;
import org.saddlepoint.optim.Schedule;
import org.saddlepoint.surface.Domain;
import org.saddlepoint.surface.PointFunction;
import org.saddlepoint.surface.Surface;

/**
 * Basins of attraction of an optimizer: the same optimizer (with its schedule, exact gradients,
 * no noise) is run from every start of an N×N grid over a domain (start (ix, iy) at
 * x = xMin + ix·(xMax−xMin)/(N−1), likewise y; index iy·N+ix) for at most K steps, and each start
 * is labelled by where it ends.
 *
 * <p>Per start: step k uses g = ∇f(θ_{k−1}); the run <b>converges</b> after k−1 steps as soon as
 * ‖g‖₂ ≤ {@code gradientTolerance}; it <b>diverges</b> at step k when the loss, the gradient or
 * θ_k is not finite or |θ_k|∞ > {@value #ESCAPE}; otherwise it stops after K steps. Labels:
 * <ul>
 * <li>with given minima: the index of the given point nearest the final θ if within
 *     {@code clusterTolerance} (Euclidean), else {@link #NOT_CONVERGED};</li>
 * <li>otherwise the final points of converged starts are clustered greedily in start order
 *     (a point joins the first cluster whose first member lies within {@code clusterTolerance},
 *     else founds a new one); a start that ran all K steps without converging still gets the
 *     cluster its final point lies within {@code clusterTolerance} of (it <em>reached</em> it,
 *     e.g. Adam circling a minimum), else {@link #NOT_CONVERGED}.</li>
 * </ul>
 * Diverged starts are {@link #DIVERGED}. {@code steps[i]} is the number of steps taken (K when
 * not converged). Each cluster is reported as an {@link Attractor} with its type from the
 * Hessian: a start on a saddle's stable manifold converges to the saddle and is labelled so.
 * The starts run on an {@link OptimizerBatch} (the CPU by default, or OpenCL); labelling runs on the host.
 */
public final class BasinMap {
    public static final int DIVERGED = -1, NOT_CONVERGED = -2;
    /** |θ|∞ beyond which a run counts as diverged. */
    public static final double ESCAPE = 1e10;
    private static final byte CONVERGED = OptimizerBatch.CONVERGED, DIVERGED_STATUS = OptimizerBatch.DIVERGED;

    /** What to compute. {@code minima} may be empty (then final points are clustered). */
    public record Spec(OptimizerSpec optimizer, Schedule schedule, Domain domain, int grid, int steps,
                       double gradientTolerance, double clusterTolerance, List<double[]> minima) {
        public Spec {
            Objects.requireNonNull(optimizer);
            Objects.requireNonNull(schedule);
            Objects.requireNonNull(domain);
            if (grid < 2 || grid > 8192) throw new IllegalArgumentException("grid must be in [2, 8192], got " + grid);
            if (steps < 1) throw new IllegalArgumentException("steps must be ≥ 1, got " + steps);
            if (!(gradientTolerance >= 0)) throw new IllegalArgumentException("gradient tolerance must be ≥ 0");
            if (!(clusterTolerance > 0)) throw new IllegalArgumentException("cluster tolerance must be > 0");
            minima = List.copyOf(minima);
            for (double[] m : minima) if (m.length != 2) throw new IllegalArgumentException("a minimum is a point (x, y)");
        }

        /** Defaults: constant schedule, gradient tolerance 1e-6, cluster tolerance 1% of the domain's larger side. */
        public static Spec of(OptimizerSpec optimizer, Domain domain, int grid, int steps) {
            return new Spec(optimizer, Schedule.CONSTANT, domain, grid, steps, 1e-6,
                    0.01 * Math.max(domain.width(), domain.height()), List.of());
        }

        /** The same map on an n×n grid of starts (e.g. a coarse preview). */
        public Spec withGrid(int n) { return new Spec(optimizer, schedule, domain, n, steps, gradientTolerance, clusterTolerance, minima); }

        public Spec withSchedule(Schedule s) { return new Spec(optimizer, s, domain, grid, steps, gradientTolerance, clusterTolerance, minima); }

        public Spec withGradientTolerance(double t) { return new Spec(optimizer, schedule, domain, grid, steps, t, clusterTolerance, minima); }

        public Spec withClusterTolerance(double t) { return new Spec(optimizer, schedule, domain, grid, steps, gradientTolerance, t, minima); }

        public Spec withMinima(List<double[]> m) { return new Spec(optimizer, schedule, domain, grid, steps, gradientTolerance, clusterTolerance, m); }
    }

    /** A point starts end at: position, f there, its type, and how many starts it owns. */
    public record Attractor(double x, double y, double value, StationaryKind kind, int starts) { }

    /** Labels and steps per start (row-major, index iy·N+ix) and the attractors the labels index. */
    public record Result(Spec spec, int[] labels, int[] steps, double[] finalX, double[] finalY, List<Attractor> attractors) {
        public int grid() { return spec.grid(); }

        public int label(int ix, int iy) { return labels[iy * spec.grid() + ix]; }

        /** Labels as doubles (for a float64 .npy). */
        public double[] labelsAsDoubles() {
            double[] d = new double[labels.length];
            for (int i = 0; i < d.length; i++) d[i] = labels[i];
            return d;
        }

        public long count(int label) {
            long n = 0;
            for (int l : labels) if (l == label) n++;
            return n;
        }
    }

    private BasinMap() { }

    public static Result compute(Surface surface, Spec spec) { return compute(surface, spec, p -> { }, () -> false); }

    /** Runs every start on the CPU; reports progress in [0, 1]; throws CancellationException once {@code cancelled}. */
    public static Result compute(Surface surface, Spec spec, DoubleConsumer progress, BooleanSupplier cancelled) {
        return compute(surface, spec, CpuOptimizerBatch.instance(), progress, cancelled);
    }

    /** Runs every start on {@code batch} (CPU, OpenCL, or OpenCL with CPU fallback) and labels the final points on the host. */
    public static Result compute(Surface surface, Spec spec, OptimizerBatch batch, DoubleConsumer progress, BooleanSupplier cancelled) {
        OptimizerBatch.Finals r = batch.run(surface, job(spec), progress, cancelled);
        if (cancelled.getAsBoolean()) throw new CancellationException("basin map cancelled");
        return label(surface, spec, r.x(), r.y(), r.steps(), r.status());
    }

    /**
     * The batch job of {@code spec}: start (ix, iy) at x = xMin + ix·(xMax−xMin)/(N−1) (exactly
     * xMax for the last column), likewise y, index iy·N+ix.
     */
    public static OptimizerBatch.Job job(Spec spec) {
        int n = spec.grid();
        Domain d = spec.domain();
        double dx = d.width() / (n - 1), dy = d.height() / (n - 1);
        double[] sx = new double[n * n], sy = new double[n * n];
        for (int iy = 0; iy < n; iy++) {
            double y0 = iy == n - 1 ? d.yMax() : d.yMin() + iy * dy;
            for (int ix = 0; ix < n; ix++) {
                sx[iy * n + ix] = ix == n - 1 ? d.xMax() : d.xMin() + ix * dx;
                sy[iy * n + ix] = y0;
            }
        }
        return new OptimizerBatch.Job(spec.optimizer(), spec.schedule(), sx, sy, spec.steps(), spec.gradientTolerance());
    }

    private static Result label(Surface surface, Spec spec, double[] fx, double[] fy, int[] steps, byte[] status) {
        int total = fx.length;
        int[] labels = new int[total];
        double tol2 = spec.clusterTolerance() * spec.clusterTolerance();
        List<double[]> centres = new ArrayList<>();
        if (!spec.minima().isEmpty()) {
            centres.addAll(spec.minima());
        } else {
            for (int i = 0; i < total; i++) {
                if (status[i] == CONVERGED && nearest(centres, fx[i], fy[i], tol2) < 0) centres.add(new double[] {fx[i], fy[i]});
            }
        }
        int[] counts = new int[centres.size()];
        for (int i = 0; i < total; i++) {
            if (status[i] == DIVERGED_STATUS) {
                labels[i] = DIVERGED;
                continue;
            }
            int c = nearest(centres, fx[i], fy[i], tol2);
            labels[i] = c < 0 ? NOT_CONVERGED : c;
            if (c >= 0) counts[c]++;
        }
        PointFunction f = surface.newEvaluator();
        double[] h = new double[3];
        List<Attractor> attractors = new ArrayList<>();
        for (int c = 0; c < centres.size(); c++) {
            double[] p = centres.get(c);
            f.hessian(p[0], p[1], h);
            attractors.add(new Attractor(p[0], p[1], f.value(p[0], p[1]), StationaryKind.of(h), counts[c]));
        }
        return new Result(spec, labels, steps, fx, fy, List.copyOf(attractors));
    }

    /** The first centre within √tol2 of (x, y) — the nearest one if several — or −1. */
    private static int nearest(List<double[]> centres, double x, double y, double tol2) {
        int best = -1;
        double bestD = tol2;
        for (int c = 0; c < centres.size(); c++) {
            double[] p = centres.get(c);
            double d = (p[0] - x) * (p[0] - x) + (p[1] - y) * (p[1] - y);
            if (d <= bestD) {
                bestD = d;
                best = c;
            }
        }
        return best;
    }
}
