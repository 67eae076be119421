package org.saddlepoint.ui;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.value.ChangeListener;
import org.saddlepoint.optim.OptimizerSpec;
import org.saddlepoint.scene.Scene;
import org.saddlepoint.scene.SceneCamera;
import org.saddlepoint.scene.SceneOptimizer;
import org.saddlepoint.scene.SceneSurface;
import org.saddlepoint.scene.SceneView;
import org.saddlepoint.surface.LocalizedText;
import org.saddlepoint.ui.model.ExpressionChoice;
import org.saddlepoint.ui.model.LabModel;
import org.saddlepoint.ui.model.OptimizerEntry;
import org.saddlepoint.ui.model.ParameterDef;
import org.saddlepoint.ui.model.Playback;
import org.saddlepoint.ui.model.SurfaceChoice;

/**
 * Maps between the app's state ({@link LabModel} and what the centre views show) and a
 * {@link Scene}: {@link #capture} describes what is on screen, {@link #apply} sets the app to a
 * scene. Everything a scene asks for is checked before the model is touched, so a scene that
 * cannot be shown leaves the app as it was. A racer's own start (a scene optimizer's
 * {@code start = [x, y]}) and its name (a scene optimizer's {@code label}, e.g. "SGD + momentum")
 * are carried both ways; a racer without a name is saved under the label of its settings.
 */
public final class SceneBridge {
    /** What the views show beyond the model: 2D/3D, the 3D camera, the 2D gradient field. */
    public record ViewState(boolean threeD, SceneCamera camera, boolean gradientField) {
        public static final ViewState DEFAULT = new ViewState(false, SceneCamera.DEFAULT, false);
    }

    private SceneBridge() { }

    /** The view state of {@code views} (camera clamped into the range a scene allows). */
    public static ViewState viewState(CentreViews views, boolean gradientField) {
        var v = views.view3d();
        double el = Math.max(-90, Math.min(90, v.getCameraElevation()));
        double dist = Math.max(30, Math.min(2000, v.getCameraDistance()));
        return new ViewState(is3d(views), new SceneCamera(v.getCameraAzimuth(), el, dist), gradientField);
    }

    /** Whether the 3D tab is the one showing. */
    public static boolean is3d(CentreViews views) {
        var t = views.getSelectionModel().getSelectedItem();
        return t != null && "tab-3d".equals(t.getId());
    }

    /** The scene on screen: surface and parameters, start, racers, view, camera, step and {@code caption} (may be null). */
    public static Scene capture(LabModel model, ViewState view, LocalizedText title, LocalizedText caption) {
        SurfaceChoice c = model.choice();
        Map<String, Double> params = new LinkedHashMap<>();
        for (ParameterDef p : c.parameters()) params.put(p.name(), model.parametersProperty().get().getOrDefault(p.name(), p.defaultValue()));
        SceneSurface surface = model.catalog().contains(c)
                ? new SceneSurface(c.id(), null, null, params)
                : new SceneSurface(null, model.customTextProperty().get(), c.domain(), params);
        List<SceneOptimizer> opts = new ArrayList<>();
        for (OptimizerEntry e : model.optimizers()) opts.add(optimizer(e));
        String cmap = model.colorMapProperty().get().toLowerCase(Locale.ROOT);
        if (!SceneView.COLORMAPS.contains(cmap)) cmap = "viridis";
        SceneView sv = new SceneView(view.threeD() ? "3d" : "2d", cmap, model.logHeightProperty().get(),
                SceneView.DEFAULT.contours(), view.gradientField(), SceneView.DEFAULT.grid());
        LocalizedText t = title != null ? title : new LocalizedText(c.title(Locale.ENGLISH), c.title(Locale.CHINESE));
        return new Scene(t, caption, surface, model.startXProperty().get(), model.startYProperty().get(), opts, sv,
                view.camera(), model.playback().step(), null);
    }

    private static SceneOptimizer optimizer(OptimizerEntry e) {
        OptimizerSpec s = e.spec();
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("lr", s.lr());
        o.put("momentum", s.momentum());
        o.put("dampening", s.dampening());
        o.put("nesterov", s.nesterov());
        o.put("alpha", s.alpha());
        o.put("centered", s.centered());
        o.put("beta1", s.beta1());
        o.put("beta2", s.beta2());
        o.put("eps", s.eps());
        o.put("weight_decay", s.weightDecay());
        o.put("amsgrad", s.amsgrad());
        o.put("lr_decay", s.lrDecay());
        o.put("initial_accumulator_value", s.initialAccumulator());
        String sched = e.scheduleProperty().get();
        if (sched != null && !sched.isBlank() && !"constant".equals(sched.trim())) o.put("schedule", sched.trim());
        if (e.noiseSigmaProperty().get() > 0) o.put("noise", e.noiseSigmaProperty().get());
        if (e.batchSizeProperty().get() > 0) o.put("batch_size", e.batchSizeProperty().get());
        o.put("seed", (long) e.seedProperty().get());
        o.put("steps", e.stepsProperty().get());
        Color c = e.color();
        String hex = String.format(Locale.ROOT, "#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
        double sx = e.hasOwnStart() ? e.ownStartXProperty().get() : Double.NaN, sy = e.hasOwnStart() ? e.ownStartYProperty().get() : Double.NaN;
        LocalizedText label = e.nameProperty().get() != null ? e.nameProperty().get() : LocalizedText.of(e.label());
        return new SceneOptimizer(s.kind().cliName(), label, hex, sx, sy, o);
    }

    /**
     * Sets the model to {@code scene} and returns the view state the views should take. Throws
     * IllegalArgumentException (one line) for a surface id the app does not know, an unknown
     * parameter or a bad schedule, before anything changes.
     */
    public static ViewState apply(Scene scene, LabModel model) {
        SceneSurface ss = scene.surface();
        SurfaceChoice target;
        if (ss.id() != null) {
            target = model.catalog().stream().filter(c -> c.id().equals(ss.id())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown surface '" + ss.id() + "'"));
            for (String name : ss.parameters().keySet()) {
                if (target.parameters().stream().noneMatch(p -> p.name().equals(name)))
                    throw new IllegalArgumentException("surface '" + ss.id() + "' has no parameter '" + name + "'");
            }
        } else {
            List<ParameterDef> defs = new ArrayList<>();
            for (Map.Entry<String, Double> p : ss.parameters().entrySet()) {
                double v = p.getValue(), r = Math.max(1, Math.abs(v));
                defs.add(new ParameterDef(p.getKey(), v - r, v + r, v));
            }
            target = ExpressionChoice.custom(ss.expression(), defs, ss.domain(), new double[] {scene.startX(), scene.startY()},
                    scene.title().en(), scene.title().zh());
            target.build(ss.parameters());
        }
        List<OptimizerEntry> entries = new ArrayList<>();
        for (SceneOptimizer o : scene.optimizers()) entries.add(entry(o, entries.size()));

        model.choose(target);
        for (Map.Entry<String, Double> p : ss.parameters().entrySet()) model.setParameter(p.getKey(), p.getValue());
        if (scene.view().logColor() != null) model.logHeightProperty().set(scene.view().logColor());
        model.colorMapProperty().set(scene.view().colormap().toUpperCase(Locale.ROOT));
        model.setStart(scene.startX(), scene.startY());
        model.optimizers().setAll(entries);
        model.selectedProperty().set(entries.isEmpty() ? null : entries.get(0));
        seek(model, scene.step());
        return new ViewState(scene.view().is3d(), scene.camera(), scene.view().gradientField());
    }

    private static OptimizerEntry entry(SceneOptimizer o, int index) {
        Color color = o.color() != null ? Color.decode(o.color()) : LabModel.PALETTE[index % LabModel.PALETTE.length];
        OptimizerEntry e = new OptimizerEntry(o.optimizerSpec(), o.steps(), color);
        if (o.options().get("schedule") instanceof String s) {
            OptimizerEntry.parseSchedule(s);
            e.scheduleProperty().set(s);
        }
        if (o.options().get("noise") instanceof Double sigma) e.noiseSigmaProperty().set(sigma);
        if (o.options().get("batch_size") instanceof Integer b) e.batchSizeProperty().set(b);
        if (o.options().get("seed") instanceof Long seed) e.seedProperty().set((int) (long) seed);
        if (o.hasOwnStart()) e.setOwnStart(o.startX(), o.startY());
        // a label that only repeats the settings (as a saved scene writes for an unnamed racer) is not a name
        if (o.label() != null && !o.label().en().equals(e.label())) e.nameProperty().set(o.label());
        return e;
    }

    /** Moves playback to {@code step} (or the end); if the runs are still computing, once they arrive. */
    private static void seek(LabModel model, int step) {
        Playback p = model.playback();
        p.playingProperty().set(false);
        int want = step == Scene.LAST_STEP ? Integer.MAX_VALUE : step;
        p.stepProperty().set(Math.min(want, p.maxStepProperty().get()));
        if (p.maxStepProperty().get() >= want || model.optimizers().isEmpty()) return;
        ChangeListener<Number> once = new ChangeListener<>() {
            @Override public void changed(javafx.beans.value.ObservableValue<? extends Number> o, Number a, Number b) {
                p.maxStepProperty().removeListener(this);
                p.stepProperty().set(Math.min(want, b.intValue()));
            }
        };
        p.maxStepProperty().addListener(once);
    }

    /** Puts the views into {@code state}: the tab, the 3D camera. */
    public static void applyView(ViewState state, CentreViews views) {
        if (state.threeD()) views.show3d();
        else views.show2d();
        SceneCamera c = state.camera();
        views.view3d().setCamera(c.azimuth(), c.elevation(), c.distance());
    }
}
