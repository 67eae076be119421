package org.saddlepoint.analysis;

import java.util.function.IntToDoubleFunction;
import org.saddlepoint.nn.NetworkOptimizer;
import org.saddlepoint.nn.ProjectedPath;
import org.saddlepoint.optim.Noise;
import org.saddlepoint.optim.OptimizerSpec;
import org.saddlepoint.optim.RunSpec;
import org.saddlepoint.optim.Schedule;
import org.saddlepoint.optim.Trajectory;

/**
 * Bridges the optimizer model ({@code optim}) and network training ({@code nn}, which sits above
 * optim and cannot see it): an {@link OptimizerSpec} and {@link Schedule} become the n-dim
 * {@link NetworkOptimizer} and an η_k function, and a training path projected onto a landscape
 * plane becomes a {@link Trajectory} the 2D/3D views can draw.
 */
public final class NetworkRuns {
    private NetworkRuns() { }

    /** The same torch.optim hyperparameters; Newton and saddle-free Newton have no network form. */
    public static NetworkOptimizer optimizer(OptimizerSpec s) {
        NetworkOptimizer.Method m = switch (s.kind()) {
            case SGD -> NetworkOptimizer.Method.SGD;
            case ADAGRAD -> NetworkOptimizer.Method.ADAGRAD;
            case RMSPROP -> NetworkOptimizer.Method.RMSPROP;
            case ADAM -> NetworkOptimizer.Method.ADAM;
            case ADAMW -> NetworkOptimizer.Method.ADAMW;
            case NEWTON, SADDLE_FREE_NEWTON -> throw new IllegalArgumentException(
                    s.kind().displayName() + " needs a 2×2 Hessian solve; networks train with sgd, adagrad, rmsprop, adam or adamw");
        };
        return new NetworkOptimizer(m, s.lr(), s.momentum(), s.dampening(), s.nesterov(), s.alpha(), s.centered(), s.beta1(),
                s.beta2(), s.eps(), s.weightDecay(), s.amsgrad(), s.lrDecay(), s.initialAccumulator());
    }

    /** η_k = schedule.lr(k, base η) for step k = 0, 1, …. */
    public static IntToDoubleFunction learningRate(OptimizerSpec s, Schedule schedule) {
        Schedule sched = schedule == null ? Schedule.CONSTANT : schedule;
        double base = s.lr();
        return k -> sched.lr(k, base);
    }

    /**
     * The projected path as a Trajectory: row i = snapshot i at (a_i, b_i) with loss
     * {@code losses[i]} (e.g. the landscape's value there, or the full-batch loss at the real θ_i);
     * the step components are NaN (a snapshot may cover several steps), row 0's are 0.
     */
    public static Trajectory trajectory(ProjectedPath path, double[] losses, OptimizerSpec spec, Schedule schedule) {
        int rows = path.size();
        if (losses.length != rows) throw new IllegalArgumentException("need one loss per snapshot");
        double[][] cols = new double[Trajectory.COLUMNS][rows];
        for (int c = 0; c < Trajectory.COLUMNS; c++) java.util.Arrays.fill(cols[c], 1, rows, Double.NaN);
        for (int i = 0; i < rows; i++) {
            cols[Trajectory.X][i] = path.a()[i];
            cols[Trajectory.Y][i] = path.b()[i];
            cols[Trajectory.LOSS][i] = losses[i];
        }
        RunSpec run = new RunSpec(path.a()[0], path.b()[0], spec, schedule, Noise.NONE, rows - 1);
        return new Trajectory(run, cols, rows, null);
    }
}
