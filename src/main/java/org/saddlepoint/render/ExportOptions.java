package org.saddlepoint.render;

import java.util.Locale;

/**
 * What an export looks like: logical size {@code width × height} drawn at {@code scale}
 * (1920×1080 at 2 → 3840×2160 pixels, fonts and lines scaled with it), frame rate, the playback
 * steps [fromStep, toStep] spread over {@code frames} frames (0: one frame per step), the 3D camera
 * orbit per frame, the step counter and caption overlays, a title card of {@code titleSeconds}
 * and the language of texts.
 */
public record ExportOptions(int width, int height, double scale, double fps, int fromStep, int toStep, int frames,
                            double orbitDegreesPerFrame, boolean stepCounter, boolean caption, double titleSeconds,
                            Locale locale) {
    /** Largest pixel side accepted (8K). */
    public static final int MAX_PIXELS_SIDE = 8192;
    public static final ExportOptions DEFAULT = new ExportOptions(800, 600, 1, 30, 0, Integer.MAX_VALUE, 0, 0, true, true, 0, Locale.ENGLISH);

    public ExportOptions {
        if (width < 16 || height < 16) throw new IllegalArgumentException("size must be at least 16×16, got " + width + "×" + height);
        if (!(scale >= 0.25 && scale <= 8)) throw new IllegalArgumentException("scale must be in [0.25, 8], got " + scale);
        if (Math.round(width * scale) > MAX_PIXELS_SIDE || Math.round(height * scale) > MAX_PIXELS_SIDE) {
            throw new IllegalArgumentException("output larger than " + MAX_PIXELS_SIDE + " pixels per side: " + width + "×" + height + " at " + scale + "×");
        }
        if (!(fps > 0 && fps <= 120)) throw new IllegalArgumentException("fps must be in (0, 120], got " + fps);
        if (fromStep < 0 || toStep < fromStep) throw new IllegalArgumentException("step range needs 0 ≤ from ≤ to, got " + fromStep + ".." + toStep);
        if (frames < 0 || frames > 100_000) throw new IllegalArgumentException("frames must be in [0, 100000], got " + frames);
        if (!Double.isFinite(orbitDegreesPerFrame)) throw new IllegalArgumentException("orbit must be finite");
        if (!(titleSeconds >= 0 && titleSeconds <= 60)) throw new IllegalArgumentException("title card must be 0…60 s, got " + titleSeconds);
        if (locale == null) locale = Locale.ENGLISH;
    }

    /** Output width in pixels. */
    public int pixelWidth() { return (int) Math.round(width * scale); }

    /** Output height in pixels. */
    public int pixelHeight() { return (int) Math.round(height * scale); }

    public ExportOptions withSize(int w, int h) { return new ExportOptions(w, h, scale, fps, fromStep, toStep, frames, orbitDegreesPerFrame, stepCounter, caption, titleSeconds, locale); }

    public ExportOptions withScale(double s) { return new ExportOptions(width, height, s, fps, fromStep, toStep, frames, orbitDegreesPerFrame, stepCounter, caption, titleSeconds, locale); }

    public ExportOptions withFps(double f) { return new ExportOptions(width, height, scale, f, fromStep, toStep, frames, orbitDegreesPerFrame, stepCounter, caption, titleSeconds, locale); }

    public ExportOptions withSteps(int from, int to) { return new ExportOptions(width, height, scale, fps, from, to, frames, orbitDegreesPerFrame, stepCounter, caption, titleSeconds, locale); }

    public ExportOptions withFrames(int n) { return new ExportOptions(width, height, scale, fps, fromStep, toStep, n, orbitDegreesPerFrame, stepCounter, caption, titleSeconds, locale); }

    /** Frames for a duration in seconds at the current frame rate. */
    public ExportOptions withDuration(double seconds) { return withFrames(Math.max(1, (int) Math.round(seconds * fps))); }

    public ExportOptions withOrbit(double degreesPerFrame) { return new ExportOptions(width, height, scale, fps, fromStep, toStep, frames, degreesPerFrame, stepCounter, caption, titleSeconds, locale); }

    public ExportOptions withOverlays(boolean counter, boolean showCaption) { return new ExportOptions(width, height, scale, fps, fromStep, toStep, frames, orbitDegreesPerFrame, counter, showCaption, titleSeconds, locale); }

    public ExportOptions withTitleSeconds(double s) { return new ExportOptions(width, height, scale, fps, fromStep, toStep, frames, orbitDegreesPerFrame, stepCounter, caption, s, locale); }

    public ExportOptions withLocale(Locale l) { return new ExportOptions(width, height, scale, fps, fromStep, toStep, frames, orbitDegreesPerFrame, stepCounter, caption, titleSeconds, l); }

    /**
     * The playback step of animation frame {@code k} of {@code n}, for runs whose last row is
     * {@code maxStep}: evenly spread over [fromStep, min(toStep, maxStep)].
     */
    public static int stepOf(int k, int n, int from, int to) {
        if (n <= 1) return to;
        return from + (int) Math.round((double) k * (to - from) / (n - 1));
    }

    /** Number of animation frames for runs whose last row is {@code maxStep}. */
    public int animationFrames(int maxStep) {
        int to = Math.min(toStep, maxStep), from = Math.min(fromStep, to);
        return frames > 0 ? frames : to - from + 1;
    }
}
