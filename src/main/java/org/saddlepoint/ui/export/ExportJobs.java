package org.saddlepoint.ui.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.saddlepoint.render.AnimationExporter;
import org.saddlepoint.render.AtomicFileWriter;
import org.saddlepoint.render.ExportProgress;
import org.saddlepoint.render.FrameSource;
import org.saddlepoint.render.NpyWriter;
import org.saddlepoint.render.PngExporter;
import org.saddlepoint.render.SceneCharts;
import org.saddlepoint.render.SceneFrames;
import org.saddlepoint.render.TrajectoryWriter;
import org.saddlepoint.render.VectorExporter;
import org.saddlepoint.scene.ComputedScene;
import org.saddlepoint.scene.SceneFile;
import org.saddlepoint.scene.SceneRun;

/**
 * Carries out an {@link ExportRequest} on a computed scene (any thread but the FX thread), and
 * estimates its size. Every file goes through {@link AtomicFileWriter}. Shared by the dialog's
 * {@link ExportTask}; free of JavaFX so its logic is testable headless.
 */
public final class ExportJobs {
    private ExportJobs() { }

    /** Writes the export; reports frames through {@code progress}; a cancel leaves nothing at the target. */
    public static void run(ComputedScene scene, ExportRequest r, ExportProgress progress) throws IOException {
        var o = r.options();
        switch (r.format()) {
            case PNG -> {
                try (FrameSource still = SceneFrames.still(scene, o.withOverlays(false, o.caption()), r.threeD())) {
                    BufferedImage img = new BufferedImage(still.width(), still.height(), BufferedImage.TYPE_INT_RGB);
                    still.render(0, img);
                    check(progress);
                    PngExporter.write(img, r.target());
                }
            }
            case SVG -> VectorExporter.writeSvg(SceneCharts.chart(scene, o.locale()).chart(), o.width(), o.height(), r.target());
            case PDF -> VectorExporter.writePdf(SceneCharts.chart(scene, o.locale()).chart(), o.width(), o.height(),
                    scene.scene().title().get(o.locale()), r.target());
            case GIF, MP4 -> {
                try (FrameSource src = SceneFrames.animation(scene, o, r.threeD())) {
                    exporter(r).export(src, o.fps(), r.target(), progress);
                }
            }
            case SCENE -> SceneFile.write(r.target(), scene.scene());
            case CSV, JSON -> AtomicFileWriter.write(r.target(), out -> {
                for (int i = 0; i < scene.runs().size(); i++) {
                    SceneRun run = scene.run(i);
                    if (r.format() == ExportRequest.Format.CSV) {
                        out.write(("# run " + i + ": " + run.label().en() + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
                        TrajectoryWriter.writeCsv(out, run.trajectory());
                    } else {
                        TrajectoryWriter.writeJson(out, run.trajectory());
                        out.write('\n');
                    }
                }
            });
            case NPY -> NpyWriter.write(r.target(), scene.grid());
        }
        progress.progress(1, 1, "done");
    }

    /** Estimated bytes (animations: from sample frames; stills: rendered once into a counter). */
    public static long estimate(ComputedScene scene, ExportRequest r, BooleanSupplier cancelled) throws IOException {
        var o = r.options();
        if (r.format().isAnimation()) {
            try (FrameSource src = SceneFrames.animation(scene, o, r.threeD())) {
                return exporter(r).estimateBytes(src, o.fps());
            }
        }
        if (r.format() == ExportRequest.Format.NPY) return 128L + 8L * scene.grid().values().length;
        if (r.format() == ExportRequest.Format.SVG) return VectorExporter.svg(SceneCharts.chart(scene, o.locale()).chart(), o.width(), o.height()).length();
        if (r.format() == ExportRequest.Format.PDF) {
            return VectorExporter.pdf(SceneCharts.chart(scene, o.locale()).chart(), o.width(), o.height(), "estimate").length;
        }
        if (r.format() == ExportRequest.Format.SCENE) return SceneFile.toToml(scene.scene()).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        if (r.format() == ExportRequest.Format.PNG) {
            try (FrameSource still = SceneFrames.still(scene, o.withOverlays(false, o.caption()), r.threeD())) {
                BufferedImage img = new BufferedImage(still.width(), still.height(), BufferedImage.TYPE_INT_RGB);
                still.render(0, img);
                java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
                javax.imageio.ImageIO.write(img, "png", b);
                return b.size();
            }
        }
        long rows = scene.runs().stream().mapToLong(x -> x.trajectory().size()).sum();
        return rows * (r.format() == ExportRequest.Format.CSV ? 260 : 330);
    }

    private static AnimationExporter exporter(ExportRequest r) {
        return new AnimationExporter(r.format() == ExportRequest.Format.GIF ? AnimationExporter.Format.GIF : AnimationExporter.Format.MP4);
    }

    private static void check(ExportProgress p) {
        if (p.cancelled()) throw new CancellationException("export cancelled");
    }
}
