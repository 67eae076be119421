package org.saddlepoint.ui.compute;

import org.saddlepoint.ui.FxCalls;
import java.io.IOException;
import java.util.function.Supplier;
import javafx.scene.control.Tab;
import org.saddlepoint.optim.OptimizerKind;
import org.saddlepoint.ui.LabShell;
import org.saddlepoint.ui.model.LabModel;
import org.saddlepoint.ui.network.AnalysisShots;

/**
 * The screenshot command's states of the Maps tab on Himmelblau: basins of SGD and SGD with
 * momentum, the lr × momentum map of SGD with momentum, and the LR range test of Adam. Runs on
 * the command's thread; UI work goes to the FX thread.
 */
public final class MapsShots {
    private MapsShots() { }

    public static void take(LabShell shell, LabModel model, AnalysisShots.Shooter shooter, AnalysisShots.Settler settler)
            throws IOException, InterruptedException {
        fx(() -> {
            model.choose("himmelblau");
            return null;
        });
        settler.settle(0);
        MapsPane maps = fx(() -> {
            Tab t = shell.window().views().getTabs().stream().filter(x -> "tab-maps".equals(x.getId())).findFirst().orElseThrow();
            shell.window().views().getSelectionModel().select(t);
            MapsPane p = (MapsPane) org.saddlepoint.ui.DeferredTabContent.content(t);
            p.select(0);
            return p;
        });
        waitFor(() -> fx(() -> maps.basins().shown() != null && maps.basins().shown().fine()));
        shooter.shoot("10-maps-basins.png");
        fx(() -> {
            model.selectedProperty().set(model.optimizers().stream().filter(e -> e.spec().kind() == OptimizerKind.SGD && e.spec().momentum() > 0)
                    .findFirst().orElse(model.optimizers().get(0)));
            maps.select(1);
            return null;
        });
        waitFor(() -> fx(() -> maps.hyper().shown() != null && maps.hyper().shown().fine()));
        shooter.shoot("11-maps-hyperparameters.png");
        fx(() -> {
            model.selectedProperty().set(model.optimizers().stream().filter(e -> e.spec().kind() == OptimizerKind.ADAM)
                    .findFirst().orElse(model.optimizers().get(0)));
            maps.select(2);
            return null;
        });
        waitFor(() -> fx(() -> maps.lr().shown() != null));
        shooter.shoot("12-maps-lr-range-test.png");
    }

    private static void waitFor(Supplier<Boolean> condition) throws InterruptedException {
        FxCalls.waitUntil(() -> Boolean.TRUE.equals(condition.get()), 120, "the maps");
        Thread.sleep(300);
    }

    private static <T> T fx(Supplier<T> action) { return FxCalls.onFx(action); }
}
