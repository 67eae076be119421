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
                               double[] start, List<OptimizerSpec> presets, int steps, boolean logHeight)
        implements SurfaceChoice {

    public ExpressionChoice {
        parameters = List.copyOf(parameters);
        presets = List.copyOf(presets);
        start = start.clone();
    }

    /** A user's own expression (it may use {@code parameters}) on the given domain, raced by the standard trio. */
    public static ExpressionChoice custom(String text, List<ParameterDef> parameters, Domain domain, double[] start, String titleEn, String titleZh) {
        return new ExpressionChoice("custom", titleEn, titleZh, "", "", text, parameters, domain, start,
                standardTrio(0.02), 300, false);
    }

    /** SGD, SGD with momentum 0.9 and Adam, all with learning rate {@code lr}. */
    public static List<OptimizerSpec> standardTrio(double lr) {
        return List.of(OptimizerSpec.defaults(OptimizerKind.SGD).withLr(lr),
                OptimizerSpec.defaults(OptimizerKind.SGD).withLr(lr).withMomentum(0.9),
                OptimizerSpec.defaults(OptimizerKind.ADAM).withLr(lr * 5));
    }

    @Override public String title(Locale locale) { return "zh".equals(locale.getLanguage()) && !titleZh.isEmpty() ? titleZh : titleEn; }

    @Override public String lesson(Locale locale) { return "zh".equals(locale.getLanguage()) && !lessonZh.isEmpty() ? lessonZh : lessonEn; }

    @Override public double[] start() { return start.clone(); }

    @Override public Surface build(Map<String, Double> values) {
        List<String> names = parameters.stream().map(ParameterDef::name).toList();
        java.util.Map<String, Double> bound = new java.util.HashMap<>();
        for (ParameterDef p : parameters) bound.put(p.name(), values.getOrDefault(p.name(), p.defaultValue()));
        return new ExpressionSurface(Expression.parse(expressionText, names), bound);
    }
}
