package org.saddlepoint.ui;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * A diagnostic for {@link FxWatchdog}: while a ping has waited at least {@value #FIRST_SAMPLE_MS} ms,
 * it records, every {@value #SAMPLE_EVERY_MS} ms, the stacks of the JavaFX application thread
 * and of the render thread ({@code QuantumRenderer-0}), and at the end of the wait how long it
 * was and how many milliseconds the garbage collectors reported over it. Enabled with
 * {@code -Dsaddlepoint.watchdog.stallStacks=FILE} (appended to); otherwise {@link #fromSystemProperty()}
 * returns {@code null} and nothing is sampled. Taking a stack stops the JVM at a safepoint for a
 * fraction of a millisecond; it is for finding causes, not for measuring.
 */
final class StallStacks {
    static final String PROPERTY = "saddlepoint.watchdog.stallStacks";
    static final int FIRST_SAMPLE_MS = 60, SAMPLE_EVERY_MS = 30, FRAMES = 14;

    private final Path file;
    private int waits;
    private StringBuilder current;
    private long gcMillisAtStart, nextSampleNanos, startNanos;
    /** CPU ticks per thread of this process, of the X server, and of the machine, from the first sample on (Linux only). */
    private java.util.Map<String, Long> cpuAtFirstSample;

    private StallStacks(Path file) { this.file = file; }

    static StallStacks fromSystemProperty() {
        String f = System.getProperty(PROPERTY, "");
        return f.isBlank() ? null : new StallStacks(Path.of(f));
    }

    /** A ping was posted at {@code sentNanos}. */
    void begin(long sentNanos) {
        startNanos = sentNanos;
        nextSampleNanos = sentNanos + FIRST_SAMPLE_MS * 1_000_000L;
        current = null;
        gcMillisAtStart = gcMillis();
    }

    /** Called while the ping waits; samples when its time has come. */
    void poll(long nowNanos) {
        if (nowNanos < nextSampleNanos) return;
        if (current == null) {
            current = new StringBuilder();
            cpuAtFirstSample = cpuTicks();
        }
        current.append(String.format(Locale.ROOT, "  at %d ms%n", (nowNanos - startNanos) / 1_000_000));
        // one snapshot of all threads (one safepoint), so the two stacks are from the same moment
        for (java.util.Map.Entry<Thread, StackTraceElement[]> e : Thread.getAllStackTraces().entrySet()) {
            Thread t = e.getKey();
            String n = t.getName();
            if (!n.equals("JavaFX Application Thread") && !n.startsWith("QuantumRenderer")) continue;
            StackTraceElement[] st = e.getValue();
            current.append("    ").append(n).append(' ').append(t.getState()).append('\n');
            for (int i = 0; i < Math.min(FRAMES, st.length); i++) current.append("      ").append(st[i]).append('\n');
        }
        nextSampleNanos = nowNanos + SAMPLE_EVERY_MS * 1_000_000L;
    }

    /** The ping ran after {@code waitedNanos}; writes what was sampled if it waited over {@link FxWatchdog#STALL_MS}. */
    void end(long waitedNanos) {
        if (current == null || waitedNanos <= FxWatchdog.STALL_MS * 1_000_000L) return;
        String head = String.format(Locale.ROOT, "wait %d: %.1f ms, gc %d ms%n", ++waits, waitedNanos / 1e6, gcMillis() - gcMillisAtStart)
                + cpuSinceFirstSample();
        try {
            Files.writeString(file, head + current, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            System.err.println("saddlepoint watchdog: cannot write " + file + ": " + e.getMessage());
        }
        current = null;
    }

    /**
     * One line: the CPU time (in clock ticks of 10 ms) each thread of this process, the X server
     * and the machine's idle time used from the first sample to the end of the wait, largest first.
     */
    private String cpuSinceFirstSample() {
        if (cpuAtFirstSample == null || cpuAtFirstSample.isEmpty()) return "";
        java.util.Map<String, Long> now = cpuTicks();
        java.util.Map<String, Long> used = new java.util.TreeMap<>();
        for (var e : now.entrySet()) {
            long d = e.getValue() - cpuAtFirstSample.getOrDefault(e.getKey(), e.getValue());
            if (d > 0) used.merge(e.getKey().replaceAll("#\\d+$", "").replaceAll("-\\d+$", "-#"), d, Long::sum);
        }
        StringBuilder b = new StringBuilder("  cpu ticks since the first sample:");
        used.entrySet().stream().sorted((x, y) -> Long.compare(y.getValue(), x.getValue()))
                .forEach(e -> b.append(' ').append(e.getKey()).append('=').append(e.getValue()));
        return b.append('\n').toString();
    }

    /** utime + stime per thread ("name#tid"), of processes named Xvfb or Xorg ("X server"), and the machine's idle ("idle"); empty where /proc is not there. */
    private static java.util.Map<String, Long> cpuTicks() {
        java.util.Map<String, Long> out = new java.util.HashMap<>();
        try (var tasks = Files.list(Path.of("/proc/self/task"))) {
            tasks.forEach(t -> {
                long[] v = statTicks(t.resolve("stat"));
                if (v != null) out.put(name(t) + "#" + t.getFileName(), v[0]);
            });
        } catch (IOException | RuntimeException e) {
            return out;
        }
        try (var procs = Files.list(Path.of("/proc"))) {
            procs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).forEach(p -> {
                String n = name(p);
                if (n.equals("Xvfb") || n.equals("Xorg")) {
                    long[] v = statTicks(p.resolve("stat"));
                    if (v != null) out.merge("X server", v[0], Long::sum);
                }
            });
            String cpu = Files.readAllLines(Path.of("/proc/stat")).get(0); // cpu user nice system idle …
            out.put("idle", Long.parseLong(cpu.trim().split("\\s+")[4]));
        } catch (IOException | RuntimeException e) {
            // best effort
        }
        return out;
    }

    private static String name(Path proc) {
        try {
            return Files.readString(proc.resolve("comm")).trim();
        } catch (IOException e) {
            return "?";
        }
    }

    /** {utime + stime} from a /proc stat file, or null. */
    private static long[] statTicks(Path stat) {
        try {
            String s = Files.readString(stat);
            String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
            return new long[] {Long.parseLong(f[11]) + Long.parseLong(f[12])};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static long gcMillis() {
        long sum = 0;
        for (GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) sum += Math.max(0, b.getCollectionTime());
        return sum;
    }
}
