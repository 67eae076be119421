package org.saddlepoint.ui.export;

import java.awt.image.BufferedImage;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.saddlepoint.render.Frame3DSource;
import org.saddlepoint.render.FramePlan;
import org.saddlepoint.render.FrameSource;
import org.saddlepoint.render.RgbPixels;
import org.saddlepoint.render.SceneCharts;
import org.saddlepoint.scene.ComputedScene;
import org.saddlepoint.ui.view3d.Landscape3DView;

/**
 * 3D frames from the app's own 3D view ({@link Landscape3DView}, the one the window shows), in an
 * off-screen JavaFX scene: per frame the step and camera are set and the sub-scene is snapshotted.
 * Registered as a {@link Frame3DSource} service so the CLI can render 3D without importing JavaFX.
 * Needs a display (Xvfb is enough; software OpenGL through Mesa llvmpipe works).
 */
public final class FxFrame3DSource implements Frame3DSource {
    private static final long TIMEOUT_S = 120;
    private static volatile String startupError;
    private static volatile boolean started;

    @Override public String unavailableReason() {
        String display = System.getenv("DISPLAY");
        if (display == null || display.isBlank()) return "no display (DISPLAY is not set)";
        String err = startToolkit();
        if (err != null) return err;
        if (!Platform.isSupported(ConditionalFeature.SCENE3D)) return "this graphics pipeline has no 3D support (JavaFX SCENE3D unsupported)";
        return null;
    }

    /** Starts the JavaFX toolkit once (GPU pipeline forced, so Mesa's software OpenGL is used under Xvfb). */
    static synchronized String startToolkit() {
        if (started || startupError != null) return startupError;
        if (System.getProperty("prism.forceGPU") == null) System.setProperty("prism.forceGPU", "true");
        CountDownLatch ready = new CountDownLatch(1);
        try {
            Platform.startup(ready::countDown);
        } catch (IllegalStateException alreadyRunning) {
            ready.countDown();
        } catch (RuntimeException | Error e) {
            startupError = "cannot start JavaFX: " + e.getMessage();
            return startupError;
        }
        try {
            if (!ready.await(30, TimeUnit.SECONDS)) startupError = "JavaFX did not start within 30 s";
        } catch (InterruptedException e) {
            // a cancelled job (e.g. an estimate overtaken by the next one): not remembered, the next call tries again
            Thread.currentThread().interrupt();
            return "interrupted while starting JavaFX";
        }
        Platform.setImplicitExit(false);
        started = startupError == null;
        return startupError;
    }

    @Override public FrameSource open(ComputedScene scene, FramePlan plan, int width, int height, double scale, Locale locale) {
        String why = unavailableReason();
        if (why != null) throw new IllegalStateException("3D frames need a display: " + why);
        Landscape3DView view = onFx(() -> {
            Landscape3DView v = new Landscape3DView();
            new Scene(v, width, height);
            v.resize(width, height);
            v.layout();
            v.setTrajectories(SceneCharts.styles(scene, locale));
            v.setContours(scene.scene().view().contours() > 0);
            return v;
        });
        CompletableFuture<Void> shown = onFx(() -> view.setGrid(scene.grid(), SceneCharts.colorMap(scene.scene().view().colormap()),
                scene.logColor(), scene.zClipLo(), scene.zClipHi()));
        try {
            shown.get(TIMEOUT_S, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while building the 3D mesh", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot build the 3D mesh: " + e.getMessage(), e);
        }
        return new Frames(view, scene, plan, width, height);
    }

    /** Runs {@code task} on the FX thread and waits for its result. */
    static <T> T onFx(Supplier<T> task) {
        if (Platform.isFxApplicationThread()) return task.get();
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                result.set(task.get());
            } catch (Throwable t) {
                failure.set(t);
            } finally {
                done.countDown();
            }
        });
        try {
            if (!done.await(TIMEOUT_S, TimeUnit.SECONDS)) throw new IllegalStateException("the JavaFX thread did not answer within " + TIMEOUT_S + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the JavaFX thread", e);
        }
        if (failure.get() instanceof RuntimeException r) throw r;
        if (failure.get() instanceof Error e) throw e;
        if (failure.get() != null) throw new IllegalStateException(failure.get());
        return result.get();
    }

    /** Frames of one off-screen 3D view. */
    private static final class Frames implements FrameSource {
        private final Landscape3DView view;
        private final ComputedScene scene;
        private final FramePlan plan;
        private final int width, height;
        private final int[] argb;
        private final SnapshotParameters params = new SnapshotParameters();
        private WritableImage image;

        Frames(Landscape3DView view, ComputedScene scene, FramePlan plan, int width, int height) {
            this.view = view;
            this.scene = scene;
            this.plan = plan;
            this.width = width;
            this.height = height;
            this.argb = new int[width * height];
        }

        @Override public int width() { return width; }

        @Override public int height() { return height; }

        @Override public int frameCount() { return plan.frames(); }

        @Override public int step(int index) { return plan.steps()[index]; }

        @Override public int[] keyColors() { return SceneCharts.keyColors(scene); }

        @Override public void render(int index, BufferedImage target) {
            onFx(() -> {
                view.setStep(plan.steps()[index]);
                view.setCamera(plan.azimuths()[index], scene.scene().camera().elevation(), scene.scene().camera().distance());
                image = view.subScene().snapshot(params, image != null && image.getWidth() == width && image.getHeight() == height ? image : null);
                image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
                return null;
            });
            RgbPixels.copy(argb, target);
        }
    }
}
