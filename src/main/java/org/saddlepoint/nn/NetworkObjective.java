package org.saddlepoint.nn;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The full-batch training loss L(θ) of an {@link Mlp} on a {@link Dataset} as an n-dimensional
 * function: value, exact gradient, exact Hessian-vector products (forward-over-reverse, see
 * {@link MlpEvaluator}) and the full Hessian H = [H·e₁ … H·eₙ] column by column, in parallel,
 * with {@link HvpKernel} (primal passes once per thread, then one tangent pass per column).
 * Thread-safe: each thread uses its own {@link MlpEvaluator}.
 */
public final class NetworkObjective {
    private final Mlp mlp;
    private final Dataset data;
    private final ThreadLocal<MlpEvaluator> evaluators;

    public NetworkObjective(Mlp mlp, Dataset data) {
        this.mlp = mlp;
        this.data = data;
        this.evaluators = ThreadLocal.withInitial(() -> new MlpEvaluator(mlp));
    }

    public Mlp mlp() { return mlp; }

    public Dataset data() { return data; }

    public int dimension() { return mlp.parameterCount(); }

    public double value(double[] theta) { return evaluators.get().loss(theta, data, null, 0, data.size()); }

    /** g = ∇L(θ); returns L(θ). */
    public double gradient(double[] theta, double[] g) { return evaluators.get().gradient(theta, data, null, 0, data.size(), g); }

    /** out = H(θ)·v, exact. */
    public void hessianVector(double[] theta, double[] v, double[] out) {
        evaluators.get().hessianVector(theta, v, data, null, 0, data.size(), null, out);
    }

    /**
     * The Hessian at θ as an operator for many products (Lanczos, Hutchinson): the primal passes
     * run once here ({@link HvpKernel}), each apply runs only the tangent passes. The operator is
     * not thread-safe.
     */
    public HessianOperator hessianAt(double[] theta) {
        HvpKernel kernel = new HvpKernel(mlp, data);
        kernel.prepare(theta);
        int n = dimension();
        return new HessianOperator() {
            @Override public int dimension() { return n; }

            @Override public void apply(double[] v, double[] out) { kernel.apply(v, out); }
        };
    }

    /**
     * The full n×n Hessian, row-major, from n exact HVPs with unit vectors, spread over
     * {@code threads} threads. Parameters are ordered by layer, so the column of a unit vector e_j
     * of layer m is computed only for the rows of layers ≥ m (the tangent backward pass stops at
     * layer m: roughly half the work); the rows above come from symmetry, H_ij = H_ji. Within a
     * layer's block both products exist and are averaged, (H + Hᵀ)/2 (the asymmetry is rounding).
     */
    public double[] fullHessian(double[] theta, int threads) {
        int n = dimension();
        double[] h = new double[n * n];
        int t = Math.max(1, Math.min(threads, n));
        ExecutorService pool = t == 1 ? null : Executors.newFixedThreadPool(t, r -> {
            Thread th = new Thread(r, "hessian");
            th.setDaemon(true);
            return th;
        });
        try {
            List<Future<?>> jobs = new ArrayList<>();
            for (int w = 0; w < t; w++) {
                int worker = w;
                Runnable job = () -> {
                    HvpKernel kernel = new HvpKernel(mlp, data);
                    kernel.prepare(theta);
                    double[] e = new double[n], col = new double[n];
                    for (int j = worker; j < n; j += t) {
                        int layer = layerOf(j), from = mlp.weightOffset(layer);
                        e[j] = 1;
                        kernel.apply(e, col, layer);
                        e[j] = 0;
                        for (int i = from; i < n; i++) h[i * n + j] = col[i];
                    }
                };
                if (pool == null) job.run();
                else jobs.add(pool.submit(job));
            }
            for (Future<?> f : jobs) f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while computing the Hessian", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Hessian computation failed: " + e.getCause(), e.getCause());
        } finally {
            if (pool != null) pool.shutdownNow();
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) { // column j holds rows ≥ its layer's offset: i in j's layer block or not
                boolean both = i >= mlp.weightOffset(layerOf(j));
                double m = both ? 0.5 * (h[i * n + j] + h[j * n + i]) : h[j * n + i];
                h[i * n + j] = m;
                h[j * n + i] = m;
            }
        }
        return h;
    }

    /** The layer whose parameter block holds index p. */
    private int layerOf(int p) {
        int l = 0;
        while (l + 1 < mlp.layers() && p >= mlp.weightOffset(l + 1)) l++;
        return l;
    }
}
