package org.saddlepoint.ui.network;

import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import org.saddlepoint.analysis.NetworkRuns;
import org.saddlepoint.nn.DataSplit;
import org.saddlepoint.nn.Dataset;
import org.saddlepoint.nn.DirectionMaker;
import org.saddlepoint.nn.Directions;
import org.saddlepoint.nn.Datasets;
import org.saddlepoint.nn.Hutchinson;
import org.saddlepoint.nn.Lanczos;
import org.saddlepoint.nn.Mlp;
import org.saddlepoint.nn.MlpEvaluator;
import org.saddlepoint.nn.NetworkLandscape;
import org.saddlepoint.nn.NetworkObjective;
import org.saddlepoint.nn.NetworkTrainer;
import org.saddlepoint.nn.NormStats;
import org.saddlepoint.nn.ProjectedPath;
import org.saddlepoint.nn.Spectrum;
import org.saddlepoint.nn.TrainingRun;
import org.saddlepoint.optim.OptimizerSpec;
import org.saddlepoint.optim.Schedule;
import org.saddlepoint.optim.Trajectory;
import org.saddlepoint.surface.Domain;
import org.saddlepoint.surface.PointFunction;
import org.saddlepoint.surface.ScalarGrid;

/**
 * The Network mode's pipeline, off the UI thread: generate the data, train the MLP
 * (θ ← optimizer step on minibatches), pick the plane θ* + a·d₁ + b·d₂, sample the training
 * loss coarse (⌈n/3⌉², handed to {@code coarse} at once) then fine (n²), the test loss, project
 * the path, the decision boundary, and the Hessian at θ* (Lanczos top-5, Hutchinson with 30
 * probes, the full spectrum for ≤ 500 parameters). Progress in [0, 1]; {@code cancelled} is
 * checked between and inside the phases (CancellationException).
 */
public final class NetworkComputation {
    public static final int DECISION_N = 90, TOP_K = 5, HUTCHINSON_SAMPLES = 30;

    private NetworkComputation() { }

    public static NetworkResult run(NetworkSettings s, Consumer<ScalarGrid> coarse, DoubleConsumer progress, BooleanSupplier cancelled) {
        s.check();
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        DataSplit data = Datasets.generate(s.dataset(), NetworkSettings.TRAIN_SIZE, NetworkSettings.TEST_SIZE, NetworkSettings.NOISE, s.seed());
        Mlp mlp = s.mlp(data.train().classes());
        OptimizerSpec spec = s.optimizerSpec();
        NetworkTrainer trainer = new NetworkTrainer(mlp, NetworkRuns.optimizer(spec), NetworkRuns.learningRate(spec, Schedule.CONSTANT),
                s.batchSize(), s.steps(), Math.max(1, s.steps() / 100), s.seed());
        TrainingRun run = trainer.train(mlp.initialize(new Random(s.seed())), data.train(), p -> progress.accept(0.3 * p), cancelled);
        if (run.stop().isPresent()) throw new IllegalArgumentException("training " + run.stopReason() + "; lower the lr");
        check(cancelled);
        double[] theta = run.thetaFinal();
        NetworkObjective objective = new NetworkObjective(mlp, data.train());
        Directions dirs = switch (s.directions()) {
            case "hessian" -> DirectionMaker.hessian(objective, theta, s.seed());
            case "pca" -> DirectionMaker.pca(run.snapshots(), theta);
            default -> DirectionMaker.filterNormalized(mlp, theta, s.seed());
        };
        progress.accept(0.35);
        check(cancelled);
        NetworkLandscape land = new NetworkLandscape(mlp, data.train(), theta, dirs);
        int coarseN = Math.max(5, (s.grid() + 2) / 3);
        ScalarGrid train = land.coarseThenFine(s.span(), coarseN, s.grid(), coarse, threads, p -> progress.accept(0.4 + 0.3 * p), cancelled);
        ScalarGrid test = land.grid(s.span(), s.grid(), data.test(), threads, p -> progress.accept(0.7 + 0.15 * p), cancelled);
        ProjectedPath path = dirs.project(run, theta);
        PointFunction f = land.newEvaluator();
        double[] losses = new double[path.size()];
        for (int i = 0; i < losses.length; i++) losses[i] = f.value(path.a()[i], path.b()[i]);
        Trajectory trajectory = NetworkRuns.trajectory(path, losses, spec, Schedule.CONSTANT);
        check(cancelled);

        MlpEvaluator ev = new MlpEvaluator(mlp);
        NormStats stats = ev.statistics(theta, data.train());
        Domain box = dataBox(data.train(), data.test());
        double[] decision = ev.predictGrid(theta, stats, box, DECISION_N);
        progress.accept(0.88);
        double[] top = Lanczos.top(objective.hessianAt(theta), Math.min(TOP_K, mlp.parameterCount()), s.seed());
        Hutchinson.Estimate trace = Hutchinson.trace(objective.hessianAt(theta), HUTCHINSON_SAMPLES, s.seed());
        check(cancelled);
        Spectrum full = mlp.parameterCount() <= NetworkResult.FULL_SPECTRUM_LIMIT
                ? Spectrum.ofSymmetric(objective.fullHessian(theta, threads), mlp.parameterCount()) : null;
        progress.accept(1);
        return new NetworkResult(s, mlp, data, theta, dirs, path, train, test, trajectory, box, DECISION_N, decision, top, trace, full,
                ev.lossEval(theta, data.train(), stats), ev.lossEval(theta, data.test(), stats),
                ev.accuracy(theta, data.train(), stats), ev.accuracy(theta, data.test(), stats));
    }

    /** The data's bounding box with a 10 % margin. */
    static Domain dataBox(Dataset... sets) {
        double x0 = Double.POSITIVE_INFINITY, x1 = Double.NEGATIVE_INFINITY, y0 = x0, y1 = x1;
        for (Dataset d : sets) {
            for (int i = 0; i < d.size(); i++) {
                x0 = Math.min(x0, d.x0(i));
                x1 = Math.max(x1, d.x0(i));
                y0 = Math.min(y0, d.x1(i));
                y1 = Math.max(y1, d.x1(i));
            }
        }
        double mx = 0.1 * Math.max(1e-9, x1 - x0), my = 0.1 * Math.max(1e-9, y1 - y0);
        return new Domain(x0 - mx, x1 + mx, y0 - my, y1 + my);
    }

    private static void check(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) throw new CancellationException("network landscape cancelled");
    }
}
