package org.saddlepoint.ui.model;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.saddlepoint.expr.Expression;
import org.saddlepoint.optim.OptimizerKind;
import org.saddlepoint.optim.OptimizerSpec;
import org.saddlepoint.surface.Domain;
import org.saddlepoint.surface.ExpressionSurface;
import org.saddlepoint.surface.Surface;

/** A surface given by an expression text, with en/zh texts: the built-in list and the custom editor. */
public record ExpressionChoice(String id, String titleEn, String titleZh, String lessonEn, String lessonZh,
                               String expressionText, List<ParameterDef> parameters, Domain domain,
                               List<NamedStart> starts, List<RacerPreset> presets, boolean logHeight)
        implements SurfaceChoice {

    public ExpressionChoice {
        parameters = List.copyOf(parameters);
        presets = List.copyOf(presets);
        starts = List.copyOf(starts);
        if (starts.isEmpty()) throw new IllegalArgumentException("a surface needs a start point");
    }

    /** A user's own expression (it may use {@code parameters}) on the given domain, raced by the standard trio. */
    public static ExpressionChoice custom(String text, List<ParameterDef> parameters, Domain domain, double[] start, String titleEn, String titleZh) {
        return new ExpressionChoice("custom", titleEn, titleZh, "", "", text, parameters, domain,
                List.of(new NamedStart(start[0], start[1], "", "")), standardTrio(0.02, 300), false);
    }

    /** SGD and SGD with momentum 0.9 at learning rate {@code lr}, and Adam at 5·lr. */
    public static List<RacerPreset> standardTrio(double lr, int steps) {
        return List.of(RacerPreset.of(OptimizerSpec.defaults(OptimizerKind.SGD).withLr(lr), steps),
                RacerPreset.of(OptimizerSpec.defaults(OptimizerKind.SGD).withLr(lr).withMomentum(0.9), steps),
                RacerPreset.of(OptimizerSpec.defaults(OptimizerKind.ADAM).withLr(lr * 5), steps));
    }

    @Override public String title(Locale locale) { return "zh".equals(locale.getLanguage()) && !titleZh.isEmpty() ? titleZh : titleEn; }

    @Override public String lesson(Locale locale) { return "zh".equals(locale.getLanguage()) && !lessonZh.isEmpty() ? lessonZh : lessonEn; }

    @Override public Surface build(Map<String, Double> values) {
        List<String> names = parameters.stream().map(ParameterDef::name).toList();
        java.util.Map<String, Double> bound = new java.util.HashMap<>();
        for (ParameterDef p : parameters) bound.put(p.name(), values.getOrDefault(p.name(), p.defaultValue()));
        return new ExpressionSurface(Expression.parse(expressionText, names), bound);
    }
}
