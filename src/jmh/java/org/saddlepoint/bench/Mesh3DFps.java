package org.saddlepoint.bench;

import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.saddlepoint.render.ColorMap;
import org.saddlepoint.render.TrajectoryStyle;
import org.saddlepoint.surface.ScalarGrid;
import org.saddlepoint.surface.Surface;
import org.saddlepoint.ui.view3d.DemoData;
import org.saddlepoint.ui.view3d.Landscape3DView;

/**
 * Frames per second of the 3D view: a 256×256 Himmelblau mesh (contours on) with 4 trajectory
 * tubes, the camera turning 0.5° per pulse; counts pulses for 10 s after a 2 s warm-up and
 * prints the rate. Not a JMH benchmark (frames come from the FX pulse); run under a display:
 * {@code DISPLAY=:77 java -Dprism.forceGPU=true -Djavafx.animation.fullspeed=true -cp … org.saddlepoint.bench.Mesh3DFps [side]}.
 */
public final class Mesh3DFps {
    private Mesh3DFps() { }

    public static void main(String[] args) {
        int side = args.length > 0 ? Integer.parseInt(args[0]) : 256;
        Surface s = DemoData.himmelblau();
        ScalarGrid grid = DemoData.grid(s, side);
        List<TrajectoryStyle> paths = DemoData.fourPaths(s);
        Platform.startup(() -> {
            Landscape3DView view = new Landscape3DView();
            Stage stage = new Stage();
            stage.setScene(new Scene(view, 900, 700));
            stage.show();
            view.setGrid(grid, ColorMap.VIRIDIS, true, Double.NaN, Double.NaN).thenRun(() -> {
                view.setContours(true);
                view.setTrajectories(paths);
                new AnimationTimer() {
                    long start = -1;
                    int frames;
                    int step;

                    @Override public void handle(long now) {
                        if (start < 0) start = now;
                        double t = (now - start) / 1e9;
                        view.setCamera(view.getCameraAzimuth() + 0.5, view.getCameraElevation(), view.getCameraDistance());
                        view.setStep(step++ % 200);
                        if (t >= 2) frames++;
                        if (t >= 12) {
                            stop();
                            System.out.printf("mesh %dx%d (%d triangles), 4 trajectories: %.1f frames/s over 10 s%n",
                                    side, side, view.surfaceTriangleCount(), frames / 10.0);
                            Platform.exit();
                        }
                    }
                }.start();
            });
        });
    }
}
