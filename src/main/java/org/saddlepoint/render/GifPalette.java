package org.saddlepoint.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;

/**
 * A global GIF palette of at most 255 colours (index 255 stays free for transparency), built by
 * median cut over a histogram of sample frames at 6 bits per channel, plus key colours that must
 * be exact (trajectory colours, black, white). Pixels are mapped to the nearest palette entry
 * through a lazily filled 2¹⁸-entry lookup table, so each distinct colour is searched once.
 *
 * <p>Median cut: start with one box holding every histogram colour; repeatedly split the box with
 * the largest squared error Σ nᵢ·|cᵢ − c̄|² at the weighted median of its widest channel (the one
 * with the largest variance); each final box contributes its count-weighted mean colour c̄.
 */
final class GifPalette {
    static final int TRANSPARENT = 255, MAX_COLORS = 255;
    private final int[] rgb;
    private final int size;
    private final short[] lookup = new short[1 << 18];

    private GifPalette(int[] rgb, int size) {
        this.rgb = rgb;
        this.size = size;
        Arrays.fill(lookup, (short) -1);
    }

    int size() { return size; }

    int rgb(int i) { return rgb[i]; }

    /** Builds the palette from the pixels of {@code samples} (RGB ints) and the exact {@code keyColors}. */
    static GifPalette build(List<int[]> samples, int[] keyColors) {
        int[] hist = new int[1 << 18];
        for (int[] px : samples) for (int p : px) hist[key(p)]++;
        int[] fixed = Arrays.stream(keyColors).map(c -> c & 0xFFFFFF).distinct().limit(32).toArray();
        int budget = MAX_COLORS - fixed.length;
        int distinct = 0;
        for (int k = 0; k < hist.length; k++) if (hist[k] > 0) distinct++;
        int[] colors = new int[distinct], counts = new int[distinct];
        int j = 0;
        for (int k = 0; k < hist.length; k++) if (hist[k] > 0) { colors[j] = k; counts[j++] = hist[k]; }
        int[] out = new int[MAX_COLORS + 1];
        int n = 0;
        for (int c : fixed) out[n++] = c;
        if (distinct <= budget) {
            for (int i = 0; i < distinct; i++) out[n++] = expand(colors[i]);
        } else {
            for (int c : medianCut(colors, counts, budget)) out[n++] = c;
        }
        return new GifPalette(out, n);
    }

    /** The box of histogram entries [from, to) in the shared arrays. */
    private record Box(int from, int to, long count, int longest, double error) { }

    private static List<Integer> medianCut(int[] colors, int[] counts, int target) {
        PriorityQueue<Box> queue = new PriorityQueue<>((a, b) -> Double.compare(b.error, a.error));
        queue.add(box(colors, counts, 0, colors.length));
        List<Box> done = new ArrayList<>();
        while (queue.size() + done.size() < target && !queue.isEmpty()) {
            Box b = queue.poll();
            if (b.to - b.from < 2 || b.error == 0) {
                done.add(b);
                continue;
            }
            sortByChannel(colors, counts, b.from, b.to, b.longest);
            long half = b.count / 2, acc = 0;
            int split = b.to - 1; // if the last colour alone outweighs the rest, it gets a box of its own
            for (int i = b.from; i < b.to - 1; i++) {
                acc += counts[i];
                if (acc >= half) { split = i + 1; break; }
            }
            queue.add(box(colors, counts, b.from, split));
            queue.add(box(colors, counts, split, b.to));
        }
        done.addAll(queue);
        List<Integer> out = new ArrayList<>();
        for (Box b : done) {
            double r = 0, g = 0, bl = 0;
            for (int i = b.from; i < b.to; i++) {
                int rgb = expand(colors[i]);
                r += ((rgb >> 16) & 0xFF) * (double) counts[i];
                g += ((rgb >> 8) & 0xFF) * (double) counts[i];
                bl += (rgb & 0xFF) * (double) counts[i];
            }
            out.add(((int) Math.round(r / b.count) << 16) | ((int) Math.round(g / b.count) << 8) | (int) Math.round(bl / b.count));
        }
        return out;
    }

    private static Box box(int[] colors, int[] counts, int from, int to) {
        double[] sum = new double[3], sq = new double[3];
        long count = 0;
        for (int i = from; i < to; i++) {
            for (int c = 0; c < 3; c++) {
                double v = channel(colors[i], c);
                sum[c] += v * counts[i];
                sq[c] += v * v * counts[i];
            }
            count += counts[i];
        }
        int widest = 0;
        double error = 0;
        double[] var = new double[3];
        for (int c = 0; c < 3; c++) {
            var[c] = Math.max(0, sq[c] - sum[c] * sum[c] / count);
            error += var[c];
            if (var[c] > var[widest]) widest = c;
        }
        return new Box(from, to, count, widest, error);
    }

    private static void sortByChannel(int[] colors, int[] counts, int from, int to, int channel) {
        long[] packed = new long[to - from];
        for (int i = from; i < to; i++) packed[i - from] = ((long) channel(colors[i], channel) << 50) | ((long) colors[i] << 25) | counts[i];
        Arrays.sort(packed);
        for (int i = from; i < to; i++) {
            long p = packed[i - from];
            colors[i] = (int) ((p >>> 25) & ((1 << 25) - 1));
            counts[i] = (int) (p & ((1 << 25) - 1));
        }
    }

    private static int channel(int key18, int c) { return (key18 >> (12 - 6 * c)) & 63; }

    static int key(int rgb) { return ((rgb >> 6) & 0x3F000) | ((rgb >> 4) & 0xFC0) | ((rgb >> 2) & 0x3F); }

    private static int expand(int key18) {
        int r = (key18 >> 12) & 63, g = (key18 >> 6) & 63, b = key18 & 63;
        return ((r << 2 | r >> 4) << 16) | ((g << 2 | g >> 4) << 8) | (b << 2 | b >> 4);
    }

    /** Index of the palette colour nearest to {@code rgb} (squared RGB distance). */
    int index(int color) {
        int k = key(color);
        short v = lookup[k];
        if (v >= 0) return v;
        int c = expand(k);
        int r = (c >> 16) & 0xFF, g = (c >> 8) & 0xFF, b = c & 0xFF;
        int best = 0, bestD = Integer.MAX_VALUE;
        for (int i = 0; i < size; i++) {
            int p = rgb[i];
            int dr = ((p >> 16) & 0xFF) - r, dg = ((p >> 8) & 0xFF) - g, db = (p & 0xFF) - b;
            int d = 2 * dr * dr + 4 * dg * dg + 3 * db * db;
            if (d < bestD) { bestD = d; best = i; }
        }
        lookup[k] = (short) best;
        return best;
    }
}
