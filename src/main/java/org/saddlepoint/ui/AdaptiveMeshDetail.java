package org.saddlepoint.ui;

import java.util.Arrays;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.beans.property.StringProperty;
import org.saddlepoint.ui.model.Playback;
import org.saddlepoint.ui.view3d.Landscape3DView;

/**
 * Keeps 3D playback smooth on slow (software) OpenGL. The 3D detail setting is {@code fine}
 * (mesh up to 256×256 as sampled), {@code coarse} (128×128) or {@code auto}: fine until playback
 * shows that frames take longer than {@link #SLOW_FRAME_NANOS} (median over
 * {@link #WINDOW} pulses while the 3D view animates), then coarse for the rest of the session
 * ({@code lowered}, which outlives a window rebuilt for another language or theme), with one notice. The pulses are timed only while playing, so an idle window costs nothing.
 */
public final class AdaptiveMeshDetail {
    /** Mesh sides: a 256² grid drawn whole, or every other sample (128 × 128 cells). */
    public static final int FINE = 256, COARSE = 129;
    /** A frame slower than this (under 15 frames/s) counts as slow. */
    public static final long SLOW_FRAME_NANOS = 1_000_000_000L / 15;
    public static final int WINDOW = 45;

    private final Landscape3DView view;
    private final StringProperty setting;
    private final BooleanSupplier showing3d;
    private final Consumer<String> notice;
    private final long[] intervals = new long[WINDOW];
    private int count;
    private long last = -1;
    private final javafx.beans.property.BooleanProperty lowered;
    private final AnimationTimer meter = new AnimationTimer() {
        @Override public void handle(long now) { pulse(now); }
    };

    /**
     * @param setting   {@code auto}, {@code fine} or {@code coarse} (e.g. from the View menu)
     * @param showing3d whether the 3D view is on screen now
     * @param notice    told once, in words, when auto lowers the detail
     */
    public AdaptiveMeshDetail(Landscape3DView view, StringProperty setting, javafx.beans.property.BooleanProperty lowered,
                              Playback playback, BooleanSupplier showing3d,
                              Consumer<String> notice, Listeners listeners) {
        this.view = view;
        this.setting = setting;
        this.lowered = lowered;
        this.showing3d = showing3d;
        this.notice = notice;
        listeners.bindAll(this::applySetting, setting);
        listeners.bindAll(() -> {
            if (playback.playingProperty().get() && "auto".equals(setting.get()) && view.meshDetail() > COARSE) start();
            else stop();
        }, playback.playingProperty(), setting);
        listeners.add(this::stop);
    }

    private void applySetting() {
        switch (String.valueOf(setting.get())) {
            case "coarse" -> view.setMeshDetail(COARSE);
            case "fine" -> view.setMeshDetail(FINE);
            default -> view.setMeshDetail(lowered.get() ? COARSE : FINE);
        }
    }

    private void start() {
        count = 0;
        last = -1;
        meter.start();
    }

    private void stop() { meter.stop(); }

    private void pulse(long now) {
        if (!showing3d.getAsBoolean()) {
            last = -1;
            return;
        }
        if (last >= 0) intervals[count++ % WINDOW] = now - last;
        last = now;
        if (count < WINDOW) return;
        if (tooSlow(intervals)) {
            stop();
            lowered.set(true);
            view.setMeshDetail(COARSE);
            notice.accept("coarse");
        } else if (count >= 4 * WINDOW) {
            stop(); // smooth enough: stop timing
        }
    }

    /** Whether the median of {@code intervalsNanos} is slower than {@link #SLOW_FRAME_NANOS}. */
    static boolean tooSlow(long[] intervalsNanos) {
        long[] s = intervalsNanos.clone();
        Arrays.sort(s);
        return s[s.length / 2] > SLOW_FRAME_NANOS;
    }

    /** Whether auto has lowered the detail in this session. */
    public boolean loweredAutomatically() { return lowered.get(); }
}
