package org.saddlepoint.ui.model;

import java.util.ArrayDeque;
import java.util.concurrent.Executor;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * Runs background results on the FX thread in a pulse in which the render thread is idle
 * ({@link FramePacer}), at most {@value FramePacer#MAX_HOLD_MILLIS} ms late. A learning-rate
 * drag makes a new set of trajectories for nearly every mouse move; applied as they arrive, each
 * set redraws the 3D view, and the pulse that carries the next set first waits for that frame.
 * Held back until the renderer is idle, the sets that arrive meanwhile run together in one pulse
 * (the {@link TrajectoryComputer} drops all but the newest), and that pulse finds the previous
 * frame drawn.
 *
 * <p>{@link #execute} may be called from any thread. The tasks run in the order given, all of
 * those waiting in one pulse.
 */
public final class PacedFxExecutor implements Executor {
    private final Queue queue;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override public void handle(long now) {
            if (queue.pulse()) stop();
        }
    };

    /** Paced by JavaFX's render thread ({@link FramePacer#onFxThread()}: off with {@code -Dsaddlepoint.framePacing=false}). */
    public PacedFxExecutor() { this(0); }

    /**
     * @param skipPulses how many tries to run a task hold it back whatever the renderer does: the
     *        try right after it is queued counts, then each pulse. 2 lets the pulse that follows go
     *        first, with the frame of the change that asked for the result, and then waits for that
     *        frame to be drawn (for a result that is ready at once, such as a cached grid)
     */
    public PacedFxExecutor(int skipPulses) { this.queue = new Queue(FramePacer.onFxThread(), skipPulses); }

    @Override public void execute(Runnable task) {
        Platform.runLater(() -> {
            queue.add(task);
            if (queue.pulse()) return; // the renderer is idle now: ran at once
            timer.start();
        });
    }

    /** The FX-thread part, apart from the pulse timer (tests drive it). */
    static final class Queue {
        private final FramePacer pacer;
        private final ArrayDeque<Runnable> waiting = new ArrayDeque<>();
        private final int skipPulses;
        private int pulsesWaited;

        Queue(FramePacer pacer) { this(pacer, 0); }

        Queue(FramePacer pacer, int skipPulses) {
            this.pacer = pacer;
            this.skipPulses = skipPulses;
        }

        void add(Runnable task) {
            if (waiting.isEmpty()) {
                pulsesWaited = 0;
                if (skipPulses > 0) pacer.changed(); // held at most MAX_HOLD_MILLIS from now, not from the last task
            }
            waiting.add(task);
        }

        /** Runs every waiting task if the pacer lets a change through now; true when none waits afterwards. */
        boolean pulse() {
            if (waiting.isEmpty()) return true;
            if (pulsesWaited++ < skipPulses) return false; // (pulses the timer sees once started)
            if (!pacer.mayChange()) return false;
            while (!waiting.isEmpty()) {
                Runnable r = waiting.poll();
                r.run();
            }
            pacer.changed();
            return true;
        }

        int waiting() { return waiting.size(); }
    }
}
