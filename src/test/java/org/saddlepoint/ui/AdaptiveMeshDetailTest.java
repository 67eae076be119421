package org.saddlepoint.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The slow-frame rule: the median pulse interval, so a few hiccups do not coarsen the mesh. */
class AdaptiveMeshDetailTest {
    private static long[] frames(long nanos) {
        long[] a = new long[AdaptiveMeshDetail.WINDOW];
        Arrays.fill(a, nanos);
        return a;
    }

    @Test void steadySixtyFramesPerSecondIsFine() { assertFalse(AdaptiveMeshDetail.tooSlow(frames(16_666_667L))); }

    @Test void steadyEightFramesPerSecondIsSlow() { assertTrue(AdaptiveMeshDetail.tooSlow(frames(125_000_000L))); }

    @Test void aFewLongPausesAreNotSlowness() {
        long[] a = frames(20_000_000L);
        for (int i = 0; i < a.length / 2 - 1; i++) a[i] = 2_000_000_000L; // GC, a surface switch
        assertFalse(AdaptiveMeshDetail.tooSlow(a));
        a[a.length / 2 - 1] = 2_000_000_000L;
        a[a.length / 2] = 2_000_000_000L;
        assertTrue(AdaptiveMeshDetail.tooSlow(a), "more than half the frames slow");
    }

    @Test void theThresholdIsFifteenFramesPerSecond() {
        assertFalse(AdaptiveMeshDetail.tooSlow(frames(AdaptiveMeshDetail.SLOW_FRAME_NANOS)));
        assertTrue(AdaptiveMeshDetail.tooSlow(frames(AdaptiveMeshDetail.SLOW_FRAME_NANOS + 1)));
    }
}
