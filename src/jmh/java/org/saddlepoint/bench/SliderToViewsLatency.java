package org.saddlepoint.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import org.saddlepoint.optim.OptimizerKind;
import org.saddlepoint.optim.OptimizerSpec;
import org.saddlepoint.ui.FxWatchdog;
import org.saddlepoint.ui.model.LabModel;
import org.saddlepoint.ui.model.OptimizerEntry;

/**
 * Time from a learning-rate change to the updated views in the real window: 4 optimizers (SGD,
 * SGD + momentum, RMSprop, Adam) × 1,000 steps on Himmelblau, the app's own background worker.
 * The clock starts when the slider's value changes on the FX thread and stops at the first
 * pulse after the new trajectories are in the 3D tubes, the 2D chart and the charts (that pulse
 * renders them). After {@code WARMUP} untimed changes (default 0), 60 changes, one every 250 ms; prints median, p90 and max, and the CPU time the FX
 * thread itself spent per change (less sensitive to other load on the machine). Run under a display:
 * {@code xvfb-run -a java -Dprism.forceGPU=true -cp target/benchmarks.jar org.saddlepoint.bench.SliderToViewsLatency [3d|2d [WARMUP]]}.
 * During the timed changes a {@link FxWatchdog} measures how long input waits, and the CPU time
 * of each thread (render thread, llvmpipe) is printed per change.
 */
public final class SliderToViewsLatency {
    private static final int CHANGES = 60;

    private SliderToViewsLatency() { }

    public static void main(String[] args) {
        boolean show2d = args.length > 0 && "2d".equals(args[0]);
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        Platform.startup(() -> {
            LabModel model = BenchWindow.open("himmelblau", show2d, s -> { }).model();
            List<OptimizerSpec> specs = List.of(OptimizerSpec.defaults(OptimizerKind.SGD).withLr(0.001),
                    OptimizerSpec.defaults(OptimizerKind.SGD).withLr(0.001).withMomentum(0.9),
                    OptimizerSpec.defaults(OptimizerKind.RMSPROP).withLr(0.01),
                    OptimizerSpec.defaults(OptimizerKind.ADAM).withLr(0.05));
            List<OptimizerEntry> entries = new ArrayList<>();
            java.awt.Color[] colours = {java.awt.Color.ORANGE, java.awt.Color.CYAN, java.awt.Color.GREEN, java.awt.Color.RED};
            for (int i = 0; i < specs.size(); i++) entries.add(new OptimizerEntry(specs.get(i), 1000, colours[i]));
            model.optimizers().setAll(entries);
            OptimizerEntry adam = entries.get(3);
            long[] latency = new long[CHANGES], fxCpu = new long[CHANGES];
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            long[] cpuAt = {0};
            long[] changedAt = {0};
            boolean[] waitingForSnapshot = {false}, waitingForPulse = {false};
            int[] done = {-warmup}; // negative while warming up
            model.snapshotProperty().addListener((o, a, s) -> {
                if (waitingForSnapshot[0] && s.entries().contains(adam) && s.trajectoryOf(adam).isPresent()
                        && s.trajectoryOf(adam).get().spec().optimizer().lr() == adam.spec().lr()) {
                    waitingForSnapshot[0] = false;
                    waitingForPulse[0] = true; // every listener of the snapshot (views, charts) has run by the next pulse
                }
            });
            FxWatchdog[] watchdog = {null};
            @SuppressWarnings("unchecked") java.util.Map<String, Long>[] cpuFrom = new java.util.Map[1];
            long[] timedFrom = {0};
            new AnimationTimer() {
                long last;

                @Override public void handle(long now) {
                    if (waitingForPulse[0]) {
                        if (done[0] >= 0) {
                            fxCpu[done[0]] = threads.getCurrentThreadCpuTime() - cpuAt[0];
                            latency[done[0]] = System.nanoTime() - changedAt[0];
                        }
                        done[0]++;
                        waitingForPulse[0] = false;
                        if (done[0] == CHANGES) {
                            stop();
                            FxWatchdog.Stats w = watchdog[0].stats();
                            watchdog[0].close();
                            java.util.Map<String, Long> cpuTo = ThreadCpu.ticks();
                            long[] s = latency.clone(), c = fxCpu.clone();
                            Arrays.sort(s);
                            Arrays.sort(c);
                            System.out.printf("lr change -> views updated (%s tab, 4 optimizers x 1000 steps): median %.1f ms, p90 %.1f ms, max %.1f ms over %d changes;"
                                    + " FX thread CPU per change: median %.1f ms, p90 %.1f ms%n",
                                    show2d ? "2D" : "3D", s[CHANGES / 2] / 1e6, s[(int) (0.9 * CHANGES)] / 1e6, s[CHANGES - 1] / 1e6, CHANGES,
                                    c[CHANGES / 2] / 1e6, c[(int) (0.9 * CHANGES)] / 1e6);
                            System.out.printf("FX thread waits while changing (watchdog, 20 ms pings): %s%n", w.summary());
                            ThreadCpu.print(cpuFrom[0], cpuTo, (System.nanoTime() - timedFrom[0]) / 1e9, CHANGES, "change");
                            Platform.exit();
                        }
                    }
                    if (!waitingForSnapshot[0] && !waitingForPulse[0] && now - last > 250_000_000L && done[0] < CHANGES) {
                        last = now;
                        if (watchdog[0] == null && done[0] == 0) {
                            watchdog[0] = FxWatchdog.start();
                            cpuFrom[0] = ThreadCpu.ticks();
                            timedFrom[0] = System.nanoTime();
                        }
                        changedAt[0] = System.nanoTime();
                        cpuAt[0] = threads.getCurrentThreadCpuTime();
                        waitingForSnapshot[0] = true;
                        adam.specProperty().set(adam.spec().withLr(0.02 + 0.001 * Math.floorMod(done[0], 40)));
                    }
                }
            }.start();
        });
    }
}
