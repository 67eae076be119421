package org.saddlepoint.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where this process's CPU time goes, per thread, from {@code /proc/self/task} (Linux; elsewhere
 * empty): {@link #ticks()} before and after a measured stretch, {@link #print} the difference.
 * Used by the window benchmarks to split a UI change's cost between the FX thread, JavaFX's
 * render thread and the GL driver's threads (Mesa's llvmpipe).
 */
final class ThreadCpu {
    private ThreadCpu() { }

    /** CPU time (clock ticks of 10 ms) per thread name, numbered names merged (llvmpipe-0, -1 → llvmpipe-#); empty off Linux. */
    static Map<String, Long> ticks() {
        Map<String, Long> m = new TreeMap<>();
        Path tasks = Path.of("/proc/self/task");
        if (!Files.isDirectory(tasks)) return m;
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(tasks)) {
            for (Path t : ds) {
                try {
                    String st = Files.readString(t.resolve("stat"));
                    String name = st.substring(st.indexOf('(') + 1, st.lastIndexOf(')')).replaceAll("[0-9]+$", "#");
                    String[] f = st.substring(st.lastIndexOf(')') + 2).split(" ");
                    m.merge(name, Long.parseLong(f[11]) + Long.parseLong(f[12]), Long::sum); // utime + stime
                } catch (IOException | RuntimeException e) {
                    // the thread ended meanwhile
                }
            }
        } catch (IOException e) {
            m.clear();
        }
        return m;
    }

    /** Prints the CPU used between {@code before} and {@code after} in all and by the 12 busiest threads, per {@code what} of {@code n}. */
    static void print(Map<String, Long> before, Map<String, Long> after, double seconds, int n, String what) {
        if (before.isEmpty()) return;
        long total = 0;
        Map<String, Long> used = new TreeMap<>();
        for (Map.Entry<String, Long> e : after.entrySet()) {
            long d = e.getValue() - before.getOrDefault(e.getKey(), 0L);
            if (d > 0) used.put(e.getKey(), d);
            total += Math.max(0, d);
        }
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf("CPU time while timed (%.1f s wall, %d cores): %.1f s in all%n", seconds, cores, total / 100.0);
        used.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(12)
                .forEach(e -> System.out.printf("  %-26s %6.2f s (%.0f ms per %s)%n", e.getKey(), e.getValue() / 100.0, e.getValue() * 10.0 / n, what));
    }
}
