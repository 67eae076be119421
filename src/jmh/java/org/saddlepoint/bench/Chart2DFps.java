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
import org.saddlepoint.ui.view2d.Landscape2DView;
import org.saddlepoint.ui.view3d.DemoData;

/**
 * Frames per second of the 2D view during playback: a 400×400 Himmelblau heat map with 18
 * contour levels and 4 trajectories in a 1000×700 window, one step further per pulse; counts
 * pulses for 10 s after a 2 s warm-up and prints the rate (the view redraws once per pulse at most).
 * Run under a display: {@code xvfb-run -a java -Djavafx.animation.fullspeed=true -cp
 * target/benchmarks.jar org.saddlepoint.bench.Chart2DFps [raster|vector]}.
 */
public final class Chart2DFps {
    private Chart2DFps() { }

    public static void main(String[] args) {
        boolean raster = args.length == 0 || !"vector".equals(args[0]);
        Surface s = DemoData.himmelblau();
        ScalarGrid grid = DemoData.grid(s, 400);
        List<TrajectoryStyle> paths = DemoData.fourPaths(s);
        Platform.startup(() -> {
            Landscape2DView view = new Landscape2DView();
            view.model().setRasterBackground(raster);
            view.setContourCount(18);
            Stage stage = new Stage();
            stage.setScene(new Scene(view, 1000, 700));
            stage.show();
            view.setGrid(grid, ColorMap.VIRIDIS, true);
            view.setTrajectories(paths);
            new AnimationTimer() {
                long start = -1, fxNanos;
                int frames, step;

                @Override public void handle(long now) {
                    if (start < 0) start = now;
                    double t = (now - start) / 1e9;
                    long t0 = System.nanoTime();
                    view.setStep(step++ % 200);
                    if (t >= 2) {
                        frames++;
                        fxNanos += System.nanoTime() - t0;
                    }
                    if (t >= 12) {
                        stop();
                        System.out.printf("2D view 1000x700, 400x400 heat map, 18 contour levels, 4 trajectories, %s background:"
                                + " %.1f frames/s over 10 s%n", raster ? "raster-cached" : "vector", frames / 10.0);
                        Platform.exit();
                    }
                }
            }.start();
        });
    }
}
