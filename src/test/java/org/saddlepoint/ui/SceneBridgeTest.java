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

    @Test void aRacersOwnStartIsUsedCapturedAndWrittenExactly() {
        double ox = 0.1 + 0.2, oy = -1.0 / 3; // not exact in binary: the file must keep every bit
        SceneOptimizer own = new SceneOptimizer("sgd", null, "#112233", ox, oy, java.util.Map.of("lr", 0.1, "steps", 5));
        SceneOptimizer common = SceneOptimizer.of("sgd", null, "#445566", "lr", 0.1, "steps", 5);
        Scene s = new Scene(LocalizedText.of("bowl"), null, SceneSurface.expression("x^2 + 2*y^2", new Domain(-2, 2, -2, 2)), 1, 1,
                List.of(common, own), null, null, Scene.LAST_STEP, null);
        LabModel m = model();
        SceneBridge.apply(s, m);
        assertTrue(m.optimizers().get(1).hasOwnStart());
        assertTrue(!m.optimizers().get(0).hasOwnStart());
        var t0 = m.snapshot().trajectories().get(0);
        var t1 = m.snapshot().trajectories().get(1);
        assertEquals(1.0, t0.x(0), 0);
        assertEquals(1.0, t0.y(0), 0);
        assertEquals(ox, t1.x(0), 0);
        assertEquals(oy, t1.y(0), 0);
        // f = x² + 2y², ∇f = (2x, 4y): one SGD step at lr 0.1 maps (x, y) to (0.8x, 0.6y)
        assertEquals(0.8 * ox, t1.x(1), 1e-15);
        assertEquals(0.6 * oy, t1.y(1), 1e-15);
        // moving the common start moves only the racer without a start of its own
        m.setStart(-1, 0.5);
        assertEquals(-1.0, m.snapshot().trajectories().get(0).x(0), 0);
        assertEquals(ox, m.snapshot().trajectories().get(1).x(0), 0);
        Scene back = SceneBridge.capture(m, SceneBridge.ViewState.DEFAULT, LocalizedText.of("bowl"), null);
        assertTrue(!back.optimizers().get(0).hasOwnStart());
        assertEquals(ox, back.optimizers().get(1).startX(), 0);
        assertEquals(oy, back.optimizers().get(1).startY(), 0);
        Scene read = SceneFile.parse("x.toml", SceneFile.toToml(back));
        assertEquals(back, read);
        assertEquals(Double.doubleToRawLongBits(ox), Double.doubleToRawLongBits(read.optimizers().get(1).startX()));
    }

    @Test void everyLessonRunsTheSameInTheAppAsHeadless() {
        LabModel m = model();
        for (Lesson l : LessonCatalog.bundled().lessons()) {
            if (l.scene().search() != null) continue;
            SceneBridge.apply(l.scene(), m);
            var headless = org.saddlepoint.scene.SceneRunner.compute(l.scene().withView(l.scene().view().withGrid(16)));
            var app = m.snapshot().trajectories();
            assertEquals(headless.runs().size(), app.size(), l.id());
            for (int i = 0; i < app.size(); i++) {
                var h = headless.run(i).trajectory();
                var a = app.get(i);
                assertEquals(h.x(0), a.x(0), 0, l.id() + " run " + i + " start x");
                assertEquals(h.y(0), a.y(0), 0, l.id() + " run " + i + " start y");
                assertEquals(h.size(), a.size(), l.id() + " run " + i + " length");
                assertEquals(h.x(h.size() - 1), a.x(a.size() - 1), 0, l.id() + " run " + i + " end x");
            }
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
