package org.saddlepoint.ui.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.saddlepoint.optim.OptimizerKind;
import org.saddlepoint.optim.OptimizerSpec;
import org.saddlepoint.surface.Domain;
import org.saddlepoint.surface.ParameterSpec;
import org.saddlepoint.surface.PresetSpec;
import org.saddlepoint.surface.StartPoint;
import org.saddlepoint.surface.Surface;
import org.saddlepoint.surface.SurfaceCatalog;
import org.saddlepoint.surface.SurfaceSpec;

/** A bundled surface file ({@link SurfaceSpec}) as the UI lists it. */
public final class CatalogChoice implements SurfaceChoice {
    private final SurfaceSpec spec;
    private final List<ParameterDef> parameters = new ArrayList<>();
    private final List<NamedStart> starts = new ArrayList<>();
    private final List<RacerPreset> presets = new ArrayList<>();

    public CatalogChoice(SurfaceSpec spec) {
        this.spec = spec;
        for (ParameterSpec p : spec.parameters()) parameters.add(new ParameterDef(p.name(), p.min(), p.max(), p.defaultValue()));
        for (StartPoint s : spec.starts()) starts.add(new NamedStart(s.x(), s.y(), s.label().en(), s.label().zh()));
        if (starts.isEmpty()) {
            Domain d = spec.domain();
            starts.add(new NamedStart(d.xMin() + 0.8 * d.width(), d.yMin() + 0.7 * d.height(), "", ""));
        }
        for (PresetSpec p : spec.presets()) presets.add(preset(p));
        if (presets.isEmpty()) presets.addAll(ExpressionChoice.standardTrio(0.01, 200));
    }

    /** Every bundled surface, in the catalog's order. */
    public static List<SurfaceChoice> bundled() {
        List<SurfaceChoice> out = new ArrayList<>();
        for (SurfaceSpec s : SurfaceCatalog.bundled().specs()) out.add(new CatalogChoice(s));
        return out;
    }

    /** The optimizer and run settings a preset names; options it leaves out keep torch's defaults. */
    static RacerPreset preset(PresetSpec p) {
        OptimizerSpec o = OptimizerSpec.defaults(OptimizerKind.parse(p.kind()));
        o = o.withLr(p.number("lr").orElse(o.lr()));
        o = o.withMomentum(p.number("momentum").orElse(o.momentum()));
        o = o.withDampening(p.number("dampening").orElse(o.dampening()));
        o = o.withNesterov(p.flag("nesterov").orElse(o.nesterov()));
        o = o.withAlpha(p.number("alpha").orElse(o.alpha()));
        o = o.withCentered(p.flag("centered").orElse(o.centered()));
        o = o.withBeta1(p.number("beta1").orElse(o.beta1()));
        o = o.withBeta2(p.number("beta2").orElse(o.beta2()));
        o = o.withEps(p.number("eps").orElse(o.eps()));
        o = o.withWeightDecay(p.number("weight_decay").orElse(o.weightDecay()));
        o = o.withAmsgrad(p.flag("amsgrad").orElse(o.amsgrad()));
        o = o.withLrDecay(p.number("lr_decay").orElse(o.lrDecay()));
        o = o.withInitialAccumulator(p.number("initial_accumulator_value").orElse(o.initialAccumulator()));
        return new RacerPreset(o, p.schedule().orElse("constant"), p.number("noise").orElse(0),
                p.integer("batch_size").orElse(0), p.seed().orElse(1), p.integer("steps").orElse(200), p.label());
    }

    public SurfaceSpec spec() { return spec; }

    @Override public String id() { return spec.id(); }

    @Override public String title(Locale locale) { return spec.title().get(locale); }

    @Override public String lesson(Locale locale) {
        String lesson = spec.lesson() == null ? "" : spec.lesson().get(locale);
        return lesson.isBlank() && spec.description() != null ? spec.description().get(locale) : lesson;
    }

    @Override public String expressionText() { return spec.expression() == null ? "" : spec.expression().source(); }

    @Override public List<ParameterDef> parameters() { return List.copyOf(parameters); }

    @Override public Domain domain() { return spec.domain(); }

    @Override public List<NamedStart> starts() { return List.copyOf(starts); }

    @Override public List<RacerPreset> presets() { return List.copyOf(presets); }

    @Override public boolean logHeight() { return spec.view().logColor(); }

    @Override public String defaultView() { return spec.view().defaultView(); }

    @Override public double zClipLow() { return spec.view().zClipLow(); }

    @Override public double zClipHigh() { return spec.view().zClipHigh(); }

    @Override public Surface build(Map<String, Double> values) { return spec.build(values); }

    @Override public boolean dataSurface() { return spec.isDataSurface(); }
}
