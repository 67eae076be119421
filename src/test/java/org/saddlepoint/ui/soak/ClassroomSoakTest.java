package org.saddlepoint.ui.soak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.prefs.Preferences;
import javax.imageio.ImageIO;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.saddlepoint.render.ExportOptions;
import org.saddlepoint.scene.Scene;
import org.saddlepoint.ui.AppPreferences;
import org.saddlepoint.ui.AppSettings;
import org.saddlepoint.ui.FxWatchdog;
import org.saddlepoint.ui.I18n;
import org.saddlepoint.ui.LabModels;
import org.saddlepoint.ui.LabShell;
import org.saddlepoint.ui.RequiresDisplay;
import org.saddlepoint.ui.export.ExportRequest;
import org.saddlepoint.ui.export.ExportTask;
import org.saddlepoint.ui.model.LabModel;
import org.saddlepoint.ui.model.Playback;
import org.saddlepoint.ui.model.SurfaceChoice;
import org.saddlepoint.ui.panel.LogSlider;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A long classroom session on the real window with the app's own background workers
 * ({@link LabModels#create()}): surface switches through the list, playback at the fastest
 * speed a user can pick, learning-rate slider drags with the mouse, and exports of what is on
 * screen (PNG, SVG and GIF in turn, small, as the Export menu does: the scene captured on the FX
 * thread, the file written by an {@link ExportTask} on a worker, then checked and deleted). An
 * {@link FxWatchdog} measures how long the FX thread keeps input waiting in each phase; the heap
 * after full collections is compared before and after. The script goes on as soon as what it
 * did is on screen (the results applied and the render thread idle for {@value #DRAWN_IDLE_MS} ms),
 * as a user who clicks the next surface once this one is drawn.
 *
 * <p>{@code mvn verify} runs the short session ({@value #SHORT_SWITCHES} switches,
 * {@value #SHORT_STEPS} animation steps, {@value #SHORT_DRAGS} drags, {@value #SHORT_EXPORTS}
 * exports); {@code -Dsaddlepoint.soak=full} runs the full one ({@value #FULL_SWITCHES} switches,
 * {@value #FULL_STEPS} steps, {@value #FULL_DRAGS} drags, {@value #FULL_EXPORTS} exports; it
 * needs {@code -Dtest.forkTimeout=0}, as it runs longer than the 15 minutes a test JVM gets).
 * {@code -Dsaddlepoint.soak.switches=N} and {@code -Dsaddlepoint.soak.drags=N} set the short run's number of switches and drags. Each run writes
 * its figures to {@code target/soak-report.txt} and stderr, and the JVM's class histograms at its
 * start and end to {@code target/soak-histogram-{start,end}.txt}; the full run also reports the
 * heap after a full collection at the end of each phase.
 */
@Tag("soak")
@ExtendWith({RequiresDisplay.class, ApplicationExtension.class})
class ClassroomSoakTest {
    static final int SHORT_SWITCHES = Integer.getInteger("saddlepoint.soak.switches", 20), SHORT_STEPS = 5_000,
            SHORT_DRAGS = Integer.getInteger("saddlepoint.soak.drags", 10), SHORT_EXPORTS = 6;
    static final int FULL_SWITCHES = 1_000, FULL_STEPS = 100_000, FULL_DRAGS = 200, FULL_EXPORTS = 100;
    /** Heap after full GC may grow by at most this much over the session (caches, JIT, glyphs). */
    static final long HEAP_MARGIN_BYTES = 64L << 20;
    /**
     * Hang detector, not a smoothness target: no single FX-thread wait may exceed 10 s. Measured
     * on the shared 2-core box with Mesa software GL under Xvfb (see the report), a surface
     * switch stalls the FX thread for up to ~3 s (software rendering of the new 256² mesh and
     * the 400² map) and playback at 16× for up to ~0.35 s; a deadlock, an endless loop or an
     * unbounded per-step rebuild on the FX thread exceeds 10 s. The smoothness figures (p50,
     * p99, stalls > 100 ms) are reported, not asserted: they depend on the machine's load.
     */
    static final double MAX_STALL_MS = 10_000;
    /** Liveness: on average the FX thread must run at least one ping per second of each phase. */
    static final double MIN_PINGS_PER_SECOND = 1;

    private static final boolean FULL = "full".equalsIgnoreCase(System.getProperty("saddlepoint.soak", ""));
    private LabModel model;
    private LabShell shell;

    @Start void start(Stage stage) {
        model = LabModels.create();
        model.choose(LabModels.DEFAULT_SURFACE);
        AppSettings settings = new AppSettings();
        settings.localeProperty().set(I18n.ENGLISH);
        Preferences node = Preferences.userRoot().node("org/saddlepoint/ui-soak-tests");
        shell = new LabShell(stage, model, settings, new AppPreferences(node), 1400, 900);
        stopTestFxKeepingFiredEvents();
        stage.show();
    }

    /**
     * TestFX keeps every event fired in its registered stage, for the life of the JVM, in a list
     * that only it can clear ({@code FxToolkitContext.firedEvents}). Each event holds its target,
     * and through it the controls a surface switch or an editor rebuild removed: over a full soak
     * that list held 2,113 events after a 250-switch run, and about 90 MB of removed controls (found with
     * JFR's old-object sampler, {@code path-to-gc-roots=true}), which the heap check then blamed
     * on the app. The soak measures the app's heap, so it stops that recording; the list's size is
     * checked to stay put.
     */
    private static void stopTestFxKeepingFiredEvents() {
        try {
            var field = org.testfx.api.FxToolkitContext.class.getDeclaredField("firedEvents");
            field.setAccessible(true);
            Object fired = field.get(org.testfx.api.FxToolkit.toolkitContext());
            if (fired instanceof org.testfx.service.support.FiredEvents f) f.stopStoringFiredEvents();
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("TestFX changed how it keeps fired events; the soak's heap figure would include them", e);
        }
    }

    @Test void aLongClassroomSessionKeepsTheWindowResponsiveAndTheHeapFlat(FxRobot robot) throws Exception {
        int switches = FULL ? FULL_SWITCHES : SHORT_SWITCHES, steps = FULL ? FULL_STEPS : SHORT_STEPS, drags = FULL ? FULL_DRAGS : SHORT_DRAGS;
        int exports = FULL ? FULL_EXPORTS : SHORT_EXPORTS;
        Path exportDir = Files.createTempDirectory("saddlepoint-soak-");
        export(0, exportDir); // warm-up: the export classes, fonts and the GIF encoder
        List<SurfaceChoice> catalog = model.catalog();
        // warm-up: every surface once (class loading, JIT, glyph caches, first mesh of each size)
        for (SurfaceChoice c : catalog) switchTo(robot, c);
        Thread.sleep(2000); // the warm-up's last jobs finish: the start is measured at rest, as the end is
        WaitForAsyncUtils.waitForFxEvents();
        int firedEventsKept = org.testfx.api.FxToolkit.toolkitContext().getFiredEvents().size();
        long heapStart = FxWatchdog.heapAfterFullGc();
        writeClassHistogram("start");
        long t0 = System.nanoTime();
        List<String> lines = new ArrayList<>();
        List<FxWatchdog.Stats> phases = new ArrayList<>();
        List<Double> phaseSeconds = new ArrayList<>();

        FxWatchdog w = FxWatchdog.start();
        long tp = System.nanoTime();
        // a stride coprime with the catalog size visits the surfaces in a changing order
        int stride = catalog.size() % 7 == 0 ? 5 : 7;
        for (int i = 0; i < switches; i++) {
            switchTo(robot, catalog.get((i * stride + 1) % catalog.size()));
            if ((i + 1) % 100 == 0) System.err.printf(Locale.ROOT, "[soak] ... %d switches in %.1f s: %s%n", i + 1, (System.nanoTime() - tp) / 1e9, w.stats().summary());
        }
        phases.add(finish(w, "surface switches " + switches, tp, lines));
        phaseSeconds.add((System.nanoTime() - tp) / 1e9);

        w = FxWatchdog.start();
        tp = System.nanoTime();
        long advanced = play(robot, steps);
        phases.add(finish(w, "animation steps " + advanced, tp, lines));
        phaseSeconds.add((System.nanoTime() - tp) / 1e9);

        w = FxWatchdog.start();
        tp = System.nanoTime();
        for (int i = 0; i < drags; i++) dragLearningRate(robot, i);
        phases.add(finish(w, "lr slider drags " + drags, tp, lines));
        phaseSeconds.add((System.nanoTime() - tp) / 1e9);

        w = FxWatchdog.start();
        tp = System.nanoTime();
        long bytes = 0;
        for (int i = 0; i < exports; i++) bytes += export(i, exportDir);
        phases.add(finish(w, String.format(Locale.ROOT, "exports %d (png/svg/gif, %.1f MB written)", exports, bytes / 1e6), tp, lines));
        phaseSeconds.add((System.nanoTime() - tp) / 1e9);
        try (var left = Files.list(exportDir)) {
            assertEquals(List.of(), left.toList(), "every export was deleted after its check, and no temporary file is left");
        }
        Files.delete(exportDir);

        robot.interact(() -> model.playback().playingProperty().set(false));
        long heapEnd = FxWatchdog.heapAfterFullGc();
        writeClassHistogram("end");
        lines.add(String.format(Locale.ROOT, "heap after full GC: start %d MB, end %d MB (margin %d MB); session %.1f s; %s run",
                heapStart >> 20, heapEnd >> 20, HEAP_MARGIN_BYTES >> 20, (System.nanoTime() - t0) / 1e9, FULL ? "full" : "short"));
        report(lines);

        // the session ends in a consistent state: the list, the model and the results agree
        SurfaceChoice last = model.choice();
        assertNotNull(model.gridProperty().get());
        assertEquals(last.domain(), model.gridProperty().get().grid3d().domain());
        assertEquals(model.optimizers(), model.snapshot().entries());
        assertTrue(advanced >= steps, "played " + advanced + " of " + steps + " steps");

        assertEquals(firedEventsKept, org.testfx.api.FxToolkit.toolkitContext().getFiredEvents().size(),
                "TestFX kept no events fired during the session (they would hold removed controls)");
        assertTrue(heapEnd <= heapStart + HEAP_MARGIN_BYTES,
                "heap after GC grew from " + (heapStart >> 20) + " MB to " + (heapEnd >> 20) + " MB");
        for (int i = 0; i < phases.size(); i++) {
            FxWatchdog.Stats s = phases.get(i);
            assertTrue(s.maxMillis() <= MAX_STALL_MS, "FX thread stalled " + s.maxMillis() + " ms: " + lines.get(i));
            assertTrue(s.pings() >= MIN_PINGS_PER_SECOND * phaseSeconds.get(i), "FX thread too rarely free: " + lines.get(i));
        }
    }

    private FxWatchdog.Stats finish(FxWatchdog w, String phase, long startNanos, List<String> lines) {
        w.close();
        FxWatchdog.Stats s = w.stats();
        String line = String.format(Locale.ROOT, "%s in %.1f s: %s", phase, (System.nanoTime() - startNanos) / 1e9, s.summary());
        if (FULL) line += String.format(Locale.ROOT, "; heap after full GC %d MB", FxWatchdog.heapAfterFullGc() >> 20);
        lines.add(line);
        System.err.println("[soak] " + line);
        return s;
    }

    private static void report(List<String> lines) throws IOException {
        String text = String.join(System.lineSeparator(), lines) + System.lineSeparator();
        System.err.println("[soak] " + lines.get(lines.size() - 1));
        Path out = Path.of("target", "soak-report.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, text);
    }

    /**
     * Writes the JVM's class histogram (live objects, after a full collection) to
     * {@code target/soak-histogram-WHEN.txt}, so that a growing heap can be traced to the classes
     * that grew (compare the start and end files).
     */
    private static void writeClassHistogram(String when) throws Exception {
        Object text = java.lang.management.ManagementFactory.getPlatformMBeanServer().invoke(
                new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                new Object[] {new String[0]}, new String[] {String[].class.getName()});
        Path out = Path.of("target", "soak-histogram-" + when + ".txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, String.valueOf(text));
    }

    /**
     * Selects {@code c} in the surface list (as a click does) and waits until its grids and
     * trajectories are applied and drawn: as a user clicks the next surface once this one is on
     * screen, and no sooner. (Clicking while the frame of the last surface is still being drawn
     * makes the click's own frame wait for it: that measures how many frames software GL draws a
     * second, not how long the window keeps a user waiting.)
     */
    private void switchTo(FxRobot robot, SurfaceChoice c) throws Exception {
        robot.interact(() -> {
            var list = shell.window().surfacePanel().list();
            list.getSelectionModel().select(c);
            list.scrollTo(c);
        });
        awaitFx(60, () -> model.choice() == c && settled());
        awaitDrawn();
    }

    /** Waits until JavaFX's render thread has been idle for {@value #DRAWN_IDLE_MS} ms on end (the last frame is drawn). */
    private static void awaitDrawn() throws InterruptedException {
        Thread renderer = Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("QuantumRenderer"))
                .findFirst().orElse(null);
        if (renderer == null) return;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30), idleSince = -1;
        while (System.nanoTime() < deadline) {
            Thread.State s = renderer.getState();
            boolean idle = s == Thread.State.WAITING || s == Thread.State.TIMED_WAITING;
            long now = System.nanoTime();
            if (!idle) idleSince = -1;
            else if (idleSince < 0) idleSince = now;
            else if (now - idleSince >= TimeUnit.MILLISECONDS.toNanos(DRAWN_IDLE_MS)) return;
            Thread.sleep(5);
        }
        throw new AssertionError("the render thread did not go idle within 30 s");
    }

    /**
     * How long the render thread must have been idle for the new surface to count as drawn: its
     * 3D mesh is built on a worker and applied a pulse or two after the grids, so a short idle
     * spell right after the grids does not yet mean the surface is on screen.
     */
    static final long DRAWN_IDLE_MS = 100;

    private boolean settled() {
        var grid = model.gridProperty().get();
        return model.gridProgressProperty().get() >= 1 && grid != null
                && grid.grid3d().domain().equals(model.choice().domain())
                && model.snapshot().entries().equals(model.optimizers());
    }

    /** Plays at the fastest speed offered until {@code steps} steps have been shown; returns how many were. */
    private long play(FxRobot robot, int steps) throws Exception {
        AtomicLong advanced = new AtomicLong();
        Playback p = model.playback();
        ChangeListener<Number> count = (o, a, b) -> {
            int d = b.intValue() - a.intValue();
            advanced.addAndGet(d > 0 ? d : b.intValue() + 1); // a wrap: to the end, then from step 0
        };
        robot.interact(() -> {
            p.loopProperty().set(true);
            p.speedProperty().set(Playback.SPEEDS[Playback.SPEEDS.length - 1]);
            p.stepProperty().addListener(count);
            p.playingProperty().set(true);
        });
        double seconds = steps / (Playback.BASE_STEPS_PER_SECOND * Playback.SPEEDS[Playback.SPEEDS.length - 1]);
        awaitFx((long) (3 * seconds) + 60, () -> advanced.get() >= steps);
        robot.interact(() -> {
            p.playingProperty().set(false);
            p.stepProperty().removeListener(count);
        });
        return advanced.get();
    }

    /** Drags the selected optimizer's learning-rate thumb right then left with the mouse, then waits for the rerun to be drawn. */
    private void dragLearningRate(FxRobot robot, int i) throws Exception {
        LogSlider lr = WaitForAsyncUtils.asyncFx(() -> shell.window().optimizerPanel().editor().lrSlider()).get(10, TimeUnit.SECONDS);
        Node thumb = lr.slider().lookup(".thumb");
        assertNotNull(thumb, "the lr slider has a thumb");
        double before = lr.getValue();
        // alternate right and left, so that the value wanders around the start instead of running into an end
        int dx = (i % 2 == 0 ? 1 : -1) * (20 + 5 * (i % 7));
        robot.drag(thumb).moveBy(dx, 0).moveBy(-dx / 2.0, 0).release(javafx.scene.input.MouseButton.PRIMARY);
        awaitFx(60, () -> settled() && lr.getValue() != before);
        awaitDrawn();
    }

    /**
     * Exports what is on screen as the Export menu does (PNG, SVG, GIF by turns; 200 × 150, GIFs
     * of 12 frames): the scene captured on the FX thread, written by an {@link ExportTask} on this
     * thread; checks the file decodes (PNG, GIF) or is an SVG, deletes it, and returns its size.
     */
    private long export(int i, Path dir) throws Exception {
        ExportRequest.Format f = switch (i % 3) {
            case 0 -> ExportRequest.Format.PNG;
            case 1 -> ExportRequest.Format.SVG;
            default -> ExportRequest.Format.GIF;
        };
        Path target = dir.resolve("soak-" + i + "." + f.extension());
        Scene scene = WaitForAsyncUtils.asyncFx(() -> shell.sceneHooks().capture()).get(30, TimeUnit.SECONDS);
        ExportTask task = new ExportTask(scene, new ExportRequest(f, target, false,
                ExportOptions.DEFAULT.withSize(200, 150).withFrames(12).withLocale(Locale.ENGLISH)));
        task.run();
        assertEquals(target, task.get(60, TimeUnit.SECONDS));
        long size = Files.size(target);
        if (f == ExportRequest.Format.SVG) {
            assertTrue(Files.readString(target).contains("<svg"), target.toString());
        } else {
            assertNotNull(ImageIO.read(target.toFile()), target + " decodes");
        }
        Files.delete(target);
        return size;
    }

    /** Polls {@code condition} on the FX thread until it holds. */
    private static void awaitFx(long seconds, Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!WaitForAsyncUtils.asyncFx(condition).get(seconds, TimeUnit.SECONDS)) {
            if (System.nanoTime() > deadline) throw new AssertionError("not settled within " + seconds + " s");
            Thread.sleep(5);
        }
    }
}
