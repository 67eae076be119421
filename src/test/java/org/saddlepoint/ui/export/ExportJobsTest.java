package org.saddlepoint.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.saddlepoint.render.ExportOptions;
import org.saddlepoint.render.ExportProgress;
import org.saddlepoint.scene.ComputedScene;
import org.saddlepoint.scene.LessonCatalog;
import org.saddlepoint.scene.Scene;
import org.saddlepoint.scene.SceneFile;
import org.saddlepoint.scene.SceneRunner;

class ExportJobsTest {
    static {
        String display = System.getenv("DISPLAY");
        if (display == null || display.isBlank()) System.setProperty("java.awt.headless", "true");
    }

    private static final Scene SCENE = LessonCatalog.bundled().byId("04_momentum").orElseThrow().scene();
    private static final ComputedScene COMPUTED = new SceneRunner().run(SCENE.withView(SCENE.view().withGrid(64)));
    private static final ExportOptions SMALL = ExportOptions.DEFAULT.withSize(320, 240);

    private static List<Path> files(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }

    @Test
    void everyFormatWritesAFileOfAboutTheEstimatedSize(@TempDir Path dir) throws Exception {
        for (ExportRequest.Format f : ExportRequest.Format.values()) {
            if (f == ExportRequest.Format.MP4) continue; // covered by the render tests (needs ffmpeg or jcodec time)
            Path out = dir.resolve("x." + f.extension());
            ExportRequest r = new ExportRequest(f, out, false, f.isAnimation() ? SMALL.withFrames(20) : SMALL);
            long estimate = ExportJobs.estimate(COMPUTED, r, () -> false);
            ExportJobs.run(COMPUTED, r, ExportProgress.NONE);
            long size = Files.size(out);
            double ratio = (double) estimate / size;
            assertTrue(ratio > 0.4 && ratio < 2.5, f + ": estimate " + estimate + " vs " + size);
        }
        assertEquals(SCENE.withView(SCENE.view().withGrid(64)), SceneFile.read(dir.resolve("x.toml")));
        assertTrue(Files.readString(dir.resolve("x.csv")).startsWith("# run 0: gradient descent (stops)\n"));
        assertEquals(ExportRequest.Format.values().length - 1, files(dir).size());
    }

    @Test
    void cancelLeavesNothing(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("c.gif");
        ExportRequest r = new ExportRequest(ExportRequest.Format.GIF, out, false, SMALL);
        int[] done = {0};
        assertThrows(CancellationException.class, () -> ExportJobs.run(COMPUTED, r, new ExportProgress() {
            @Override public void progress(int d, int total, String what) { done[0] = d; }

            @Override public boolean cancelled() { return done[0] >= 3; }
        }));
        assertEquals(List.of(), files(dir));
    }

    @Test
    void requestChecksAndHelpers() {
        assertThrows(IllegalArgumentException.class, () -> new ExportRequest(ExportRequest.Format.SVG, Path.of("a.svg"), true, SMALL));
        assertEquals(ExportRequest.Format.MP4, ExportRequest.Format.of(Path.of("/tmp/A.MP4")));
        assertEquals("950 B", ExportRequest.humanBytes(950));
        assertEquals("12.3 kB", ExportRequest.humanBytes(12_345));
        assertEquals("4.57 MB", ExportRequest.humanBytes(4_567_000));
        assertEquals("/a/b.c/x.gif", ExportDialog.withExtension("/a/b.c/x.png", "gif"));
        assertEquals("/a/b.c/x.gif", ExportDialog.withExtension("/a/b.c/x", "gif"));
    }
}
