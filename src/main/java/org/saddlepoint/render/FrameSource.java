package org.saddlepoint.render;

import java.awt.image.BufferedImage;

/**
 * A sequence of frames of one size, rendered on demand: 2D frames from the landscape chart
 * ({@link Frame2DSource}), 3D frames from a {@link Frame3DSource}, or either with a title card and
 * overlays ({@link AnnotatedFrames}). Frames may be rendered in any order; one thread at a time.
 */
public interface FrameSource extends AutoCloseable {
    /** Frame width in pixels. */
    int width();

    /** Frame height in pixels. */
    int height();

    int frameCount();

    /** Draws frame {@code index} over all of {@code target} (an image of {@link #width()} × {@link #height()} or a sub-image). */
    void render(int index, BufferedImage target);

    /** The playback step shown by frame {@code index} (−1 for a frame that shows none, such as a title card). */
    int step(int index);

    /** Colours that must be exact in a palette (trajectory colours, text), 0xRRGGBB. */
    default int[] keyColors() { return new int[] {0x000000, 0xFFFFFF}; }

    /** Releases what the source holds (e.g. a 3D stage). */
    @Override default void close() { }
}
