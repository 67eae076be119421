package org.saddlepoint.render;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.function.UnaryOperator;

/**
 * Writes a {@link FrameSource} as a looping GIF or an H.264 MP4 (ffmpeg if installed, else
 * jcodec), through {@link AtomicFileWriter}: a failed or cancelled export leaves nothing at the
 * target. Frames are rendered on a second thread while the calling thread encodes (two frames
 * in flight), with progress and cancel through {@link ExportProgress}. {@link #estimateBytes}
 * predicts the file size from a few sample frames before anything is written.
 */
public final class AnimationExporter {
    /** Animation file formats. */
    public enum Format {
        GIF, MP4;

        /** The format a file name ends with. */
        public static Format of(Path file) {
            String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (n.endsWith(".gif")) return GIF;
            if (n.endsWith(".mp4")) return MP4;
            throw new IllegalArgumentException("cannot tell the animation format of " + file + " (use .gif or .mp4)");
        }
    }

    /** Which H.264 encoder an MP4 uses. */
    public enum Mp4Encoder { AUTO, FFMPEG, JCODEC }

    private final Format format;
    private final Mp4Encoder mp4;
    private UnaryOperator<OutputStream> streamWrapper = UnaryOperator.identity();

    public AnimationExporter(Format format) { this(format, Mp4Encoder.AUTO); }

    public AnimationExporter(Format format, Mp4Encoder mp4) {
        this.format = format;
        this.mp4 = mp4;
    }

    /** Wraps the file's output stream (tests use it to simulate a full disk). */
    AnimationExporter withStreamWrapper(UnaryOperator<OutputStream> wrapper) {
        this.streamWrapper = wrapper;
        return this;
    }

    /** The MP4 encoder that would be used now: "ffmpeg (PATH)" or "jcodec". */
    public String mp4EncoderName() {
        return useFfmpeg() ? "ffmpeg " + Ffmpeg.find().orElseThrow() : "jcodec (pure Java)";
    }

    private boolean useFfmpeg() {
        return switch (mp4) {
            case FFMPEG -> true;
            case JCODEC -> false;
            case AUTO -> Ffmpeg.find().isPresent();
        };
    }

    /** Writes all frames of {@code src} to {@code target} atomically. */
    public void export(FrameSource src, double fps, Path target, ExportProgress progress) throws IOException {
        int n = src.frameCount();
        AtomicFileWriter.write(target, out -> encode(src, 0, n, fps, streamWrapper.apply(out), progress));
    }

    /**
     * Estimated file size in bytes: encodes one frame (F bytes) and a window of m consecutive
     * frames from the middle (W bytes) into a counter; size ≈ F + (n − 1)·(W − F)/(m − 1).
     * m = 6 for GIF; 30 for MP4, where the encoder's rate control needs a longer clip to settle.
     */
    public long estimateBytes(FrameSource src, double fps) throws IOException {
        int n = src.frameCount();
        int m = Math.min(n, format == Format.GIF ? 6 : 30);
        int start = Math.max(0, n / 2 - m / 2);
        CountingOutputStream one = new CountingOutputStream(), window = new CountingOutputStream();
        encode(src, start, 1, fps, one, ExportProgress.NONE);
        if (m <= 1) return one.count;
        encode(src, start, m, fps, window, ExportProgress.NONE);
        double perFrame = Math.max(0, (double) (window.count - one.count) / (m - 1));
        return Math.round(one.count + (n - 1) * perFrame);
    }

    private void encode(FrameSource src, int first, int count, double fps, OutputStream out, ExportProgress progress) throws IOException {
        int w = src.width(), h = src.height();
        FrameEncoder encoder = null;
        Renderer renderer = null;
        boolean ok = false;
        try {
            encoder = switch (format) {
                case GIF -> new GifEncoder(out, w, h, fps, samples(src, first, count), src.keyColors());
                case MP4 -> useFfmpeg()
                        ? new FfmpegEncoder(Ffmpeg.find().orElseThrow(() -> new IOException("ffmpeg not found on PATH")), w, h, fps, out)
                        : new JcodecEncoder(w, h, fps, out);
            };
            renderer = new Renderer(src, first, count);
            renderer.start();
            for (int k = 0; k < count; k++) {
                if (progress.cancelled()) throw new CancellationException("export cancelled");
                BufferedImage frame = renderer.take();
                encoder.add(frame);
                renderer.recycle(frame);
                progress.progress(k + 1, count, "frame " + (k + 1) + " of " + count);
            }
            encoder.finish();
            ok = true;
        } finally {
            if (renderer != null) renderer.stop();
            if (!ok && encoder != null) encoder.abort();
        }
    }

    /** Pixels of the first, middle and last frames (for a GIF palette). */
    private static List<int[]> samples(FrameSource src, int first, int count) {
        List<int[]> out = new ArrayList<>();
        int[] picks = count <= 3 ? java.util.stream.IntStream.range(first, first + count).toArray()
                : new int[] {first, first + count / 2, first + count - 1};
        for (int k : picks) {
            BufferedImage img = new BufferedImage(src.width(), src.height(), BufferedImage.TYPE_INT_RGB);
            src.render(k, img);
            out.add(GifEncoder.pixels(img));
        }
        return out;
    }

    /** Renders frames on its own thread into a pool of three images. */
    private static final class Renderer implements Runnable {
        private static final Object END = new Object();
        private final FrameSource src;
        private final int first, count;
        private final BlockingQueue<Object> ready = new ArrayBlockingQueue<>(3);
        private final BlockingQueue<BufferedImage> free = new ArrayBlockingQueue<>(3);
        private final Thread thread;
        private volatile boolean stopped;

        Renderer(FrameSource src, int first, int count) {
            this.src = src;
            this.first = first;
            this.count = count;
            for (int i = 0; i < 3; i++) free.add(new BufferedImage(src.width(), src.height(), BufferedImage.TYPE_INT_RGB));
            thread = new Thread(this, "frame-renderer");
            thread.setDaemon(true);
        }

        void start() { thread.start(); }

        @Override public void run() {
            try {
                for (int k = 0; k < count && !stopped; k++) {
                    BufferedImage img = free.take();
                    src.render(first + k, img);
                    ready.put(img);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException | Error e) {
                ready.clear();
                ready.offer(e);
            }
        }

        BufferedImage take() throws IOException {
            try {
                Object o = ready.take();
                if (o instanceof BufferedImage img) return img;
                if (o instanceof RuntimeException e) throw e;
                if (o instanceof Error e) throw e;
                throw new IOException("frame renderer stopped");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("interrupted");
            }
        }

        void recycle(BufferedImage img) { free.offer(img); }

        void stop() {
            stopped = true;
            thread.interrupt();
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Counts bytes, stores nothing. */
    static final class CountingOutputStream extends OutputStream {
        long count;

        @Override public void write(int b) { count++; }

        @Override public void write(byte[] b, int off, int len) { count += len; }
    }
}
