package org.saddlepoint.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import org.saddlepoint.analysis.NetworkRuns;
import org.saddlepoint.nn.Activation;
import org.saddlepoint.nn.DataSplit;
import org.saddlepoint.nn.Datasets;
import org.saddlepoint.nn.DirectionMaker;
import org.saddlepoint.nn.Directions;
import org.saddlepoint.nn.Lanczos;
import org.saddlepoint.nn.LossKind;
import org.saddlepoint.nn.Mlp;
import org.saddlepoint.nn.MlpEvaluator;
import org.saddlepoint.nn.NetworkLandscape;
import org.saddlepoint.nn.NetworkObjective;
import org.saddlepoint.nn.NetworkTrainer;
import org.saddlepoint.nn.NormStats;
import org.saddlepoint.nn.ProjectedPath;
import org.saddlepoint.nn.TrainingRun;
import org.saddlepoint.optim.OptimizerKind;
import org.saddlepoint.optim.OptimizerSpec;
import org.saddlepoint.optim.Schedule;
import org.saddlepoint.optim.Schedules;
import org.saddlepoint.render.AtomicFileWriter;
import org.saddlepoint.render.NpyWriter;
import org.saddlepoint.surface.ScalarGrid;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code landscape}: trains a small MLP on a 2D data set, then samples its training loss on the
 * plane θ* + a·d1 + b·d2 (a, b ∈ [−span, span]) and writes it as float64 .npy (z[row=b][col=a])
 * with a JSON sidecar: directions, explained variance, top Hessian eigenvalues, final train and
 * test loss and accuracy, and the training path projected onto the plane.
 */
@Command(name = "landscape", mixinStandardHelpOptions = true,
        description = "Train an MLP on a toy data set and write its loss landscape (.npy) plus a JSON sidecar.")
final class LandscapeCommand implements Callable<Integer> {
    @Option(names = "--dataset", paramLabel = "NAME", description = "spirals, circles, xor, gaussians or moons (default moons).")
    String dataset = "moons";

    @Option(names = "--train-size", description = "Training examples (default 500).") int trainSize = 500;

    @Option(names = "--test-size", description = "Held-out test examples (default 500).") int testSize = 500;

    @Option(names = "--noise", description = "Gaussian noise σ of the data (default 0.1).") double noise = 0.1;

    @Option(names = "--hidden", paramLabel = "W1,W2,…", description = "Hidden layer widths (default 16,16).") String hidden = "16,16";

    @Option(names = "--activation", description = "sigmoid, tanh, relu or leaky_relu (default relu).") String activation = "relu";

    @Option(names = "--loss", description = "ce (softmax cross-entropy) or mse (on softmax vs one-hot) (default ce).") String loss = "ce";

    @Option(names = "--batch-norm", description = "Batch normalization after each hidden linear layer (train-mode statistics).")
    boolean batchNorm;

    @Option(names = "--train-steps", paramLabel = "N", description = "Optimizer steps (default 2000).") int trainSteps = 2000;

    @Option(names = "--batch-size", paramLabel = "B", description = "Minibatch size (default 32).") int batchSize = 32;

    @ArgGroup(exclusive = false, multiplicity = "0..1", heading = "Optimizer (default: adam, lr 0.01):%n")
    OptimizerOptions optimizer;

    @Option(names = "--schedule", paramLabel = "SPEC", description = "Learning-rate schedule, as for 'trajectory'.") String schedule;

    @Option(names = "--directions", description = "filter (random, filter-normalized), hessian (top-2 eigenvectors) or pca (of the training path) (default filter).")
    String directions = "filter";

    @Option(names = "--grid", paramLabel = "N", description = "Grid points per axis (default 51).") int grid = 51;

    @Option(names = "--span", description = "a and b range over [−span, span] (default 1.0).") double span = 1.0;

    @Option(names = "--seed", description = "Seed for data, initialization, shuffles and directions (default 0).") long seed;

    @Option(names = "--test-out", paramLabel = "FILE", description = "Also write the test-set loss grid here (.npy).") Path testOut;

    @Option(names = "--out", required = true, paramLabel = "FILE.npy", description = "Training-loss grid; the sidecar goes to FILE.json.")
    Path out;

    @Override public Integer call() throws IOException {
        if (!out.getFileName().toString().endsWith(".npy")) throw new UserError("--out must end in .npy, got '" + out + "'");
        if (grid < 2 || grid > 1001) throw new UserError("--grid must be in [2, 1001], got " + grid);
        if (!(span > 0) || !Double.isFinite(span)) throw new UserError("--span must be a positive number, got " + span);
        if (trainSteps < 0) throw new UserError("--train-steps must be ≥ 0, got " + trainSteps);
        if (trainSize < 4 || testSize < 4) throw new UserError("--train-size and --test-size must be ≥ 4");
        if (batchSize < 1) throw new UserError("--batch-size must be ≥ 1, got " + batchSize);
        if (!List.of("filter", "hessian", "pca").contains(directions)) {
            throw new UserError("--directions must be filter, hessian or pca, got '" + directions + "'");
        }
        if (directions.equals("pca") && trainSteps < 3) throw new UserError("--directions pca needs --train-steps ≥ 3");
        Mlp mlp;
        DataSplit data;
        try {
            data = Datasets.generate(dataset, trainSize, testSize, noise, seed);
        } catch (IllegalArgumentException e) {
            throw new UserError("--dataset: " + e.getMessage());
        }
        try {
            mlp = Mlp.of(widths(hidden), 2, Activation.parse(activation), LossKind.parse(loss), batchNorm);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        OptimizerSpec spec = optimizer == null ? OptimizerSpec.defaults(OptimizerKind.ADAM).withLr(0.01) : optimizer.toSpec();
        Schedule sched;
        try {
            sched = schedule == null ? Schedule.CONSTANT : Schedules.parse(schedule);
        } catch (IllegalArgumentException e) {
            throw new UserError("--schedule: " + e.getMessage());
        }
        NetworkTrainer trainer;
        try {
            trainer = new NetworkTrainer(mlp, NetworkRuns.optimizer(spec), NetworkRuns.learningRate(spec, sched), batchSize, trainSteps,
                    Math.max(1, trainSteps / 100), seed);
        } catch (IllegalArgumentException e) {
            throw new UserError("--optimizer: " + e.getMessage());
        }
        TrainingRun run = trainer.train(mlp.initialize(new Random(seed)), data.train());
        if (run.stop().isPresent()) throw new UserError("training " + run.stopReason() + "; lower --lr");
        double[] theta = run.thetaFinal();
        NetworkObjective objective = new NetworkObjective(mlp, data.train());
        Directions dirs = switch (directions) {
            case "hessian" -> DirectionMaker.hessian(objective, theta, seed);
            case "pca" -> {
                try {
                    yield DirectionMaker.pca(run.snapshots(), theta);
                } catch (IllegalArgumentException e) {
                    throw new UserError("--directions pca: " + e.getMessage());
                }
            }
            default -> DirectionMaker.filterNormalized(mlp, theta, seed);
        };
        NetworkLandscape land = new NetworkLandscape(mlp, data.train(), theta, dirs);
        int threads = Runtime.getRuntime().availableProcessors();
        ScalarGrid trainGrid = land.grid(span, grid, data.train(), threads, p -> { }, () -> false);
        NpyWriter.write(out, trainGrid);
        if (testOut != null) NpyWriter.write(testOut, land.grid(span, grid, data.test(), threads, p -> { }, () -> false));
        Map<String, Object> side = sidecar(mlp, data, run, objective, dirs, spec, sched);
        String name = out.getFileName().toString();
        Path json = out.resolveSibling(name.substring(0, name.length() - 4) + ".json");
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        AtomicFileWriter.write(json, o -> mapper.writeValue(new NoClose(o), side));
        return ExitCodes.OK;
    }

    private Map<String, Object> sidecar(Mlp mlp, DataSplit data, TrainingRun run, NetworkObjective objective, Directions dirs,
                                        OptimizerSpec spec, Schedule sched) {
        double[] theta = run.thetaFinal();
        MlpEvaluator ev = new MlpEvaluator(mlp);
        NormStats st = ev.statistics(theta, data.train());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("grid", Map.of("n", grid, "span", span, "layout", "z[row=b][col=a], a and b ascending from -span to span"));
        m.put("network", Map.of("widths", mlp.widths(), "activation", mlp.activation().cliName(), "loss", mlp.loss().cliName(),
                "batch_norm", mlp.batchNorm(), "parameters", mlp.parameterCount()));
        m.put("data", Map.of("dataset", dataset, "train", trainSize, "test", testSize, "noise", noise, "seed", seed));
        m.put("training", Map.of("optimizer", spec.label(), "schedule", sched.spec(), "steps", trainSteps, "batch_size", batchSize));
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("kind", dirs.kind());
        d.put("explained_variance", dirs.explainedVariance());
        d.put("eigenvalues", dirs.eigenvalues());
        d.put("norm_d1", norm(dirs.d1()));
        d.put("norm_d2", norm(dirs.d2()));
        m.put("directions", d);
        Map<String, Object> fin = new LinkedHashMap<>();
        fin.put("train_loss", ev.lossEval(theta, data.train(), st));
        fin.put("train_accuracy", ev.accuracy(theta, data.train(), st));
        fin.put("test_loss", ev.lossEval(theta, data.test(), st));
        fin.put("test_accuracy", ev.accuracy(theta, data.test(), st));
        m.put("final", fin);
        m.put("top_hessian_eigenvalues", Lanczos.top(objective.hessianAt(theta), 5, seed));
        ProjectedPath path = dirs.project(run, theta);
        List<Map<String, Object>> pts = new ArrayList<>();
        for (int i = 0; i < path.size(); i++) {
            pts.add(Map.of("step", path.steps()[i], "a", path.a()[i], "b", path.b()[i], "distance", path.distance()[i]));
        }
        m.put("path_mean_distance", path.meanDistance());
        m.put("path", pts);
        return m;
    }

    private static int[] widths(String text) {
        String[] p = text.split(",");
        int[] w = new int[p.length];
        for (int i = 0; i < p.length; i++) {
            try {
                w[i] = Integer.parseInt(p[i].trim());
            } catch (NumberFormatException e) {
                throw new UserError("--hidden: '" + p[i].trim() + "' is not a whole number");
            }
            if (w[i] < 1 || w[i] > 4096) throw new UserError("--hidden: widths must be in [1, 4096], got " + w[i]);
        }
        return w;
    }

    private static double norm(double[] v) {
        double s = 0;
        for (double x : v) s += x * x;
        return Math.sqrt(s);
    }

    /** Keeps Jackson from closing the atomic writer's stream. */
    static final class NoClose extends java.io.FilterOutputStream {
        NoClose(java.io.OutputStream o) { super(o); }

        @Override public void write(byte[] b, int off, int len) throws IOException { out.write(b, off, len); }

        @Override public void close() throws IOException { flush(); }
    }
}
