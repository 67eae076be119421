package org.saddlepoint.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The paced queue with a simulated render thread and clock. */
class PacedFxExecutorTest {
    private final boolean[] busy = {false};
    private final long[] nowNs = {0};
    private final PacedFxExecutor.Queue queue = new PacedFxExecutor.Queue(new FramePacer(() -> busy[0], () -> nowNs[0]));
    private final List<String> ran = new ArrayList<>();

    @Test void anIdleRendererRunsATaskInTheSamePulse() {
        queue.add(() -> ran.add("a"));
        assertTrue(queue.pulse());
        assertEquals(List.of("a"), ran);
        assertEquals(0, queue.waiting());
    }

    @Test void aBusyRendererHoldsTasksBackUntilItIsIdleThenAllRunInOrder() {
        queue.add(() -> ran.add("first"));
        assertTrue(queue.pulse()); // idle: runs, and counts as the last change
        busy[0] = true;
        nowNs[0] = 20_000_000L;
        queue.add(() -> ran.add("a"));
        queue.add(() -> ran.add("b"));
        assertFalse(queue.pulse());
        nowNs[0] = 36_000_000L;
        assertFalse(queue.pulse());
        assertEquals(List.of("first"), ran);
        assertEquals(2, queue.waiting());
        busy[0] = false;
        assertTrue(queue.pulse());
        assertEquals(List.of("first", "a", "b"), ran);
    }

    @Test void aRendererThatStaysBusyDelaysATaskAtMostTheMaximumHold() {
        queue.add(() -> ran.add("first"));
        queue.pulse();
        busy[0] = true;
        queue.add(() -> ran.add("late"));
        long holdNs = FramePacer.MAX_HOLD_MILLIS * 1_000_000L;
        for (nowNs[0] = 0; nowNs[0] < holdNs; nowNs[0] += 16_666_667L) assertFalse(queue.pulse(), "held at " + nowNs[0] / 1e6 + " ms");
        nowNs[0] = holdNs;
        assertTrue(queue.pulse());
        assertEquals(List.of("first", "late"), ran);
    }

    @Test void anEmptyQueueHasNothingToWaitFor() {
        busy[0] = true;
        assertTrue(queue.pulse());
    }

    @Test void skippedPulsesHoldATaskBackEvenWhileTheRendererIsIdle() {
        PacedFxExecutor.Queue skipping = new PacedFxExecutor.Queue(new FramePacer(() -> busy[0], () -> nowNs[0]), 2);
        skipping.add(() -> ran.add("cached grid"));
        assertFalse(skipping.pulse(), "not in the call that queued it");
        assertFalse(skipping.pulse(), "not in the next pulse, which carries the click's own changes");
        busy[0] = true; // that pulse's frame is being drawn
        nowNs[0] = 16_000_000L;
        assertFalse(skipping.pulse());
        busy[0] = false;
        assertTrue(skipping.pulse());
        assertEquals(List.of("cached grid"), ran);
        skipping.add(() -> ran.add("next"));
        assertFalse(skipping.pulse(), "every new task skips its pulses again");
    }
}
