package org.saddlepoint.ui.view3d;

import java.awt.Color;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.animation.PauseTransition;
import javafx.embed.swing.SwingFXUtils;
import javafx.util.Duration;
import javax.imageio.ImageIO;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Stage;
import org.saddlepoint.render.Arrow;
import org.saddlepoint.render.ColorMap;
import org.saddlepoint.render.MarkedPoint;
import org.saddlepoint.render.TrajectoryStyle;
import org.saddlepoint.surface.ScalarGrid;
import org.saddlepoint.surface.Surface;
import org.saddlepoint.ui.view2d.Landscape2DView;

/**
 * A look at both views side by side: Himmelblau's function with two descent paths. A plain
 * launcher (JavaFX from the class path needs a main class that does not extend Application):
 * {@code java -Dprism.forceGPU=true -cp target/classes:$(cat cp.txt) org.saddlepoint.ui.view3d.ViewsDemo
 * [--snapshot out.png]} (with {@code --snapshot} it writes the window to a PNG after 6 s and exits).
 */
public final class ViewsDemo {
    private ViewsDemo() { }

    public static void main(String[] args) {
        Surface s = DemoData.himmelblau();
        ScalarGrid grid = DemoData.grid(s, 256);
        List<TrajectoryStyle> paths = List.of(
                new TrajectoryStyle(DemoData.descent(s, -4.5, 4.5, 0.005, 0, 80), new Color(0xE4572E), "GD η=0.005"),
                new TrajectoryStyle(DemoData.descent(s, 0.5, -4.5, 0.004, 0.8, 80), new Color(0xF2F230), "动量 momentum λ=0.8"));
        Platform.startup(() -> {
            Landscape2DView v2 = new Landscape2DView();
            v2.setGrid(grid, ColorMap.VIRIDIS, true);
            v2.setContourCount(14);
            v2.setTrajectories(paths);
            v2.setStep(30);
            v2.setStart(-4.5, 4.5);
            v2.setShowGradientField(true, s.newEvaluator());
            v2.setArrows(List.of(new Arrow(paths.get(0).trajectory().x(30), paths.get(0).trajectory().y(30), 0.9, -0.3, Color.RED, "−η·g")));
            v2.setMarkedPoints(List.of(new MarkedPoint(3, 2, MarkedPoint.Kind.MINIMUM, "极小值 (3, 2)"),
                    new MarkedPoint(-0.270845, -0.923039, MarkedPoint.Kind.MAXIMUM, "极大值"),
                    new MarkedPoint(0.086678, 2.884255, MarkedPoint.Kind.SADDLE, "鞍点")));
            v2.setOnPick((x, y) -> v2.setStart(x, y));
            Landscape3DView v3 = new Landscape3DView();
            v3.setGrid(grid, ColorMap.VIRIDIS, true, Double.NaN, Double.NaN);
            v3.setContours(true);
            v3.setTrajectories(paths);
            v3.setStep(30);
            v3.setOnPick((x, y) -> v2.setStart(x, y));
            HBox box = new HBox(v2, v3);
            HBox.setHgrow(v2, Priority.ALWAYS);
            HBox.setHgrow(v3, Priority.ALWAYS);
            v2.setPrefSize(800, 760);
            v3.setPrefSize(760, 760);
            Stage stage = new Stage();
            stage.setTitle("Saddlepoint — views demo");
            Scene scene = new Scene(box, 1580, 780);
            stage.setScene(scene);
            stage.show();
            if (args.length == 2 && args[0].equals("--snapshot")) {
                // wait for the off-thread mesh build, then a few pulses, then write the window as PNG
                PauseTransition wait = new PauseTransition(Duration.seconds(6));
                wait.setOnFinished(e -> {
                    try {
                        ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", new File(args[1]));
                    } catch (IOException ex) {
                        throw new UncheckedIOException(ex);
                    }
                    Platform.exit();
                });
                wait.play();
            }
        });
    }
}
