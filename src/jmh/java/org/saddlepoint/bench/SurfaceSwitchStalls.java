package org.saddlepoint.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import org.saddlepoint.ui.FxWatchdog;
import org.saddlepoint.ui.model.LabModel;
import org.saddlepoint.ui.model.SurfaceChoice;

/**
 * How long the FX thread is held when the surface changes: the real window (1600×1000, app
 * workers), cycling through the bundled surfaces every 400 ms. After {@code W} untimed switches
 * (default 150, about a minute, so the JIT has compiled what a switch runs), {@code N} timed
 * switches (default 60). Prints the FX thread's CPU time per switch (from the change until the
 * first pulse after the new grid is shown), the longest gap between pulses per switch, how long
 * input waited during the timed switches (a {@link FxWatchdog}, as in the soak), and where
 * the machine's CPU time went while the timed switches ran (per thread, from /proc on Linux;
 * {@code llvmpipe-N} are Mesa's software rasterizer threads). Run under a display:
 * {@code xvfb-run -a -s "-screen 0 1600x1000x24" java -Dprism.forceGPU=true -cp target/benchmarks.jar org.saddlepoint.bench.SurfaceSwitchStalls [N [auto|fine|coarse [3d|2d [W [contours|nocontours]]]]]}
 * ({@code -Dsaddlepoint.bench.surfaces=a,b} cycles through those surfaces only; the second argument is View › 3D detail, the third the tab shown, the fifth View › Contours).
 */
public final class SurfaceSwitchStalls {
    private SurfaceSwitchStalls() { }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        String tab = args.length > 2 ? args[2] : "3d";
        int warm = args.length > 3 ? Integer.parseInt(args[3]) : 150;
        Platform.startup(() -> {
            // the second argument is View › 3D detail: auto (default), fine or coarse
            LabModel model = BenchWindow.open("himmelblau", "2d".equals(tab), s -> {
                if (args.length > 1) s.meshDetailProperty().set(args[1]);
                if (args.length > 4) s.contoursProperty().set(!"nocontours".equals(args[4]));
            }).model();
            String only = System.getProperty("saddlepoint.bench.surfaces"); // e.g. logistic-mse,himmelblau
            List<String> ids = only == null ? List.of() : List.of(only.split(","));
            List<SurfaceChoice> all = only == null ? model.catalog() : model.catalog().stream().filter(c -> ids.contains(c.id())).toList();
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            // -Dsaddlepoint.bench.lookMs=L: a timed switch comes L ms after the previous surface is on screen
            // (its grid applied and the render thread idle once since), as a user looks before clicking on
            long lookMs = Long.getLong("saddlepoint.bench.lookMs", -1);
            Thread renderer = Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("QuantumRenderer")).findFirst().orElse(null);
            long[] cpu = new long[n], gap = new long[n];
            String[] names = new String[n];
            new AnimationTimer() {
                long lastPulse = -1, switchedAt = -1, cpuAt, maxGap, timedFrom, shownAt = -1;
                int done = -warm, k;
                boolean waiting;
                SurfaceChoice chosen;
                Map<String, Long> threadCpuAtStart;
                FxWatchdog watchdog;

                @Override public void handle(long now) {
                    if (lastPulse > 0) maxGap = Math.max(maxGap, now - lastPulse);
                    lastPulse = now;
                    if (shownAt == -2) shownAt = -1; // a pulse after the one that applied the grid, whose frame may now be drawn
                    if (waiting && model.gridProgressProperty().get() >= 1) {
                        if (done >= 0) {
                            cpu[done] = threads.getCurrentThreadCpuTime() - cpuAt;
                            gap[done] = maxGap;
                            names[done] = chosen.id() + ("2d".equals(chosen.defaultView()) ? " (2D)" : "");
                        }
                        done++;
                        waiting = false;
                        shownAt = -2;
                        if (done == 0) { threadCpuAtStart = ThreadCpu.ticks(); timedFrom = now; watchdog = FxWatchdog.start(); }
                        if (done == n) {
                            stop();
                            System.out.println("FX thread waits while switching (watchdog, 20 ms pings): " + watchdog.stats().summary());
                            watchdog.close();
                            slowest(gap, names);
                            report(n, warm, cpu, gap, threadCpuAtStart, ThreadCpu.ticks(), (now - timedFrom) / 1e9);
                            Platform.exit();
                        }
                    }
                    if (!waiting && shownAt == -1 && (renderer == null || renderer.getState() == Thread.State.WAITING
                            || renderer.getState() == Thread.State.TIMED_WAITING)) shownAt = now;
                    boolean due = lookMs >= 0 && done >= 0 ? shownAt >= 0 && now - shownAt > lookMs * 1_000_000L : now - switchedAt > 400_000_000L;
                    if (!waiting && due && done < n) {
                        shownAt = -1;
                        switchedAt = now;
                        maxGap = 0;
                        cpuAt = threads.getCurrentThreadCpuTime();
                        waiting = true;
                        chosen = all.get(k++ % all.size());
                        // -Dsaddlepoint.bench.chooseAfterPulse=true: chosen between pulses, as a click is, not inside one
                        SurfaceChoice c = chosen;
                        if (CHOOSE_AFTER_PULSE) Platform.runLater(() -> model.choose(c));
                        else model.choose(c);
                    }
                }
            }.start();
        });
    }

    static final boolean CHOOSE_AFTER_PULSE = Boolean.getBoolean("saddlepoint.bench.chooseAfterPulse");

    /** The switches whose longest pulse gap passed 100 ms, by surface (before {@code gap} is sorted). */
    private static void slowest(long[] gap, String[] names) {
        Map<String, List<Long>> by = new TreeMap<>();
        for (int i = 0; i < gap.length; i++) if (gap[i] > 100_000_000L) by.computeIfAbsent(names[i], x -> new ArrayList<>()).add(gap[i] / 1_000_000);
        System.out.println("switches with a pulse gap over 100 ms, by surface shown (ms): " + by);
    }

    private static void report(int n, int warm, long[] cpu, long[] gap, Map<String, Long> before, Map<String, Long> after, double seconds) {
        Arrays.sort(cpu);
        Arrays.sort(gap);
        System.out.printf("surface switch (%d switches after %d untimed): FX thread CPU median %.0f ms, p90 %.0f ms, max %.0f ms;"
                + " longest pulse gap median %.0f ms, p90 %.0f ms, max %.0f ms%n", n, warm, cpu[n / 2] / 1e6, cpu[(int) (0.9 * n)] / 1e6,
                cpu[n - 1] / 1e6, gap[n / 2] / 1e6, gap[(int) (0.9 * n)] / 1e6, gap[n - 1] / 1e6);
        ThreadCpu.print(before, after, seconds, n, "switch");
    }
}
