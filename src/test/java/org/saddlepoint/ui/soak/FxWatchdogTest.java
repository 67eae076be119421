package org.saddlepoint.ui.soak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.saddlepoint.ui.FxWatchdog;
import org.saddlepoint.ui.RequiresDisplay;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The watchdog sees a blocked FX thread: while the FX thread sleeps 400 ms, the ping posted
 * (at most one interval plus a poll after the block starts) waits at least ~300 ms, so the
 * maximum and the stall count must show it. Lower bounds only: a loaded machine can only make
 * the measured waits longer.
 */
@ExtendWith({RequiresDisplay.class, ApplicationExtension.class})
class FxWatchdogTest {
    @Start void start(Stage stage) { stage.show(); }

    @Test void aBlockedFxThreadIsMeasuredAsAStall() throws Exception {
        try (FxWatchdog w = FxWatchdog.start(10)) {
            awaitPings(w, 5);
            CountDownLatch blocked = new CountDownLatch(1);
            Platform.runLater(() -> {
                long until = System.nanoTime() + 400_000_000L;
                while (System.nanoTime() < until) {
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
                blocked.countDown();
            });
            assertTrue(blocked.await(10, TimeUnit.SECONDS));
            long after = w.stats().pings();
            awaitPings(w, after + 3);
            FxWatchdog.Stats s = w.stats();
            assertTrue(s.maxMillis() >= 250, s.summary());
            assertTrue(s.stalls() >= 1, s.summary());
            assertTrue(s.p50Millis() <= s.p99Millis() && s.p99Millis() <= s.maxMillis(), s.summary());
            assertTrue(s.summary().startsWith("pings " + s.pings() + ", max "), s.summary());
            w.resetLatencies();
            assertEquals(0, w.stats().pings());
            assertEquals(0, w.stats().stalls());
        }
    }

    /**
     * With {@code -Dsaddlepoint.watchdog.stallStacks=FILE} a wait over 100 ms is written down with
     * the FX thread's stack while it waited: here it shows the method that held the thread.
     */
    @Test void aStallIsWrittenDownWithWhatTheFxThreadWasDoing(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path file = dir.resolve("stalls.txt");
        System.setProperty("saddlepoint.watchdog.stallStacks", file.toString());
        FxWatchdog w;
        try {
            w = FxWatchdog.start(10);
        } finally {
            System.clearProperty("saddlepoint.watchdog.stallStacks");
        }
        try (w) {
            awaitPings(w, 5);
            CountDownLatch held = new CountDownLatch(1);
            Platform.runLater(() -> {
                holdTheFxThreadFor(300);
                held.countDown();
            });
            assertTrue(held.await(10, TimeUnit.SECONDS));
            awaitPings(w, w.stats().pings() + 3);
        }
        String text = java.nio.file.Files.readString(file);
        assertTrue(text.startsWith("wait 1: "), text);
        assertTrue(text.contains("JavaFX Application Thread"), text);
        assertTrue(text.contains("FxWatchdogTest.holdTheFxThreadFor"), text);
    }

    private static void holdTheFxThreadFor(long millis) {
        long until = System.nanoTime() + millis * 1_000_000L;
        while (System.nanoTime() < until) Thread.onSpinWait();
    }

    @Test void heapAfterFullGcSeesALiveArrayAndItsRelease() {
        long base = FxWatchdog.heapAfterFullGc();
        long[] held = new long[32 << 20]; // 256 MB
        held[held.length - 1] = 1;
        long with = FxWatchdog.heapAfterFullGc();
        assertTrue(with >= base + (200L << 20), "base " + (base >> 20) + " MB, with the array " + (with >> 20) + " MB");
        assertEquals(1, held[held.length - 1]);
        held = null;
        long without = FxWatchdog.heapAfterFullGc();
        assertTrue(without <= with - (200L << 20), "with " + (with >> 20) + " MB, released " + (without >> 20) + " MB");
        assertTrue(FxWatchdog.heapAfterLastGc() > 0, "the heap pools report their usage after a collection");
    }

    private static void awaitPings(FxWatchdog w, long n) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (w.stats().pings() < n) {
            if (System.nanoTime() > deadline) throw new AssertionError("watchdog made only " + w.stats().pings() + " pings");
            Thread.sleep(10);
        }
    }
}
