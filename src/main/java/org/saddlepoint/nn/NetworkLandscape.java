package org.saddlepoint.nn;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import org.saddlepoint.surface.Domain;
import org.saddlepoint.surface.PointFunction;
import org.saddlepoint.surface.RowEvaluator;
import org.saddlepoint.surface.ScalarGrid;
import org.saddlepoint.surface.Surface;

/**
 * A network's training loss on a plane of parameter space, L(a, b) = L(θ* + a·d1 + b·d2), as a
 * {@link Surface} so the 2D/3D views and optimizers can use it. Gradient and Hessian are exact
 * directional derivatives: ∂L/∂a = ∇L(θ)ᵀd1, ∂L/∂b = ∇L(θ)ᵀd2, ∂²L/∂a∂b = d1ᵀ·H(θ)·d2 with H·d
 * an exact HVP. Values are full-batch losses on the training set (BN in train mode, with the
 * whole set as the batch); {@link PointFunction#batchGradient} gives minibatch gradients.
 *
 * <p>{@link #grid} evaluates an N×N grid of a, b ∈ [−span, span] in parallel over rows with the
 * vectorizable {@link PlaneLossKernel} (first layer affine in (a, b), tiles of examples; one per
 * thread), or {@link LossKernel} with batch normalization, on the
 * training set or another set (e.g. the test set: with BN it is normalized with the training
 * set's statistics at that θ, as eval mode). Immutable and thread-safe.
 */
public final class NetworkLandscape implements Surface {
    /** For the UI: how this surface's derivatives are obtained (show it beside Hessian views). */
    public static final String DERIVATIVES_NOTE = "Gradient by backprop and Hessian by exact Hessian-vector products "
            + "(forward-over-reverse automatic differentiation), not finite differences.";

    private final Mlp mlp;
    private final Dataset train;
    private final double[] center;
    private final Directions directions;

    public NetworkLandscape(Mlp mlp, Dataset train, double[] center, Directions directions) {
        if (center.length != mlp.parameterCount() || directions.d1().length != center.length) {
            throw new IllegalArgumentException("θ* and the directions must have " + mlp.parameterCount() + " entries");
        }
        this.mlp = mlp;
        this.train = train;
        this.center = center.clone();
        this.directions = directions;
    }

    public Mlp mlp() { return mlp; }

    public Directions directions() { return directions; }

    /** θ* (a copy). */
    public double[] center() { return center.clone(); }

    /** θ = θ* + a·d1 + b·d2 into {@code out}. */
    public void point(double a, double b, double[] out) {
        double[] d1 = directions.d1(), d2 = directions.d2();
        for (int i = 0; i < out.length; i++) out[i] = center[i] + a * d1[i] + b * d2[i];
    }

    @Override public int exampleCount() { return train.size(); }

    @Override public String describe() { return "MLP " + mlp.describe() + " on " + train.name() + ", " + directions.kind() + " directions"; }

    @Override public PointFunction newEvaluator() {
        MlpEvaluator ev = new MlpEvaluator(mlp);
        int n = center.length;
        double[] th = new double[n], g = new double[n], h1 = new double[n], h2 = new double[n];
        double[] d1 = directions.d1(), d2 = directions.d2();
        return new PointFunction() {
            @Override public double value(double a, double b) {
                point(a, b, th);
                return ev.loss(th, train, null, 0, train.size());
            }

            @Override public double gradient(double a, double b, double[] out) {
                point(a, b, th);
                double loss = ev.gradient(th, train, null, 0, train.size(), g);
                out[0] = Lanczos.dot(g, d1);
                out[1] = Lanczos.dot(g, d2);
                return loss;
            }

            @Override public void hessian(double a, double b, double[] out) {
                point(a, b, th);
                ev.hessianVector(th, d1, train, null, 0, train.size(), null, h1);
                ev.hessianVector(th, d2, train, null, 0, train.size(), null, h2);
                out[0] = Lanczos.dot(d1, h1);
                out[1] = 0.5 * (Lanczos.dot(d2, h1) + Lanczos.dot(d1, h2));
                out[2] = Lanczos.dot(d2, h2);
            }

            @Override public double batchGradient(double a, double b, int[] indices, int from, int to, double[] out) {
                point(a, b, th);
                double loss = ev.gradient(th, train, indices, from, to, g);
                out[0] = Lanczos.dot(g, d1);
                out[1] = Lanczos.dot(g, d2);
                return loss;
            }
        };
    }

    @Override public RowEvaluator newRowEvaluator() {
        if (!mlp.batchNorm()) {
            PlaneLossKernel plane = new PlaneLossKernel(mlp, train, center, directions.d1(), directions.d2());
            return (b, a0, da, na, out, offset) -> plane.row(b, a0, da, na, out, offset);
        }
        LossKernel kernel = new LossKernel(mlp, train);
        double[] th = new double[center.length];
        return (b, a0, da, na, out, offset) -> {
            for (int i = 0; i < na; i++) {
                point(a0 + i * da, b, th);
                out[offset + i] = kernel.loss(th);
            }
        };
    }

    /** The training-set grid on [−span, span]², single caller thread count = available processors. */
    public ScalarGrid grid(double span, int n) {
        return grid(span, n, train, Runtime.getRuntime().availableProcessors(), p -> { }, () -> false);
    }

    /**
     * Loss on an n×n grid of (a, b) ∈ [−span, span]² over {@code data} (row = b, column = a), in
     * parallel over rows on {@code threads} threads. {@code progress} (called from worker threads,
     * one at a time, with the fraction of rows done, never decreasing) and {@code cancelled} (checked before each row; then a
     * CancellationException) make it background-friendly.
     */
    public ScalarGrid grid(double span, int n, Dataset data, int threads, DoubleConsumer progress, BooleanSupplier cancelled) {
        if (!(span > 0)) throw new IllegalArgumentException("span must be > 0, got " + span);
        if (n < 2) throw new IllegalArgumentException("grid needs n ≥ 2, got " + n);
        double[] z = new double[n * n];
        double step = 2 * span / (n - 1);
        boolean evalMode = data != train && mlp.batchNorm();
        AtomicInteger nextRow = new AtomicInteger(), done = new AtomicInteger();
        Runnable worker = mlp.batchNorm() ? () -> {
            LossKernel kernel = new LossKernel(mlp, data), trainKernel = evalMode ? new LossKernel(mlp, train) : null;
            double[] th = new double[center.length];
            int row;
            while ((row = nextRow.getAndIncrement()) < n) {
                if (cancelled.getAsBoolean()) throw new CancellationException("landscape cancelled");
                double b = -span + row * step;
                for (int i = 0; i < n; i++) {
                    point(-span + i * step, b, th);
                    z[row * n + i] = evalMode ? kernel.lossEval(th, trainKernel.statistics(th)) : kernel.loss(th);
                }
                reportRow(done, n, progress);
            }
        } : () -> {
            PlaneLossKernel kernel = new PlaneLossKernel(mlp, data, center, directions.d1(), directions.d2());
            int row;
            while ((row = nextRow.getAndIncrement()) < n) {
                if (cancelled.getAsBoolean()) throw new CancellationException("landscape cancelled");
                kernel.row(-span + row * step, -span, step, n, z, row * n);
                reportRow(done, n, progress);
            }
        };
        runParallel(worker, Math.max(1, Math.min(threads, n)));
        return new ScalarGrid(new Domain(-span, span, -span, span), n, n, z);
    }

    /**
     * The loss on {@code data} at the plane points (a_i, b_i), evaluated exactly as {@link #grid}
     * does (with BN on a set other than the training set: eval mode with the training set's
     * statistics at that θ). For paths and rings that do not lie on grid nodes.
     */
    public double[] values(double[] as, double[] bs, Dataset data) {
        if (as.length != bs.length) throw new IllegalArgumentException("need as many a as b coordinates");
        double[] out = new double[as.length];
        if (!mlp.batchNorm()) {
            PlaneLossKernel plane = new PlaneLossKernel(mlp, data, center, directions.d1(), directions.d2());
            for (int i = 0; i < as.length; i++) out[i] = plane.loss(as[i], bs[i]);
            return out;
        }
        boolean evalMode = data != train;
        LossKernel kernel = new LossKernel(mlp, data), trainKernel = evalMode ? new LossKernel(mlp, train) : null;
        double[] th = new double[center.length];
        for (int i = 0; i < as.length; i++) {
            point(as[i], bs[i], th);
            out[i] = evalMode ? kernel.lossEval(th, trainKernel.statistics(th)) : kernel.loss(th);
        }
        return out;
    }

    /** The training set this landscape is of. */
    public Dataset train() { return train; }

    /** A coarse grid first (delivered at once), then the fine one: what a view shows while it waits. */
    public ScalarGrid coarseThenFine(double span, int coarse, int fine, java.util.function.Consumer<ScalarGrid> coarseResult,
                                     int threads, DoubleConsumer progress, BooleanSupplier cancelled) {
        coarseResult.accept(grid(span, coarse, train, threads, p -> { }, cancelled));
        return grid(span, fine, train, threads, progress, cancelled);
    }

    /** Counts a finished row and reports the fraction; under a lock so the reports never go back. */
    private static void reportRow(AtomicInteger done, int n, DoubleConsumer progress) {
        synchronized (done) {
            progress.accept(done.incrementAndGet() / (double) n);
        }
    }

    static void runParallel(Runnable worker, int threads) {
        if (threads == 1) {
            worker.run();
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "landscape");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> fs = new ArrayList<>();
            for (int i = 0; i < threads; i++) fs.add(pool.submit(worker));
            for (Future<?> f : fs) f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
