package org.saddlepoint.optim;

import java.util.Arrays;

/**
 * Parses schedule spec strings such as {@code step:step_size=100,gamma=0.5}, and holds the
 * schedules themselves (immutable records; equal specs give equal schedules). In every formula
 * k ≥ 0 is the number of scheduler steps taken, η the base learning rate, and the value is the
 * rate optimizer step k+1 uses when {@code scheduler.step()} follows each {@code optimizer.step()}.
 *
 * <table>
 * <caption>Spec grammar: {@code NAME[:key=value,...]}; defaults are torch's</caption>
 * <tr><td>{@code constant}</td><td>η</td></tr>
 * <tr><td>{@code step:step_size=S[,gamma=0.1]}</td><td>StepLR: η·γ^⌊k/S⌋</td></tr>
 * <tr><td>{@code multistep:milestones=M1;M2;…[,gamma=0.1]}</td><td>MultiStepLR: η·γ^(#milestones ≤ k)</td></tr>
 * <tr><td>{@code exp:gamma=G}</td><td>ExponentialLR: η·γ^k</td></tr>
 * <tr><td>{@code cosine:t_max=T[,eta_min=0]}</td><td>CosineAnnealingLR: η_min + (η−η_min)·(1+cos(πk/T))/2 —
 *     torch's recursive form equals this closed form for every k, also past T (the rate rises again, period 2T)</td></tr>
 * <tr><td>{@code poly:total_iters=5,power=1}</td><td>PolynomialLR: η·(1 − min(k,T)/T)^p</td></tr>
 * <tr><td>{@code linear:start_factor=1/3,end_factor=1,total_iters=5}</td><td>LinearLR: η·(s + (e−s)·min(k,T)/T)</td></tr>
 * <tr><td>{@code cyclic:base_lr=B,max_lr=M[,step_size_up=2000][,step_size_down=up]}</td><td>CyclicLR triangular:
 *     B + (M−B)·max(0, 1−|…|) over a cycle of up+down steps; like torch it ignores η (it sets the rate to B at construction)</td></tr>
 * <tr><td>{@code inv:gamma=G,power=P}</td><td>Caffe inv: η·(1+γk)^(−p)</td></tr>
 * <tr><td>{@code sigmoid:gamma=G,step=S}</td><td>Caffe sigmoid: η/(1+e^(−γ(k−S)))</td></tr>
 * <tr><td>{@code exp_range:start=A,end=B,steps=N}</td><td>LR range test: A·(B/A)^(k/(N−1)), from A at k = 0 to B at
 *     k = N−1 (and on at the same rate past it); ignores η</td></tr>
 * <tr><td>{@code warmup:steps=W[,start_factor=1/3]+SPEC}</td><td>SequentialLR(LinearLR(F, 1, W), SPEC, milestones=[W]):
 *     η·(F + (1−F)·k/W) for k &lt; W, then SPEC at k − W</td></tr>
 * </table>
 * Bad specs throw {@link IllegalArgumentException} with a one-line message naming the schedule,
 * the key or value, and what was expected.
 */
public final class Schedules {
    private Schedules() { }

    /** Parses a schedule spec (see the class comment); blank means {@link Schedule#CONSTANT}. */
    public static Schedule parse(String spec) {
        return ScheduleParser.parse(spec);
    }

    /** The schedule names {@link #parse} accepts. */
    public static final java.util.List<String> NAMES = java.util.List.of(
            "constant", "step", "multistep", "exp", "cosine", "poly", "linear", "cyclic", "inv", "sigmoid", "exp_range", "warmup");

    static String num(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return Double.toString(v);
    }

    /** StepLR: η·γ^⌊k/stepSize⌋. */
    public record Step(int stepSize, double gamma) implements Schedule {
        @Override public double lr(int k, double baseLr) { return baseLr * Math.pow(gamma, k / stepSize); }

        @Override public String spec() { return "step:step_size=" + stepSize + ",gamma=" + num(gamma); }
    }

    /** MultiStepLR: η·γ^(number of milestones ≤ k); milestones sorted ascending. */
    public record MultiStep(int[] milestones, double gamma) implements Schedule {
        public MultiStep {
            milestones = milestones.clone();
            Arrays.sort(milestones);
        }

        @Override public int[] milestones() { return milestones.clone(); }

        @Override public double lr(int k, double baseLr) {
            int passed = 0;
            for (int m : milestones) if (m <= k) passed++;
            return baseLr * Math.pow(gamma, passed);
        }

        @Override public String spec() {
            StringBuilder sb = new StringBuilder("multistep:milestones=");
            for (int i = 0; i < milestones.length; i++) sb.append(i == 0 ? "" : ";").append(milestones[i]);
            return sb.append(",gamma=").append(num(gamma)).toString();
        }

        @Override public boolean equals(Object o) {
            return o instanceof MultiStep m && Arrays.equals(milestones, m.milestones)
                    && Double.compare(gamma, m.gamma) == 0;
        }

        @Override public int hashCode() { return 31 * Arrays.hashCode(milestones) + Double.hashCode(gamma); }

        @Override public String toString() { return spec(); }
    }

    /** ExponentialLR: η·γ^k. */
    public record Exponential(double gamma) implements Schedule {
        @Override public double lr(int k, double baseLr) { return baseLr * Math.pow(gamma, k); }

        @Override public String spec() { return "exp:gamma=" + num(gamma); }
    }

    /** CosineAnnealingLR: η_min + (η − η_min)·(1 + cos(πk/T))/2 (periodic past T, as torch's recursion). */
    public record Cosine(int tMax, double etaMin) implements Schedule {
        @Override public double lr(int k, double baseLr) {
            return etaMin + (baseLr - etaMin) * (1 + Math.cos(Math.PI * k / tMax)) / 2;
        }

        @Override public String spec() { return "cosine:t_max=" + tMax + ",eta_min=" + num(etaMin); }
    }

    /** PolynomialLR: η·(1 − min(k, T)/T)^p. */
    public record Polynomial(int totalIters, double power) implements Schedule {
        @Override public double lr(int k, double baseLr) {
            return baseLr * Math.pow(1.0 - (double) Math.min(k, totalIters) / totalIters, power);
        }

        @Override public String spec() { return "poly:total_iters=" + totalIters + ",power=" + num(power); }
    }

    /** LinearLR: η·(s + (e − s)·min(k, T)/T). */
    public record Linear(double startFactor, double endFactor, int totalIters) implements Schedule {
        @Override public double lr(int k, double baseLr) {
            return baseLr * (startFactor + (endFactor - startFactor) * Math.min(k, totalIters) / totalIters);
        }

        @Override public String spec() {
            return "linear:start_factor=" + num(startFactor) + ",end_factor=" + num(endFactor) + ",total_iters=" + totalIters;
        }
    }

    /**
     * CyclicLR, triangular policy: with cycle length C = up + down and x = (k mod C),
     * B + (M − B)·x/up while x ≤ up, else B + (M − B)·(C − x)/down. Ignores η.
     */
    public record Cyclic(double baseLr, double maxLr, int stepSizeUp, int stepSizeDown) implements Schedule {
        @Override public double lr(int k, double ignored) {
            // torch: cycle = floor(1 + k/C); x = 1 + k/C − cycle; scale = x/ratio or (x−1)/(ratio−1)
            double total = stepSizeUp + stepSizeDown;
            double ratio = stepSizeUp / total;
            double cycle = Math.floor(1 + k / total);
            double x = 1. + k / total - cycle;
            double scale = x <= ratio ? x / ratio : (x - 1) / (ratio - 1);
            return baseLr + (maxLr - baseLr) * scale;
        }

        @Override public String spec() {
            return "cyclic:base_lr=" + num(baseLr) + ",max_lr=" + num(maxLr) + ",step_size_up=" + stepSizeUp
                    + ",step_size_down=" + stepSizeDown;
        }
    }

    /** Caffe "inv": η·(1 + γk)^(−p). */
    public record Inv(double gamma, double power) implements Schedule {
        @Override public double lr(int k, double baseLr) { return baseLr * Math.pow(1 + gamma * k, -power); }

        @Override public String spec() { return "inv:gamma=" + num(gamma) + ",power=" + num(power); }
    }

    /** Caffe "sigmoid": η/(1 + e^(−γ(k − S))). */
    public record Sigmoid(double gamma, int step) implements Schedule {
        @Override public double lr(int k, double baseLr) { return baseLr / (1 + Math.exp(-gamma * (k - step))); }

        @Override public String spec() { return "sigmoid:gamma=" + num(gamma) + ",step=" + step; }
    }

    /** LR range test: A·(B/A)^(k/(N−1)); ignores η. */
    public record ExpRange(double start, double end, int steps) implements Schedule {
        @Override public double lr(int k, double ignored) {
            return start * Math.pow(end / start, (double) k / (steps - 1));
        }

        @Override public String spec() { return "exp_range:start=" + num(start) + ",end=" + num(end) + ",steps=" + steps; }
    }

    /** Linear warmup from F·η to η over W steps, then {@code then} restarted at 0 (torch SequentialLR). */
    public record Warmup(int steps, double startFactor, Schedule then) implements Schedule {
        @Override public double lr(int k, double baseLr) {
            if (k < steps) return baseLr * (startFactor + (1 - startFactor) * k / steps);
            return then.lr(k - steps, baseLr);
        }

        @Override public String spec() { return "warmup:steps=" + steps + ",start_factor=" + num(startFactor) + "+" + then.spec(); }
    }
}
