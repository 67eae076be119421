package org.saddlepoint.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The pacer in a simulated JavaFX pipeline: pulses on a 16.7 ms grid; a pulse that changes the
 * scene spends 2 ms of work, then waits until the render thread has finished the previous frame,
 * and the render thread then draws the new frame for {@code renderMs}. Without pacing every change
 * waits for most of a frame; with it no change waits, and the animation still gets about every
 * frame the renderer can draw.
 */
class FramePacerTest {
    static final double PULSE_MS = 1000.0 / 60, OWN_WORK_MS = 2;

    /** What a simulated run saw after its first second. */
    record Run(double maxWaitMs, double meanWaitMs, int changes, double seconds) {
        double framesPerSecond() { return changes / seconds; }
    }

    static Run simulate(double renderMs, boolean paced, double seconds) {
        long[] wall = {0}, renderDoneAt = {0};
        FramePacer pacer = new FramePacer(() -> wall[0] < renderDoneAt[0], () -> wall[0]);
        long pulseNs = (long) (PULSE_MS * 1e6), warm = 1_000_000_000L, nextPulse = 0;
        double maxWait = 0, sumWait = 0;
        int changes = 0;
        while (wall[0] < (long) (seconds * 1e9)) {
            wall[0] = Math.max(wall[0], nextPulse);
            if (!paced || pacer.mayChange()) {
                if (paced) pacer.changed(); // in the pulse's animation timer
                wall[0] += (long) (OWN_WORK_MS * 1e6); // CSS, layout
                long wait = Math.max(0, renderDoneAt[0] - wall[0]);
                wall[0] += wait; // "waiting for previous rendering"
                renderDoneAt[0] = wall[0] + (long) (renderMs * 1e6);
                if (wall[0] > warm) {
                    maxWait = Math.max(maxWait, wait / 1e6);
                    sumWait += wait / 1e6;
                    changes++;
                }
            }
            nextPulse = (wall[0] / pulseNs + 1) * pulseNs; // the next tick after this pulse
        }
        return new Run(maxWait, changes == 0 ? 0 : sumWait / changes, changes, seconds - 1);
    }

    @Test void aSlowRendererNoLongerKeepsTheFxThreadWaiting() {
        for (double renderMs : new double[] {45, 80, 130}) {
            Run unpaced = simulate(renderMs, false, 6), paced = simulate(renderMs, true, 6);
            assertTrue(unpaced.meanWaitMs() > renderMs - PULSE_MS - OWN_WORK_MS - 1, renderMs + " ms: " + unpaced);
            assertEquals(0, paced.maxWaitMs(), 1e-9, renderMs + " ms: " + paced);
            // a change waits at most one pulse for the renderer to be idle, so it still gets most frames
            double drawable = 1000 / (renderMs + OWN_WORK_MS);
            assertTrue(paced.framesPerSecond() > 0.75 * drawable, renderMs + " ms: " + paced.framesPerSecond() + " frames/s of " + drawable);
        }
    }

    @Test void aFastRendererMayChangeTheSceneOnEveryPulse() {
        Run paced = simulate(4, true, 4);
        assertEquals(0, paced.maxWaitMs(), 1e-9);
        assertEquals(60, paced.framesPerSecond(), 1.5);
    }

    @Test void aRendererThatNeverIdlesStillGetsAChangeEveryQuarterSecond() {
        long[] now = {0};
        FramePacer pacer = new FramePacer(() -> true, () -> now[0]);
        assertTrue(pacer.mayChange(), "the first change goes through");
        pacer.changed();
        now[0] += (FramePacer.MAX_HOLD_MILLIS - 1) * 1_000_000L;
        assertFalse(pacer.mayChange());
        now[0] += 1_000_000L;
        assertTrue(pacer.mayChange());
        assertEquals(1, pacer.heldBack());
        assertEquals(2, pacer.letThrough());
    }

    /** A thread that spins (drawing) until {@code drawing} is cleared, then waits for work until interrupted. */
    @Test void theRenderThreadIsBusyWhileItRunsAndIdleWhileItWaitsForWork() throws Exception {
        java.util.concurrent.atomic.AtomicBoolean drawing = new java.util.concurrent.atomic.AtomicBoolean(true);
        Object lock = new Object();
        Thread fake = new Thread(() -> {
            while (drawing.get()) Thread.onSpinWait();
            synchronized (lock) {
                try {
                    lock.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }, "FakeRendererForFramePacerTest-0");
        fake.setDaemon(true);
        fake.start();
        FramePacer.RenderThreadBusy busy = new FramePacer.RenderThreadBusy("FakeRendererForFramePacerTest");
        assertTrue(busy.getAsBoolean(), "a running render thread is busy");
        drawing.set(false);
        while (fake.getState() != Thread.State.WAITING) Thread.sleep(1);
        assertFalse(busy.getAsBoolean(), "a waiting render thread is idle");
        fake.interrupt();
        fake.join(5000);
        assertFalse(busy.getAsBoolean(), "an ended one too");
        assertFalse(new FramePacer.RenderThreadBusy("NoSuchThreadPrefix").getAsBoolean(), "none found: never busy");
    }
}
