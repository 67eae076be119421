package org.saddlepoint.render;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * H.264 MP4 through an installed ffmpeg: raw frames piped to
 * {@code ffmpeg -f rawvideo -pix_fmt 0rgb -s WxH -r FPS -i - -c:v libx264 -pix_fmt yuv420p
 * -movflags +faststart} (odd sizes padded to even, as yuv420p needs), which plays in PowerPoint,
 * Keynote and browsers. ffmpeg writes a temporary file; {@link #finish()} copies it to the output.
 *
 * <p>{@code 0rgb} is the image's own 0x??RRGGBB ints written big-endian, one bulk copy per frame
 * (no per-pixel Java loop); ffmpeg encodes it to the same bytes as packed {@code rgb24}.
 */
final class FfmpegEncoder implements FrameEncoder {
    private final Process process;
    private final OutputStream stdin;
    private final Path tmp, log;
    private final OutputStream out;
    private final ByteBuffer frameBytes;
    private final IntBuffer frameInts;
    private final int width, height;

    FfmpegEncoder(Path ffmpeg, int width, int height, double fps, OutputStream out) throws IOException {
        this.width = width;
        this.height = height;
        this.out = out;
        this.frameBytes = ByteBuffer.allocate(width * height * 4).order(ByteOrder.BIG_ENDIAN);
        this.frameInts = frameBytes.asIntBuffer();
        this.tmp = Files.createTempFile("saddlepoint-", ".mp4");
        this.log = Files.createTempFile("saddlepoint-ffmpeg-", ".log");
        List<String> cmd = new ArrayList<>(List.of(ffmpeg.toString(), "-hide_banner", "-loglevel", "error", "-y",
                "-f", "rawvideo", "-pix_fmt", "0rgb", "-s", width + "x" + height,
                "-r", String.format(Locale.ROOT, "%.6g", fps), "-i", "-",
                "-vf", "pad=ceil(iw/2)*2:ceil(ih/2)*2", "-c:v", "libx264", "-preset", "veryfast", "-crf", "20",
                "-g", Integer.toString(AnimationExporter.MP4_KEY_INTERVAL),
                "-tune", "animation", "-pix_fmt", "yuv420p", "-movflags", "+faststart", tmp.toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        try {
            process = pb.start();
        } catch (IOException e) {
            cleanup();
            throw new IOException("cannot start ffmpeg (" + ffmpeg + "): " + e.getMessage(), e);
        }
        stdin = new BufferedOutputStream(process.getOutputStream(), 1 << 20);
    }

    @Override public void add(BufferedImage frame) throws IOException {
        int[] px = ((DataBufferInt) frame.getRaster().getDataBuffer()).getData();
        frameInts.clear();
        frameInts.put(px, 0, width * height);
        try {
            stdin.write(frameBytes.array(), 0, width * height * 4);
        } catch (IOException e) {
            throw new IOException("ffmpeg stopped: " + lastLog(), e);
        }
    }

    @Override public void finish() throws IOException {
        try {
            stdin.close();
            int rc = process.waitFor();
            if (rc != 0) throw new IOException("ffmpeg failed (exit " + rc + "): " + lastLog());
            Files.copy(tmp, out);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while ffmpeg was encoding", e);
        } finally {
            process.destroyForcibly();
            cleanup();
        }
    }

    @Override public void abort() {
        process.destroyForcibly();
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        cleanup();
    }

    private String lastLog() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return lines.isEmpty() ? "no message" : lines.get(lines.size() - 1).strip();
        } catch (IOException e) {
            return "no message";
        }
    }

    private void cleanup() {
        try {
            Files.deleteIfExists(tmp);
            Files.deleteIfExists(log);
        } catch (IOException ignored) {
            // best effort: temporary files in the system temp folder
        }
    }
}
