package org.saddlepoint.render;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

/**
 * A faster way than {@link Graphics2D#drawImage} to put the cached 2D background on a particular
 * target: the on-screen canvas converts the image once per {@code version} and keeps the texture,
 * where a generic Graphics2D bridge would convert it on every frame.
 */
@FunctionalInterface
public interface BackgroundBlitter {
    /**
     * Draws {@code image} with its top-left corner at ({@code x}, {@code y}) in {@code g2}'s user
     * space if this blitter handles {@code g2}; returns false to let the caller draw it.
     * {@code version} changes whenever the image's pixels do.
     */
    boolean blit(Graphics2D g2, BufferedImage image, long version, int x, int y);
}
