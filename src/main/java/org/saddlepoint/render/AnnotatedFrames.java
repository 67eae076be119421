package org.saddlepoint.render;

import java.awt.image.BufferedImage;

/**
 * Frames with a title card before them, a step counter and a caption band: the inner source
 * draws the picture into the top {@code height − band} rows (a shared sub-image, no copy).
 */
public final class AnnotatedFrames implements FrameSource {
    private final FrameSource inner;
    private final TitleCard card;
    private final int titleFrames, maxStep;
    private final CaptionOverlay caption;
    private final boolean counter;
    private final float scale;

    /**
     * @param inner   frames of width × (height − caption.bandHeight())
     * @param card    the title card (null: none)
     * @param caption the caption band (its band height may be 0)
     */
    public AnnotatedFrames(FrameSource inner, TitleCard card, int titleFrames, CaptionOverlay caption, boolean counter,
                           int maxStep, float scale) {
        this.inner = inner;
        this.card = card;
        this.titleFrames = card == null ? 0 : titleFrames;
        this.caption = caption;
        this.counter = counter;
        this.maxStep = maxStep;
        this.scale = scale;
    }

    @Override public int width() { return inner.width(); }

    @Override public int height() { return inner.height() + caption.bandHeight(); }

    @Override public int frameCount() { return titleFrames + inner.frameCount(); }

    @Override public int step(int index) { return index < titleFrames ? -1 : inner.step(index - titleFrames); }

    @Override public int[] keyColors() { return inner.keyColors(); }

    @Override public void render(int index, BufferedImage target) {
        if (index < titleFrames) {
            card.draw(target, scale);
            return;
        }
        BufferedImage picture = target.getSubimage(0, 0, inner.width(), inner.height());
        inner.render(index - titleFrames, picture);
        if (counter) CaptionOverlay.drawStepCounter(picture, inner.step(index - titleFrames), maxStep, scale);
        caption.drawBand(target);
    }

    @Override public void close() { inner.close(); }
}
