package org.saddlepoint.ui.network;

import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import org.saddlepoint.analysis.NetworkRuns;
import org.saddlepoint.nn.NetworkLandscape;
import org.saddlepoint.nn.ProjectedPath;
import org.saddlepoint.nn.Sharpness;
import org.saddlepoint.optim.Schedule;
import org.saddlepoint.optim.Trajectory;

/**
 * The side-by-side pipelines, off the UI thread, built on {@link NetworkComputation}:
 * <ul>
 *   <li>MSE vs CE: the settings trained twice, loss = mse then ce (same data, architecture, seed,
 *       optimizer, directions); each side its own plane around its own θ*;</li>
 *   <li>train vs test: one run; its training and test landscapes on the same plane, the test side's
 *       path re-valued on the test landscape.</li>
 * </ul>
 * Each side's sharpness is measured at radius span/2 ({@link Sharpness}).
 */
public final class ComparisonComputation {
    private ComparisonComputation() { }

    public static NetworkComparison run(NetworkSettings s, ComparisonMode mode, DoubleConsumer progress, BooleanSupplier cancelled) {
        s.check();
        return switch (mode) {
            case MSE_VS_CE -> {
                NetworkComparison.Side mse = trainSide("mse", NetworkComputation.run(s.withLoss("mse"), g -> { },
                        p -> progress.accept(0.45 * p), cancelled));
                check(cancelled);
                NetworkComparison.Side ce = trainSide("ce", NetworkComputation.run(s.withLoss("ce"), g -> { },
                        p -> progress.accept(0.5 + 0.45 * p), cancelled));
                progress.accept(1);
                yield new NetworkComparison(mode, mse, ce);
            }
            case TRAIN_VS_TEST -> {
                NetworkResult r = NetworkComputation.run(s, g -> { }, p -> progress.accept(0.85 * p), cancelled);
                check(cancelled);
                NetworkComparison.Side train = trainSide("train", r);
                progress.accept(0.92);
                check(cancelled);
                NetworkLandscape land = landscape(r);
                ProjectedPath path = r.path();
                double[] testLosses = land.values(path.a(), path.b(), r.data().test());
                Trajectory testPath = NetworkRuns.trajectory(path, testLosses, r.settings().optimizerSpec(), Schedule.CONSTANT);
                Sharpness sharp = Sharpness.of(land, r.data().test(), radius(r), r.settings().seed());
                progress.accept(1);
                yield new NetworkComparison(mode, train, new NetworkComparison.Side("test", r, r.testGrid(), testPath, r.testLoss(), sharp));
            }
            case SINGLE -> throw new IllegalArgumentException("one landscape is not a comparison");
        };
    }

    private static NetworkComparison.Side trainSide(String kind, NetworkResult r) {
        Sharpness sharp = Sharpness.of(landscape(r), r.data().train(), radius(r), r.settings().seed());
        return new NetworkComparison.Side(kind, r, r.trainGrid(), r.trajectory(), r.trainLoss(), sharp);
    }

    private static NetworkLandscape landscape(NetworkResult r) {
        return new NetworkLandscape(r.mlp(), r.data().train(), r.theta(), r.directions());
    }

    /** The ring radius of the sharpness number: half the plotted span. */
    static double radius(NetworkResult r) { return 0.5 * r.settings().span(); }

    private static void check(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) throw new CancellationException("comparison cancelled");
    }
}
