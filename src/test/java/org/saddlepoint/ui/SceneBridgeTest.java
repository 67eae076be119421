package org.saddlepoint.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.saddlepoint.compute.CpuSampler;
import org.saddlepoint.optim.OptimizerKind;
import org.saddlepoint.optim.OptimizerSpec;
import org.saddlepoint.scene.Lesson;
import org.saddlepoint.scene.LessonCatalog;
import org.saddlepoint.scene.Scene;
import org.saddlepoint.scene.SceneCamera;
import org.saddlepoint.scene.SceneFile;
import org.saddlepoint.scene.SceneOptimizer;
import org.saddlepoint.scene.SceneSurface;
import org.saddlepoint.surface.Domain;
import org.saddlepoint.surface.LocalizedText;
import org.saddlepoint.ui.model.CatalogChoice;
import org.saddlepoint.ui.model.GridComputer;
import org.saddlepoint.ui.model.LabModel;
import org.saddlepoint.ui.model.OptimizerEntry;
import org.saddlepoint.ui.model.TrajectoryComputer;

/** Scene ↔ app mapping on the model alone (same-thread computers, no window). */
class SceneBridgeTest {
    private static LabModel model() {
        return new LabModel(CatalogChoice.bundled(), new TrajectoryComputer(Runnable::run, Runnable::run),
                new GridComputer(new CpuSampler(), Runnable::run, Runnable::run, 21, 41));
    }

    private static final SceneBridge.ViewState VIEW = new SceneBridge.ViewState(true, new SceneCamera(10, 20, 300), true);

    @Test void captureApplyCaptureRoundTripsAnEditedState() {
        LabModel m = model();
        m.choose("rosenbrock");
        String p = m.choice().parameters().get(0).name();
        m.setParameter(p, m.choice().parameters().get(0).defaultValue() * 0.5 + m.choice().parameters().get(0).min() * 0.5);
        m.addOptimizer(OptimizerSpec.defaults(OptimizerKind.RMSPROP).withLr(0.003).withCentered(true));
        OptimizerEntry e = m.optimizers().get(m.optimizers().size() - 1);
        e.scheduleProperty().set("step:step_size=20,gamma=0.5");
        e.noiseSigmaProperty().set(0.25);
        e.seedProperty().set(7);
        e.stepsProperty().set(90);
        m.setStart(-1.25, 2.5);
        m.colorMapProperty().set("MAGMA");
        m.playback().stepProperty().set(33);
        Scene a = SceneBridge.capture(m, VIEW, null, new LocalizedText("cap", "说明"));

        LabModel fresh = model();
        fresh.choose("saddle");
        SceneBridge.ViewState v = SceneBridge.apply(a, fresh);
        assertEquals(VIEW, v);
        assertEquals("rosenbrock", fresh.choice().id());
        assertEquals(m.optimizers().size(), fresh.optimizers().size());
        assertEquals(e.spec(), fresh.optimizers().get(fresh.optimizers().size() - 1).spec());
        assertEquals(33, fresh.playback().step());
        Scene b = SceneBridge.capture(fresh, v, null, new LocalizedText("cap", "说明"));
        assertEquals(a, b);
        // and through the file format
        assertEquals(a, SceneFile.parse("x.toml", SceneFile.toToml(a)));
        // the trajectories are the same numbers
        assertEquals(m.snapshot().trajectories().size(), fresh.snapshot().trajectories().size());
        for (int i = 0; i < m.snapshot().trajectories().size(); i++) {
            var t0 = m.snapshot().trajectories().get(i);
            var t1 = fresh.snapshot().trajectories().get(i);
            assertEquals(t0.size(), t1.size());
            assertEquals(t0.x(t0.size() - 1), t1.x(t1.size() - 1), 0);
        }
    }

    @Test void anExpressionSceneBecomesTheCustomSurface() {
        Scene s = new Scene(LocalizedText.of("bowl"), null,
                new SceneSurface(null, "a*x^2 + y^2", new Domain(-3, 3, -2, 2), Map.of("a", 2.0)), 1, 1,
                List.of(SceneOptimizer.of("sgd", null, "#112233", "lr", 0.1, "steps", 12)), null, null, Scene.LAST_STEP, null);
        LabModel m = model();
        SceneBridge.apply(s, m);
        assertEquals("a*x^2 + y^2", m.customTextProperty().get());
        assertEquals(1, m.optimizers().size());
        assertEquals(12, m.playback().step(), "LAST_STEP: the end of the 12-step run");
        // f = 2x² + y², ∇f(1,1) = (4, 2): the first SGD step from (1,1) at lr 0.1 lands on (0.6, 0.8)
        var t = m.snapshot().trajectories().get(0);
        assertEquals(0.6, t.x(1), 1e-12);
        assertEquals(0.8, t.y(1), 1e-12);
        Scene back = SceneBridge.capture(m, SceneBridge.ViewState.DEFAULT, LocalizedText.of("bowl"), null);
        assertEquals(s.surface().expression(), back.surface().expression());
        assertEquals(s.surface().parameters(), back.surface().parameters());
    }

    @Test void everyBundledLessonApplies() {
        LabModel m = model();
        for (Lesson l : LessonCatalog.bundled().lessons()) {
            SceneBridge.apply(l.scene(), m);
            assertEquals(l.scene().surface().id(), m.choice().id(), l.id());
            assertEquals(l.scene().optimizers().size(), m.optimizers().size(), l.id());
            for (int i = 0; i < m.optimizers().size(); i++)
                assertEquals(l.scene().optimizers().get(i).optimizerSpec(), m.optimizers().get(i).spec(), l.id());
        }
    }

    @Test void anUnknownSurfaceLeavesTheModelAsItWas() {
        LabModel m = model();
        m.choose("saddle");
        Scene before = SceneBridge.capture(m, VIEW, null, null);
        Scene bad = before.withOptimizers(List.of());
        Scene unknown = new Scene(bad.title(), null, SceneSurface.of("no-such-surface"), 0, 0, List.of(), null, null, 0, null);
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, () -> SceneBridge.apply(unknown, m));
        assertTrue(ex.getMessage().contains("no-such-surface"), ex.getMessage());
        Scene badSchedule = before.withOptimizers(List.of(SceneOptimizer.of("sgd", null, null, "schedule", "bogus:1")));
        assertThrows(IllegalArgumentException.class, () -> SceneBridge.apply(badSchedule, m));
        assertEquals(before, SceneBridge.capture(m, VIEW, null, null));
        assertNotEquals(0, m.optimizers().size());
    }
}
