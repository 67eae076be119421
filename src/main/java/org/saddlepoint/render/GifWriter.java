package org.saddlepoint.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes a looping animated GIF (GIF89a with the NETSCAPE2.0 loop extension) frame by frame.
 * One global palette of 255 colours from median cut over sample frames (plus exact key colours,
 * see {@link GifPalette}) — not a fixed web palette. Every frame after the first stores only the
 * rectangle that changed, with unchanged pixels transparent (disposal "do not dispose"), which
 * keeps an animation whose background stays put small and fast to encode. Frame delays follow the
 * frame rate in centiseconds, rounded so their running sum stays exact (30 fps: 3, 4, 3, 3, 4, …).
 */
public final class GifWriter {
    private final OutputStream out;
    private final int width, height;
    private final double fps;
    private final GifPalette palette;
    private final GifLzw lzw = new GifLzw();
    private byte[] previous, current, rect;
    private final int[] previousRgb;
    private int frames;

    /**
     * Starts a GIF on {@code out} (header, palette, loop forever).
     *
     * @param samples   a few frames (RGB ints, row-major, width × height) to build the palette from
     * @param keyColors colours that must appear exactly (0xRRGGBB)
     */
    public GifWriter(OutputStream out, int width, int height, double fps, List<int[]> samples, int[] keyColors) throws IOException {
        if (width < 1 || height < 1 || width > 65535 || height > 65535) throw new IllegalArgumentException("GIF size must be 1…65535, got " + width + "×" + height);
        if (!(fps > 0 && fps <= 100)) throw new IllegalArgumentException("GIF frame rate must be in (0, 100], got " + fps);
        this.out = out;
        this.width = width;
        this.height = height;
        this.fps = fps;
        this.palette = GifPalette.build(samples, keyColors);
        this.previous = new byte[width * height];
        this.current = new byte[width * height];
        this.rect = new byte[width * height];
        this.previousRgb = new int[width * height];
        out.write("GIF89a".getBytes(StandardCharsets.US_ASCII));
        short16(width);
        short16(height);
        out.write(0xF7); // global colour table, 8 bits colour resolution, 256 entries
        out.write(0);
        out.write(0);
        for (int i = 0; i < 256; i++) {
            int c = i < palette.size() ? palette.rgb(i) : 0;
            out.write((c >> 16) & 0xFF);
            out.write((c >> 8) & 0xFF);
            out.write(c & 0xFF);
        }
        out.write(new byte[] {0x21, (byte) 0xFF, 0x0B});
        out.write("NETSCAPE2.0".getBytes(StandardCharsets.US_ASCII));
        out.write(new byte[] {0x03, 0x01, 0x00, 0x00, 0x00}); // loop count 0 = forever
    }

    /** Number of colours in the palette. */
    public int paletteSize() { return palette.size(); }

    public int frameCount() { return frames; }

    /** Adds a frame: {@code rgb} holds width × height pixels 0xRRGGBB (alpha ignored), row-major. */
    public void addFrame(int[] rgb) throws IOException {
        if (rgb.length < width * height) throw new IllegalArgumentException("frame has " + rgb.length + " pixels, expected " + width * height);
        int x0 = 0, y0 = 0, x1 = width - 1, y1 = height - 1;
        boolean diff = frames > 0;
        if (!diff) {
            for (int i = 0; i < width * height; i++) current[i] = (byte) palette.index(rgb[i]);
        } else {
            // a pixel whose colour did not change keeps its index without a palette lookup
            x0 = width; y0 = height; x1 = -1; y1 = -1;
            for (int y = 0; y < height; y++) {
                int row = y * width;
                for (int x = 0; x < width; x++) {
                    int i = row + x, p = rgb[i];
                    if (p == previousRgb[i]) {
                        current[i] = previous[i];
                        continue;
                    }
                    byte c = (byte) palette.index(p);
                    current[i] = c;
                    if (c != previous[i]) {
                        if (x < x0) x0 = x;
                        if (x > x1) x1 = x;
                        if (y < y0) y0 = y;
                        y1 = y;
                    }
                }
            }
            if (x1 < 0) { x0 = 0; y0 = 0; x1 = 0; y1 = 0; } // nothing changed: one transparent pixel
        }
        System.arraycopy(rgb, 0, previousRgb, 0, width * height);
        int w = x1 - x0 + 1, h = y1 - y0 + 1, k = 0;
        for (int y = y0; y <= y1; y++) {
            int row = y * width;
            for (int x = x0; x <= x1; x++) {
                byte c = current[row + x];
                rect[k++] = diff && c == previous[row + x] ? (byte) GifPalette.TRANSPARENT : c;
            }
        }
        int delay = (int) Math.round((frames + 1) * 100.0 / fps) - (int) Math.round(frames * 100.0 / fps);
        out.write(new byte[] {0x21, (byte) 0xF9, 0x04, (byte) ((1 << 2) | (diff ? 1 : 0))});
        short16(delay);
        out.write(diff ? GifPalette.TRANSPARENT : 0);
        out.write(0);
        out.write(0x2C);
        short16(x0);
        short16(y0);
        short16(w);
        short16(h);
        out.write(0);
        lzw.encode(rect, w * h, out);
        byte[] t = previous;
        previous = current;
        current = t;
        frames++;
    }

    /** Writes the trailer. The stream is not closed. */
    public void finish() throws IOException {
        out.write(0x3B);
        out.flush();
    }

    private void short16(int v) throws IOException {
        out.write(v & 0xFF);
        out.write((v >> 8) & 0xFF);
    }
}
