package org.saddlepoint.ui.model;

import javafx.animation.AnimationTimer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * The playback head over the steps of the current trajectories: the current step in
 * [0, maxStep], play/pause, speed (0.25×…16× of {@value #BASE_STEPS_PER_SECOND} steps per
 * second) and loop. Driven by an {@link AnimationTimer} while playing; a {@link FramePacer}
 * holds step changes back while the renderer is still drawing (the step then moves further at
 * the next change, so the speed holds).
 */
public final class Playback {
    public static final double BASE_STEPS_PER_SECOND = 30;
    public static final double[] SPEEDS = {0.25, 0.5, 1, 2, 4, 8, 16};

    private final IntegerProperty step = new SimpleIntegerProperty(0);
    private final IntegerProperty maxStep = new SimpleIntegerProperty(0);
    private final BooleanProperty playing = new SimpleBooleanProperty(false);
    private final DoubleProperty speed = new SimpleDoubleProperty(1);
    private final BooleanProperty loop = new SimpleBooleanProperty(true);
    private final FramePacer pacer;
    private double carry;
    private long lastNanos = -1;

    private final AnimationTimer timer = new AnimationTimer() {
        @Override public void handle(long now) { tick(now); }
    };

    public Playback() { this(FramePacer.onFxThread()); }

    Playback(FramePacer pacer) {
        this.pacer = pacer;
        maxStep.addListener((o, a, b) -> { if (step.get() > b.intValue()) step.set(b.intValue()); });
        step.addListener((o, a, b) -> {
            int clamped = Math.max(0, Math.min(maxStep.get(), b.intValue()));
            if (clamped != b.intValue()) step.set(clamped);
        });
        playing.addListener((o, a, b) -> {
            lastNanos = -1;
            carry = 0;
            if (b) {
                if (step.get() >= maxStep.get()) step.set(0);
                timer.start();
            } else {
                timer.stop();
            }
        });
    }

    public IntegerProperty stepProperty() { return step; }

    public int step() { return step.get(); }

    public IntegerProperty maxStepProperty() { return maxStep; }

    public BooleanProperty playingProperty() { return playing; }

    public DoubleProperty speedProperty() { return speed; }

    public BooleanProperty loopProperty() { return loop; }

    public void togglePlay() { playing.set(!playing.get()); }

    public void stepForward() {
        playing.set(false);
        step.set(Math.min(maxStep.get(), step.get() + 1));
    }

    public void stepBack() {
        playing.set(false);
        step.set(Math.max(0, step.get() - 1));
    }

    public void home() { step.set(0); }

    public void end() { step.set(maxStep.get()); }

    /** Advances by elapsed time × speed; at the end it loops or stops. */
    void tick(long now) {
        if (lastNanos < 0) {
            lastNanos = now;
            return;
        }
        carry += (now - lastNanos) * 1e-9 * BASE_STEPS_PER_SECOND * speed.get();
        lastNanos = now;
        int whole = (int) carry;
        if (whole == 0 || !pacer.mayChange()) return;
        carry -= whole;
        int next = step.get() + whole;
        if (next > maxStep.get()) {
            if (loop.get()) next = 0;
            else {
                step.set(maxStep.get());
                playing.set(false);
                return;
            }
        }
        step.set(next);
        pacer.changed();
    }

    /** The pacer that holds step changes back while the renderer is busy. */
    public FramePacer pacer() { return pacer; }
}
