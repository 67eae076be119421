package org.saddlepoint.bench;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.saddlepoint.render.AnimationExporter;
import org.saddlepoint.render.ExportOptions;
import org.saddlepoint.render.ExportProgress;
import org.saddlepoint.render.Frame3DSource;
import org.saddlepoint.render.FrameSource;
import org.saddlepoint.render.SceneFrames;
import org.saddlepoint.scene.ComputedScene;
import org.saddlepoint.scene.Scene;
import org.saddlepoint.scene.SceneCamera;
import org.saddlepoint.scene.SceneOptimizer;
import org.saddlepoint.scene.SceneRunner;
import org.saddlepoint.scene.SceneSurface;
import org.saddlepoint.scene.SceneView;
import org.saddlepoint.surface.Domain;
import org.saddlepoint.surface.LocalizedText;

/**
 * Timing main for exports, the same animation as /work/shared/baselines/export_anim.py:
 * Rosenbrock on [-2, 2] × [-1, 3] (200 × 200 grid, log colour, contour lines), SGD (η 1e-3),
 * momentum (η 5e-4, μ 0.9) and Adam (η 0.1) from (−1.5, 2), 150 steps, 800 × 600, 150 frames
 * at 30 fps; GIF, MP4 (ffmpeg and jcodec) and, where a display exists, the 3D view (100 × 100
 * grid, 6° orbit per frame). Each figure: median of {@code REPEATS} after one warm-up export.
 * Run: {@code java -cp target/benchmarks.jar org.saddlepoint.bench.ExportBench [OUT_DIR] [REPEATS]}.
 */
public final class ExportBench {
    private ExportBench() { }

    public static Scene scene(int grid, String mode) {
        List<SceneOptimizer> opts = List.of(
                SceneOptimizer.of("sgd", "SGD", "#ffffff", "lr", 1e-3, "steps", 150),
                SceneOptimizer.of("sgd", "momentum", "#ffa500", "lr", 5e-4, "momentum", 0.9, "steps", 150),
                SceneOptimizer.of("adam", "Adam", "#ff0000", "lr", 0.1, "steps", 150));
        return new Scene(LocalizedText.of("Rosenbrock: SGD / momentum / Adam"), null,
                new SceneSurface(null, "(1 - x)^2 + 100*(y - x^2)^2", new Domain(-2, 2, -1, 3), Map.of()), -1.5, 2.0, opts,
                new SceneView(mode, "viridis", true, 14, false, grid), new SceneCamera(-60, 30, 330), Scene.LAST_STEP, null);
    }

    public static void main(String[] args) throws Exception {
        run(args);
        System.exit(0); // the 3D part starts the JavaFX toolkit, whose thread would keep the JVM alive
    }

    private static void run(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "/tmp/export-bench");
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Files.createDirectories(dir);
        ComputedScene c = SceneRunner.compute(scene(200, "2d"));
        ExportOptions o = ExportOptions.DEFAULT.withOverlays(false, false).withLocale(Locale.ENGLISH);
        System.out.printf(Locale.ROOT, "# %d frames %dx%d, %d cores, java %s%n", c.maxStep() + 1, o.pixelWidth(), o.pixelHeight(),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        try (FrameSource src = SceneFrames.animation(c, o, false)) {
            BufferedImage img = new BufferedImage(src.width(), src.height(), BufferedImage.TYPE_INT_RGB);
            for (int k = 0; k < 20; k++) src.render(k, img);
            double[] t = new double[30];
            for (int k = 0; k < t.length; k++) {
                long t0 = System.nanoTime();
                src.render(k * 5, img);
                t[k] = (System.nanoTime() - t0) / 1e6;
            }
            Arrays.sort(t);
            System.out.printf(Locale.ROOT, "anim2d_render_only_per_frame: %.2f ms (median of 30, min %.2f, max %.2f)%n", t[15], t[0], t[29]);
            time("anim2d_gif", new AnimationExporter(AnimationExporter.Format.GIF), src, o.fps(), dir.resolve("anim2d.gif"), repeats);
            time("anim2d_mp4_ffmpeg", new AnimationExporter(AnimationExporter.Format.MP4, AnimationExporter.Mp4Encoder.FFMPEG), src, o.fps(), dir.resolve("anim2d_ffmpeg.mp4"), repeats);
            if (!Boolean.getBoolean("bench.skipJcodec")) {
                time("anim2d_mp4_jcodec", new AnimationExporter(AnimationExporter.Format.MP4, AnimationExporter.Mp4Encoder.JCODEC), src, o.fps(), dir.resolve("anim2d_jcodec.mp4"), 1);
            }
        }
        var s3 = Frame3DSource.find();
        String why = s3.isEmpty() ? "no 3D renderer on the class path" : s3.get().unavailableReason();
        if (why != null) {
            System.out.println("anim3d: skipped (" + why + ")");
            return;
        }
        ComputedScene c3 = SceneRunner.compute(scene(100, "3d"));
        ExportOptions o3 = o.withFrames(60).withOrbit(6);
        try (FrameSource src = SceneFrames.animation(c3, o3, true)) {
            BufferedImage img = new BufferedImage(src.width(), src.height(), BufferedImage.TYPE_INT_RGB);
            for (int k = 0; k < 5; k++) src.render(k, img);
            double[] t = new double[20];
            for (int k = 0; k < t.length; k++) {
                long t0 = System.nanoTime();
                src.render(k * 3, img);
                t[k] = (System.nanoTime() - t0) / 1e6;
            }
            Arrays.sort(t);
            System.out.printf(Locale.ROOT, "anim3d_render_only_per_frame: %.1f ms (median of 20, min %.1f, max %.1f)%n", t[10], t[0], t[19]);
            time("anim3d_gif", new AnimationExporter(AnimationExporter.Format.GIF), src, o3.fps(), dir.resolve("anim3d.gif"), repeats);
        }
    }

    private static void time(String name, AnimationExporter ex, FrameSource src, double fps, Path out, int repeats) throws IOException {
        ex.export(src, fps, out, ExportProgress.NONE); // warm-up
        List<Double> ts = new ArrayList<>();
        for (int r = 0; r < repeats; r++) {
            long t0 = System.nanoTime();
            ex.export(src, fps, out, ExportProgress.NONE);
            ts.add((System.nanoTime() - t0) / 1e9);
        }
        ts.sort(null);
        long est = ex.estimateBytes(src, fps);
        System.out.printf(Locale.ROOT, "%s: %.2f s (median of %d, min %.2f, max %.2f), %d frames, %.3f MB (%d bytes; estimate before writing %.3f MB) %s%n",
                name, ts.get(ts.size() / 2), repeats, ts.get(0), ts.get(ts.size() - 1), src.frameCount(), Files.size(out) / 1e6, Files.size(out), est / 1e6, out);
    }
}
