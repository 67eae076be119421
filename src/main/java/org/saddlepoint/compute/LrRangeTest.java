package org.saddlepoint.compute;

import java.util.Objects;
import org.saddlepoint.optim.RunSpec;
import org.saddlepoint.optim.Schedule;
import org.saddlepoint.optim.Trajectory;
import org.saddlepoint.optim.TrajectoryRunner;
import org.saddlepoint.surface.Surface;

/**
 * The learning-rate range test (Smith 2017; fastai's {@code lr_find}): one run in which the
 * learning rate grows exponentially, η_k = η_min·(η_max/η_min)^(k/(K−1)) for step k+1,
 * recording the loss before each step (the pair (η_k, L_k): L_k is the loss at θ_k, before
 * the step that uses η_k).
 *
 * <p>Smoothing as fastai: a_k = β·a_{k−1} + (1−β)·L_k, S_k = a_k/(1−β^{k+1}) with β = 0.98.
 * The test stops early when S_k > 4·min S or a value is not finite (the loss blew up).
 * <b>Suggested rate</b> (fastai's "steepest" rule): over the recorded points, leaving out the
 * first 10 % and the last 5 as fastai does (all points if that leaves fewer than 3), the η_k at
 * which the slope (S_{k+1} − S_k)/(ln η_{k+1} − ln η_k) is most negative.
 */
public final class LrRangeTest {
    public static final double BETA = 0.98, STOP_FACTOR = 4;

    public record Spec(RunSpec base, double minLr, double maxLr, int steps) {
        public Spec {
            Objects.requireNonNull(base);
            if (!(minLr > 0 && maxLr > minLr)) throw new IllegalArgumentException("need 0 < min lr < max lr, got " + minLr + ", " + maxLr);
            if (steps < 3) throw new IllegalArgumentException("the range test needs at least 3 steps, got " + steps);
        }
    }

    /** The recorded (lr, loss, smoothed loss) up to the stop, and the suggestion. */
    public record Result(double[] lrs, double[] losses, double[] smoothed, double suggestedLr, boolean stoppedEarly) { }

    private LrRangeTest() { }

    public static Result run(Surface surface, Spec spec) {
        double q = Math.pow(spec.maxLr() / spec.minLr(), 1.0 / (spec.steps() - 1));
        Schedule exponential = new Schedule() {
            @Override public double lr(int k, double baseLr) { return baseLr * Math.pow(q, k); }

            @Override public String spec() { return "lr-range:q=" + q; }
        };
        RunSpec run = new RunSpec(spec.base().startX(), spec.base().startY(), spec.base().optimizer().withLr(spec.minLr()),
                exponential, spec.base().noise(), spec.steps());
        Trajectory t = TrajectoryRunner.run(surface, run);
        int n = Math.min(t.size(), spec.steps());
        double[] lrs = new double[n], losses = new double[n], smoothed = new double[n];
        double avg = 0, best = Double.POSITIVE_INFINITY;
        int kept = 0;
        boolean early = t.size() < spec.steps();
        for (int k = 0; k < n; k++) {
            double loss = t.loss(k);
            if (!Double.isFinite(loss)) {
                early = true;
                break;
            }
            avg = BETA * avg + (1 - BETA) * loss;
            double s = avg / (1 - Math.pow(BETA, k + 1));
            lrs[k] = spec.minLr() * Math.pow(q, k);
            losses[k] = loss;
            smoothed[k] = s;
            kept = k + 1;
            best = Math.min(best, s);
            if (k > 0 && s > STOP_FACTOR * best) {
                early = true;
                break;
            }
        }
        lrs = java.util.Arrays.copyOf(lrs, kept);
        losses = java.util.Arrays.copyOf(losses, kept);
        smoothed = java.util.Arrays.copyOf(smoothed, kept);
        return new Result(lrs, losses, smoothed, steepest(lrs, smoothed), early);
    }

    /** fastai's steepest-descent rule on (lrs, smoothed); NaN with fewer than 2 points. */
    static double steepest(double[] lrs, double[] smoothed) {
        int from = lrs.length / 10, to = lrs.length - 5;
        if (to - from < 3) {
            from = 0;
            to = lrs.length;
        }
        if (to - from < 2) return Double.NaN;
        int bestK = from;
        double bestSlope = Double.POSITIVE_INFINITY;
        for (int k = from; k < to - 1; k++) {
            double slope = (smoothed[k + 1] - smoothed[k]) / (Math.log(lrs[k + 1]) - Math.log(lrs[k]));
            if (slope < bestSlope) {
                bestSlope = slope;
                bestK = k;
            }
        }
        return lrs[bestK];
    }
}
