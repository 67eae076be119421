package org.saddlepoint.ui.model;

import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * Paces an animation's scene changes to the speed at which the renderer draws them, so that the
 * JavaFX thread does not sit waiting for frames.
 *
 * <p>A JavaFX pulse that has scene changes to copy first waits until the render thread has
 * finished the previous frame. Under software GL (Mesa llvmpipe, 2 cores) a frame of the 3D view
 * takes 60–130 ms, so an animation that changes the scene on every pulse keeps the FX thread
 * waiting for most of every frame, and clicks, keys and slider drags wait with it. The pacer lets
 * a change through only while the render thread is idle (waiting for its next job), so the pulse
 * that carries the change finds the previous frame drawn and does not wait. On a GPU the render
 * thread is idle again within a few ms, and every pulse may change the scene. So that the
 * animation never freezes (a renderer that never seems idle, another window's frames), a change
 * goes through anyway {@value #MAX_HOLD_MILLIS} ms after the previous one. The animation keeps
 * time itself (it advances by elapsed time), so pacing lowers its frame rate, not its speed.
 *
 * <p>The render thread is JavaFX's {@code QuantumRenderer}; it is found by name once. If it is
 * not found (another JavaFX version), nothing is held back. {@code -Dsaddlepoint.framePacing=false}
 * turns pacing off, for comparison.
 */
public final class FramePacer {
    public static final String PROPERTY = "saddlepoint.framePacing";
    static final long MAX_HOLD_MILLIS = 250;
    private static final String RENDER_THREAD_PREFIX = "QuantumRenderer";

    private final BooleanSupplier rendererBusy;
    private final LongSupplier clock;
    private long lastChange = Long.MIN_VALUE / 2;
    private long held, passed;

    /**
     * @param rendererBusy whether the render thread is drawing (or has work queued) now
     * @param clock wall time in ns
     */
    FramePacer(BooleanSupplier rendererBusy, LongSupplier clock) {
        this.rendererBusy = rendererBusy;
        this.clock = clock;
    }

    /** For the FX thread: watches JavaFX's render thread; never holds back with {@value #PROPERTY}=false. */
    public static FramePacer onFxThread() {
        if ("false".equals(System.getProperty(PROPERTY))) return new FramePacer(() -> false, System::nanoTime);
        return new FramePacer(new RenderThreadBusy(RENDER_THREAD_PREFIX), System::nanoTime);
    }

    /** Whether the animation may change the scene in this pulse. */
    public boolean mayChange() {
        long now = clock.getAsLong();
        if (now - lastChange >= MAX_HOLD_MILLIS * 1_000_000L || !rendererBusy.getAsBoolean()) {
            passed++;
            return true;
        }
        held++;
        return false;
    }

    /** Call after changing the scene. */
    public void changed() { lastChange = clock.getAsLong(); }

    /** Pulses in which {@link #mayChange} held a change back, and let one through. */
    public long heldBack() { return held; }

    public long letThrough() { return passed; }

    /**
     * Whether JavaFX's render thread is busy: it is idle when it waits ({@link Thread.State#WAITING}
     * or {@code TIMED_WAITING}) for its next job, and busy otherwise (drawing, in Java or in the
     * GL driver). Found by name on first use; none found means never busy.
     */
    static final class RenderThreadBusy implements BooleanSupplier {
        private final String namePrefix;
        private Thread renderer;
        private boolean searched;

        RenderThreadBusy(String namePrefix) { this.namePrefix = namePrefix; }

        @Override public boolean getAsBoolean() {
            if (!searched) {
                searched = true;
                for (Thread t : Thread.getAllStackTraces().keySet()) {
                    if (t.getName().startsWith(namePrefix)) renderer = t;
                }
            }
            if (renderer == null) return false;
            Thread.State s = renderer.getState();
            return s != Thread.State.WAITING && s != Thread.State.TIMED_WAITING && s != Thread.State.TERMINATED;
        }
    }
}
