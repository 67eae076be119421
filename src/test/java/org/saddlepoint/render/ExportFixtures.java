package org.saddlepoint.render;

import java.util.List;
import java.util.Map;
import org.saddlepoint.scene.ComputedScene;
import org.saddlepoint.scene.Scene;
import org.saddlepoint.scene.SceneCamera;
import org.saddlepoint.scene.SceneOptimizer;
import org.saddlepoint.scene.SceneRunner;
import org.saddlepoint.scene.SceneSurface;
import org.saddlepoint.scene.SceneView;
import org.saddlepoint.surface.Domain;
import org.saddlepoint.surface.LocalizedText;

/** Small scenes for export tests. */
final class ExportFixtures {
    private ExportFixtures() { }

    /** Java2D without an X display: headless (called from each test class's static initializer). */
    static void headlessIfNoDisplay() {
        String display = System.getenv("DISPLAY");
        if (display == null || display.isBlank()) System.setProperty("java.awt.headless", "true");
    }

    /** Rosenbrock, two runs of {@code steps} steps, a coarse grid. */
    static ComputedScene rosenbrock(int steps) {
        Scene s = new Scene(new LocalizedText("Rosenbrock", "Rosenbrock 函数"), new LocalizedText("Momentum follows the valley.", "动量沿着山谷前进。"),
                new SceneSurface(null, "(1 - x)^2 + 100*(y - x^2)^2", new Domain(-2, 2, -1, 3), Map.of()), -1.5, 2.0,
                List.of(SceneOptimizer.of("sgd", "SGD", "#ffffff", "lr", 1e-3, "steps", steps),
                        SceneOptimizer.of("adam", "Adam", "#ff0000", "lr", 0.1, "steps", steps)),
                new SceneView("2d", "viridis", true, 10, false, 60), SceneCamera.DEFAULT, Scene.LAST_STEP, null);
        return SceneRunner.compute(s);
    }
}
