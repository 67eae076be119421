package org.saddlepoint.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.application.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.saddlepoint.render.ExportOptions;
import org.saddlepoint.render.Frame3DSource;
import org.saddlepoint.render.FrameSource;
import org.saddlepoint.render.SceneFrames;
import org.saddlepoint.scene.ComputedScene;
import org.saddlepoint.scene.LessonCatalog;
import org.saddlepoint.scene.Scene;
import org.saddlepoint.scene.SceneRunner;

/** Needs a display (Xvfb) and a GL pipeline: the 3D frame source and the JavaFX export task. */
@EnabledIfEnvironmentVariable(named = "DISPLAY", matches = ".+")
class FxExportTest {
    private static final Scene SCENE = LessonCatalog.bundled().byId("01_critical_points").orElseThrow().scene();

    @Test
    void threeDFramesComeFromTheRegisteredServiceAndOrbit() {
        Frame3DSource s3 = Frame3DSource.find().orElseThrow();
        assertTrue(s3 instanceof FxFrame3DSource);
        assertNull(s3.unavailableReason());
        ComputedScene c = new SceneRunner().run(SCENE.withView(SCENE.view().withGrid(48)), () -> false);
        try (FrameSource src = SceneFrames.animation(c, ExportOptions.DEFAULT.withSize(320, 240).withFrames(4).withOrbit(30).withOverlays(false, false), true)) {
            assertEquals(4, src.frameCount());
            BufferedImage a = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB), b = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
            src.render(0, a);
            src.render(3, b);
            int background = 0x1F232A, surface = 0, changed = 0;
            for (int y = 0; y < 240; y += 2) for (int x = 0; x < 320; x += 2) {
                if ((a.getRGB(x, y) & 0xFFFFFF) != background) surface++;
                if (a.getRGB(x, y) != b.getRGB(x, y)) changed++;
            }
            assertTrue(surface > 2000, "the surface covers part of the frame: " + surface);
            assertTrue(changed > 500, "a 90° orbit changes the picture: " + changed);
        }
    }

    @Test
    void exportTaskWritesAndReportsProgress(@TempDir Path dir) throws Exception {
        assertNull(FxFrame3DSource.startToolkit());
        Path out = dir.resolve("t.gif");
        ExportTask task = new ExportTask(SCENE.withView(SCENE.view().withGrid(48)),
                new ExportRequest(ExportRequest.Format.GIF, out, false, ExportOptions.DEFAULT.withSize(200, 150).withFrames(10)));
        CountDownLatch progressed = new CountDownLatch(1);
        Platform.runLater(() -> task.progressProperty().addListener((o, a, b) -> {
            if (b.doubleValue() >= 1) progressed.countDown();
        }));
        Thread t = new Thread(task);
        t.start();
        assertEquals(out, task.get(120, TimeUnit.SECONDS));
        assertTrue(progressed.await(10, TimeUnit.SECONDS), "progress reached 1 on the FX thread");
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of(out), s.toList());
        }
    }
}
