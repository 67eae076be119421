package org.saddlepoint.ui;

import java.util.function.LongSupplier;

/**
 * Lets one window rebuild (presentation mode on/off) through per key press. A rebuild takes a
 * while; a held key's auto-repeat, or presses queued behind the rebuild, would otherwise toggle
 * the mode again and again (each toggle queueing more repeats). A switch passes only when the
 * key was released since the last switch and at least {@link #QUIET_NANOS} have passed since the
 * last switch <em>finished</em>. Lives as long as the shell, across the scenes it builds.
 */
public final class ModeSwitchGate {
    /** Quiet time after a finished switch during which further switch requests are dropped. */
    public static final long QUIET_NANOS = 400_000_000L;
    private final LongSupplier clock;
    private boolean keyHeld;
    private boolean switchedBefore;
    private long quietUntil;

    public ModeSwitchGate() { this(System::nanoTime); }

    ModeSwitchGate(LongSupplier clock) { this.clock = clock; }

    /** A switch key went down; true when this press may switch the mode. */
    public boolean keyPressed() {
        boolean held = keyHeld;
        keyHeld = true;
        return !held && (!switchedBefore || clock.getAsLong() - quietUntil >= 0);
    }

    /** The switch key came up. */
    public void keyReleased() { keyHeld = false; }

    /** Runs {@code change} now and starts the quiet time when it has finished. */
    public void switchNow(Runnable change) {
        try {
            change.run();
        } finally {
            switchedBefore = true;
            quietUntil = clock.getAsLong() + QUIET_NANOS;
        }
    }
}
