package org.saddlepoint.render;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jcodec.api.awt.AWTSequenceEncoder;
import org.jcodec.common.io.NIOUtils;
import org.jcodec.common.io.SeekableByteChannel;
import org.jcodec.common.model.Rational;

/**
 * H.264 MP4 in pure Java (jcodec), used when no ffmpeg is installed: slower and larger than
 * libx264, but readable by browsers and players. Encodes to a temporary file (MP4 needs a
 * seekable output) that {@link #finish()} copies to the output.
 */
final class JcodecEncoder implements FrameEncoder {
    private final Path tmp;
    private final SeekableByteChannel channel;
    private final AWTSequenceEncoder encoder;
    private final OutputStream out;
    private final BufferedImage even;

    JcodecEncoder(int width, int height, double fps, OutputStream out) throws IOException {
        this.out = out;
        this.tmp = Files.createTempFile("saddlepoint-jcodec-", ".mp4");
        this.channel = NIOUtils.writableChannel(tmp.toFile());
        this.encoder = new AWTSequenceEncoder(channel, Rational.R((int) Math.round(fps * 1000), 1000));
        int w = width + (width & 1), h = height + (height & 1);
        this.even = w == width && h == height ? null : new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    }

    @Override public void add(BufferedImage frame) throws IOException {
        BufferedImage img = frame;
        if (even != null) {
            java.awt.Graphics2D g = even.createGraphics();
            g.drawImage(frame, 0, 0, null);
            g.dispose();
            img = even;
        }
        encoder.encodeImage(img);
    }

    @Override public void finish() throws IOException {
        try {
            encoder.finish();
            channel.close();
            Files.copy(tmp, out);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    @Override public void abort() {
        try {
            channel.close();
            Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
            // best effort: a temporary file in the system temp folder
        }
    }
}
