package org.saddlepoint.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The F5 gate: a held key or presses queued behind a slow rebuild switch the mode once. */
class ModeSwitchGateTest {
    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final ModeSwitchGate gate = new ModeSwitchGate(now::get);
    private final AtomicInteger switches = new AtomicInteger();

    private void press() {
        if (gate.keyPressed()) gate.switchNow(() -> {
            switches.incrementAndGet();
            now.addAndGet(2_000_000_000L); // a rebuild that takes 2 s
        });
    }

    @Test void autoRepeatWhileHeldSwitchesOnce() {
        for (int i = 0; i < 50; i++) press(); // 50 repeats queued behind the rebuild
        assertEquals(1, switches.get());
        gate.keyReleased();
        now.addAndGet(ModeSwitchGate.QUIET_NANOS);
        press();
        assertEquals(2, switches.get());
    }

    @Test void aPressRightAfterASwitchIsDroppedEvenWhenReleasedBetween() {
        press();
        gate.keyReleased();
        now.addAndGet(ModeSwitchGate.QUIET_NANOS - 1);
        assertFalse(gate.keyPressed(), "a press queued behind the rebuild");
        gate.keyReleased();
        now.addAndGet(1);
        assertTrue(gate.keyPressed());
    }

    @Test void aFailingSwitchStillStartsTheQuietTime() {
        try {
            gate.switchNow(() -> { throw new IllegalStateException("boom"); });
        } catch (IllegalStateException expected) {
            // the shell reports it; the gate must not be left open
        }
        assertFalse(gate.keyPressed());
    }
}
