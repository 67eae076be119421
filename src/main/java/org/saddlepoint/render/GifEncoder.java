package org.saddlepoint.render;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** {@link FrameEncoder} adapter of {@link GifWriter}. */
final class GifEncoder implements FrameEncoder {
    private final GifWriter writer;

    GifEncoder(OutputStream out, int width, int height, double fps, List<int[]> samples, int[] keyColors) throws IOException {
        writer = new GifWriter(out, width, height, fps, samples, keyColors);
    }

    static int[] pixels(BufferedImage rgbImage) {
        return ((DataBufferInt) rgbImage.getRaster().getDataBuffer()).getData();
    }

    @Override public void add(BufferedImage frame) throws IOException { writer.addFrame(pixels(frame)); }

    @Override public void finish() throws IOException { writer.finish(); }

    @Override public void abort() { }
}
