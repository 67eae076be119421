package org.saddlepoint.ui.view3d;

import static org.junit.jupiter.api.Assertions.*;

import java.awt.Color;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.ExtendWith;
import org.saddlepoint.render.ColorMap;
import org.saddlepoint.render.TrajectoryStyle;
import org.saddlepoint.surface.Surface;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Needs a display (Xvfb) and a GL pipeline: run with -Dprism.forceGPU=true (the pom does). */
@EnabledIfEnvironmentVariable(named = "DISPLAY", matches = ".+")
@ExtendWith(ApplicationExtension.class)
class Landscape3DViewTest {
    private Landscape3DView view;
    private final Surface himmelblau = DemoData.himmelblau();

    @Start void start(Stage stage) {
        view = new Landscape3DView();
        stage.setScene(new Scene(view, 480, 400));
        stage.show();
    }

    @Test void drawsAColouredLitSurfaceAndTrajectoriesWithoutRebuildingIt(FxRobot robot) throws Exception {
        int before = nonBackground(snapshot(robot));
        view.setGrid(DemoData.grid(himmelblau, 128), ColorMap.VIRIDIS, true, Double.NaN, Double.NaN).get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2 * 127 * 127, view.surfaceTriangleCount());
        int after = nonBackground(snapshot(robot));
        assertEquals(0, before, "empty scene is all background");
        // the whole box seen from the default camera covers about an eighth of a 480×400 view
        assertTrue(after > 480 * 400 / 12, "surface covers the view: " + after + " non-background pixels");
        // distinct colours: a coloured (textured) and lit surface, not one flat fill
        assertTrue(distinctColours(snapshot(robot)) > 200);

        javafx.scene.shape.Mesh surfaceMesh = surfaceMesh();
        robot.interact(() -> {
            view.setTrajectories(List.of(new TrajectoryStyle(DemoData.descent(himmelblau, -4.5, 4.5, 0.005, 0, 50), Color.RED, "gd")));
            view.setStep(20);
            view.setWireframe(true);
            view.setContours(true);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(surfaceMesh, surfaceMesh(), "trajectory and step updates keep the surface mesh");
        assertEquals(1, view.trajectoryMeshes().size());
        assertEquals(20 * TubeMeshBuilder.FACE_INTS_PER_SEGMENT,
                ((javafx.scene.shape.TriangleMesh) view.trajectoryMeshes().get(0).getMesh()).getFaces().size());
    }

    /**
     * A mesh built in the background is swapped in through the executor the window gives: not
     * before it runs the task (the window's waits for an idle render thread), and then at once.
     */
    @Test void aNewMeshIsSwappedInThroughTheResultExecutor(FxRobot robot) throws Exception {
        java.util.concurrent.LinkedBlockingQueue<Runnable> held = new java.util.concurrent.LinkedBlockingQueue<>();
        robot.interact(() -> view.setResultExecutor(held::add));
        var done = WaitForAsyncUtils.asyncFx(() -> view.setGrid(DemoData.grid(himmelblau, 64), ColorMap.VIRIDIS, false, Double.NaN, Double.NaN)).get(10, TimeUnit.SECONDS);
        Runnable swap = held.poll(30, TimeUnit.SECONDS);
        assertNotNull(swap, "the built mesh is handed to the result executor");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, view.surfaceTriangleCount(), "nothing is shown before the executor runs the task");
        assertFalse(done.isDone());
        robot.interact(swap);
        assertEquals(2 * 63 * 63, view.surfaceTriangleCount());
        assertTrue(done.isDone());
        assertNull(held.poll(), "one task per grid");
    }

    /** A lower mesh detail subsamples the grid (keeping its edges) and rebuilds the shown mesh. */
    @Test void meshDetailSubsamplesTheCurrentGrid(FxRobot robot) throws Exception {
        view.setGrid(DemoData.grid(himmelblau, 256), ColorMap.VIRIDIS, false, Double.NaN, Double.NaN).get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2 * 255 * 255, view.surfaceTriangleCount());
        int fine = nonBackground(snapshot(robot));
        WaitForAsyncUtils.asyncFx(() -> view.setMeshDetail(129)).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> view.surfaceTriangleCount() < 2 * 255 * 255);
        assertEquals(129, SurfaceMeshBuilder.indices(256, 129).length, "every other sample");
        assertEquals(2 * 128 * 128, view.surfaceTriangleCount());
        int coarse = nonBackground(snapshot(robot));
        assertEquals(fine, coarse, 0.03 * fine, "the same surface, only fewer triangles");
    }

    @Test void cameraRoundTripsAndResets(FxRobot robot) {
        robot.interact(() -> view.setCamera(120, 45, 200));
        assertEquals(120, view.getCameraAzimuth(), 1e-9);
        assertEquals(45, view.getCameraElevation(), 1e-9);
        assertEquals(200, view.getCameraDistance(), 1e-9);
        robot.interact(() -> view.setCamera(400, 120, 1));
        assertEquals(40, view.getCameraAzimuth(), 1e-9);
        assertEquals(89, view.getCameraElevation(), 1e-9);
        robot.interact(() -> view.resetCamera());
        assertEquals(OrbitCamera.DEFAULT_AZIMUTH, view.getCameraAzimuth(), 1e-9);
        assertEquals(OrbitCamera.DEFAULT_DISTANCE, view.getCameraDistance(), 1e-9);
    }

    /** Trajectories of the next surface wait for its grid: no tubes on the old surface's scale, then drawn with the new one. */
    @Test void trajectoriesOfTheNextSurfaceWaitForItsGrid(FxRobot robot) throws Exception {
        view.setGrid(DemoData.grid(himmelblau, 64), ColorMap.VIRIDIS, false, Double.NaN, Double.NaN).get(30, TimeUnit.SECONDS);
        robot.interact(() -> view.setTrajectoriesWithNextGrid(
                List.of(new TrajectoryStyle(DemoData.descent(himmelblau, -4.5, 4.5, 0.005, 0, 50), Color.RED, "gd"))));
        assertEquals(0, view.trajectoryMeshes().size(), "not drawn on the grid shown");
        view.setGrid(DemoData.grid(himmelblau, 48), ColorMap.VIRIDIS, true, Double.NaN, Double.NaN).get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, view.trajectoryMeshes().size(), "drawn with the next grid");
    }

    @Test void clickOnTheSurfaceReportsDataCoordinates(FxRobot robot) throws Exception {
        view.setGrid(DemoData.grid(himmelblau, 64), ColorMap.VIRIDIS, false, Double.NaN, Double.NaN).get(30, TimeUnit.SECONDS);
        robot.interact(() -> view.setCamera(0, 89, 330)); // straight down: the centre of the view is (0, 0)
        AtomicReference<double[]> picked = new AtomicReference<>();
        view.setOnPick((x, y) -> picked.set(new double[] {x, y}));
        robot.clickOn(view);
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(picked.get(), "a click on the surface picks");
        assertEquals(0, picked.get()[0], 0.3);
        assertEquals(0, picked.get()[1], 0.3);
    }

    private javafx.scene.shape.Mesh surfaceMesh() {
        return ((javafx.scene.shape.MeshView) ((javafx.scene.Group) ((javafx.scene.Group) view.subScene().getRoot())
                .getChildren().get(0)).getChildren().get(0)).getMesh();
    }

    private WritableImage snapshot(FxRobot robot) {
        AtomicReference<WritableImage> img = new AtomicReference<>();
        robot.interact(() -> img.set(view.snapshotImage()));
        return img.get();
    }

    private static int nonBackground(WritableImage img) {
        PixelReader r = img.getPixelReader();
        int bg = r.getArgb(0, 0), n = 0;
        for (int y = 0; y < img.getHeight(); y++)
            for (int x = 0; x < img.getWidth(); x++)
                if (r.getArgb(x, y) != bg) n++;
        return n;
    }

    private static int distinctColours(WritableImage img) {
        PixelReader r = img.getPixelReader();
        java.util.Set<Integer> set = new java.util.HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 2)
            for (int x = 0; x < img.getWidth(); x += 2) set.add(r.getArgb(x, y));
        return set.size();
    }
}
