package org.saddlepoint.scene;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.saddlepoint.compute.CpuSampler;
import org.saddlepoint.compute.Sampler;
import org.saddlepoint.optim.Trajectory;
import org.saddlepoint.optim.TrajectoryRunner;
import org.saddlepoint.surface.Domain;
import org.saddlepoint.surface.ExpressionSurface;
import org.saddlepoint.surface.LocalizedText;
import org.saddlepoint.surface.ScalarGrid;
import org.saddlepoint.surface.Surface;
import org.saddlepoint.surface.SurfaceCatalog;
import org.saddlepoint.surface.SurfaceSpec;

/**
 * Computes a {@link Scene} headlessly: binds the surface, runs every optimizer, samples the
 * landscape grid (or, for a search scene, runs grid and random search and samples the response
 * surface). Pure: no UI, no files written.
 */
public final class SceneRunner {
    private final SurfaceCatalog catalog;
    private final Sampler sampler;

    public SceneRunner() { this(SceneFile.bundled(), new CpuSampler()); }

    public SceneRunner(SurfaceCatalog catalog, Sampler sampler) {
        this.catalog = catalog;
        this.sampler = sampler;
    }

    /** A cancel flag that never turns true. */
    public static final BooleanSupplier NEVER_CANCELLED = () -> false;

    /** Computes the scene (see the class comment). */
    public static ComputedScene compute(Scene scene) { return new SceneRunner().run(scene, NEVER_CANCELLED); }

    /** Computes the scene with this runner's catalogue and sampler, without cancel. */
    public ComputedScene run(Scene scene) { return run(scene, NEVER_CANCELLED); }

    /** The surface spec a scene names (null for an inline expression). */
    public SurfaceSpec spec(Scene scene) {
        SceneSurface s = scene.surface();
        if (s.id() == null) return null;
        SurfaceSpec spec = SceneFile.resolve(catalog, s.id(), null);
        if (spec == null && Files.isRegularFile(Path.of(s.id()))) spec = SurfaceSpec.read(Path.of(s.id()));
        if (spec == null) throw new IllegalArgumentException("unknown surface '" + s.id() + "'");
        return spec;
    }

    /** The training surface with the scene's parameter values bound. */
    public Surface surface(Scene scene) {
        SurfaceSpec spec = spec(scene);
        return spec == null ? ExpressionSurface.of(scene.surface().expression()) : spec.build(scene.surface().parameters());
    }

    /** The trajectories only (no grid), in scene order. */
    public List<SceneRun> runs(Scene scene, Surface surface, BooleanSupplier cancelled) {
        List<SceneRun> runs = new ArrayList<>();
        List<SceneOptimizer> opts = scene.optimizers();
        for (int i = 0; i < opts.size(); i++) {
            if (cancelled.getAsBoolean()) throw new CancellationException("scene computation cancelled");
            SceneOptimizer o = opts.get(i);
            Trajectory t = TrajectoryRunner.run(surface, o.runSpec(scene.startX(), scene.startY()));
            int rgb = o.color() != null ? SceneColors.parse(o.color()) : SceneColors.color(i);
            runs.add(new SceneRun(o, t, rgb, o.displayLabel()));
        }
        return runs;
    }

    /** Computes everything; throws {@link CancellationException} once {@code cancelled} is true. */
    public ComputedScene run(Scene scene, BooleanSupplier cancelled) {
        SurfaceSpec spec = spec(scene);
        Surface training = spec == null ? ExpressionSurface.of(scene.surface().expression()) : spec.build(scene.surface().parameters());
        Domain domain = scene.surface().domain() != null ? scene.surface().domain() : spec.domain();
        boolean log = scene.view().logColor() != null ? scene.view().logColor() : spec != null && spec.view().logColor();
        double clipLo = spec != null && spec.view().hasZClip() ? spec.view().zClipLow() : Double.NaN;
        double clipHi = spec != null && spec.view().hasZClip() ? spec.view().zClipHigh() : Double.NaN;
        int n = scene.view().grid();
        if (scene.search() != null) {
            SceneSearch q = scene.search();
            SceneOptimizer base = scene.optimizers().get(0);
            SearchResult result = HyperparameterSearch.run(training, base, scene.startX(), scene.startY(), q);
            Surface response = HyperparameterSearch.responseSurface(training, base, scene.startX(), scene.startY());
            Domain d = new Domain(Math.log10(q.lrMin()), Math.log10(q.lrMax()), q.momentumMin(), q.momentumMax());
            ScalarGrid grid = sampler.sample(response, d, n, n, p -> { }, cancelled);
            List<ScenePoint> points = new ArrayList<>();
            for (SearchResult.Trial t : result.grid()) points.add(new ScenePoint(t.x(), t.momentum(), ScenePoint.Kind.SADDLE, ""));
            for (SearchResult.Trial t : result.random()) points.add(new ScenePoint(t.x(), t.momentum(), ScenePoint.Kind.OTHER, ""));
            SearchResult.Trial bg = result.bestGrid(), br = result.bestRandom();
            points.add(new ScenePoint(bg.x(), bg.momentum(), ScenePoint.Kind.MINIMUM, "best grid " + fmt(bg.finalLoss())));
            points.add(new ScenePoint(br.x(), br.momentum(), ScenePoint.Kind.MINIMUM, "best random " + fmt(br.finalLoss())));
            return new ComputedScene(scene, spec, response, d, grid, true, Double.NaN, Double.NaN, List.of(), points, result,
                    0, 0, "log₁₀ η", "momentum μ");
        }
        List<SceneRun> runs = runs(scene, training, cancelled);
        ScalarGrid grid = sampler.sample(training, domain, n, n, p -> { }, cancelled);
        int maxStep = 0;
        for (SceneRun r : runs) maxStep = Math.max(maxStep, r.trajectory().size() - 1);
        int step = scene.step() == Scene.LAST_STEP ? maxStep : Math.min(scene.step(), maxStep);
        String xl = spec != null && spec.isDataSurface() ? "θ₁" : "x", yl = spec != null && spec.isDataSurface() ? "θ₂" : "y";
        return new ComputedScene(scene, spec, training, domain, grid, log, clipLo, clipHi, runs, List.of(), null, step, maxStep, xl, yl);
    }

    static String fmt(double v) { return String.format(java.util.Locale.ROOT, "%.3g", v); }

    /** A label in the locale's language. */
    public static String text(LocalizedText t, java.util.Locale locale) { return t == null ? "" : t.get(locale); }
}
