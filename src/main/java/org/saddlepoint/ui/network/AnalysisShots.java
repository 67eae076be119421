package org.saddlepoint.ui.network;

import org.saddlepoint.ui.FxCalls;
import java.io.IOException;
import java.util.Comparator;
import java.util.function.Supplier;
import org.saddlepoint.analysis.CriticalType;
import org.saddlepoint.ui.I18n;
import org.saddlepoint.ui.LabShell;
import org.saddlepoint.ui.curvature.CurvaturePanel;
import org.saddlepoint.ui.model.LabModel;

/**
 * The screenshot command's states for this feature: the curvature inspector on the saddle of
 * Himmelblau nearest the origin (critical points found, escape step taken) in 2D and 3D, a
 * network landscape with its defaults, and the side-by-side modes (train vs test, MSE vs CE). Runs on the command's thread; UI work goes to the FX thread.
 */
public final class AnalysisShots {
    /** Writes one screenshot. */
    public interface Shooter { void shoot(String name) throws IOException, InterruptedException; }

    /** Waits for the model's results, then sets the playback step. */
    public interface Settler { void settle(int step) throws InterruptedException; }

    private AnalysisShots() { }

    public static void take(LabShell shell, LabModel model, Shooter shooter, Settler settler) throws IOException, InterruptedException {
        fx(() -> {
            shell.setLocale(I18n.ENGLISH);
            model.choose("himmelblau");
            shell.window().views().show2d();
            return null;
        });
        settler.settle(0);
        CurvaturePanel curv = fx(() -> (CurvaturePanel) shell.scene().lookup("#curvature-pane"));
        fx(() -> { curv.findCriticalPoints(); return null; });
        waitFor(() -> fx(() -> curv.criticalPoints().size() >= 9));
        fx(() -> {
            var saddle = curv.criticalPoints().stream().filter(p -> p.type() == CriticalType.SADDLE)
                    .min(Comparator.comparingDouble(p -> Math.hypot(p.x(), p.y()))).orElseThrow();
            curv.inspectToggle().setSelected(true);
            curv.inspect(saddle.x(), saddle.y());
            curv.escape();
            return null;
        });
        shooter.shoot("07-curvature-saddle-2d.png");
        fx(() -> { shell.window().views().show3d(); return null; });
        shooter.shoot("08-curvature-saddle-3d.png");
        NetworkPane net = fx(() -> (NetworkPane) shell.window().views().getTabs().stream()
                .filter(t -> "tab-network".equals(t.getId())).findFirst().map(org.saddlepoint.ui.DeferredTabContent::content).orElseThrow());
        fx(() -> {
            shell.window().views().getSelectionModel().select(net.tab());
            net.compute();
            return null;
        });
        waitFor(() -> fx(() -> net.result() != null));
        shooter.shoot("09-network-landscape.png");
        shootComparison(net, ComparisonMode.TRAIN_VS_TEST, false, "13-network-train-vs-test.png", shooter);
        shootComparison(net, ComparisonMode.MSE_VS_CE, true, "14-network-mse-vs-ce-3d.png", shooter);
        fx(() -> { net.modeBox().setValue(ComparisonMode.SINGLE); return null; });
    }

    /** The Network tab side by side in {@code mode} (2D or 3D pair), computed with the defaults. */
    private static void shootComparison(NetworkPane net, ComparisonMode mode, boolean in3d, String name, Shooter shooter)
            throws IOException, InterruptedException {
        NetworkComparison before = fx(() -> net.comparisonPane().comparison());
        fx(() -> {
            net.modeBox().setValue(mode);
            net.comparisonPane().show3d(in3d);
            net.compute();
            return null;
        });
        waitFor(() -> fx(() -> net.comparisonPane().comparison() != before && net.comparisonPane().comparison().mode() == mode));
        Thread.sleep(800); // the 3D meshes build off the FX thread
        shooter.shoot(name);
    }

    private static void waitFor(Supplier<Boolean> condition) throws InterruptedException {
        FxCalls.waitUntil(() -> Boolean.TRUE.equals(condition.get()), 120, "the app");
    }

    private static <T> T fx(Supplier<T> action) { return FxCalls.onFx(action); }
}
