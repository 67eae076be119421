package org.saddlepoint.render;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.saddlepoint.scene.ComputedScene;
import org.saddlepoint.scene.SceneRun;
import org.saddlepoint.scene.ScenePoint;

/** Puts a computed scene into the 2D chart model (the one the 2D view shows and exports draw). */
public final class SceneCharts {
    private SceneCharts() { }

    /** The colour map a scene names ({@code viridis}, …). */
    public static ColorMap colorMap(String name) {
        try {
            return ColorMap.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown colormap '" + name + "'", e);
        }
    }

    /** The scene's runs as the views draw them. */
    public static List<TrajectoryStyle> styles(ComputedScene c, Locale locale) {
        List<TrajectoryStyle> out = new ArrayList<>();
        for (SceneRun r : c.runs()) out.add(new TrajectoryStyle(r.trajectory(), new Color(r.rgb()), r.label().get(locale)));
        return out;
    }

    /** Trajectory colours plus black and white: the colours a GIF palette must keep exact. */
    public static int[] keyColors(ComputedScene c) {
        int[] k = new int[c.runs().size() + 2];
        for (int i = 0; i < c.runs().size(); i++) k[i] = c.run(i).rgb();
        k[k.length - 2] = 0x000000;
        k[k.length - 1] = 0xFFFFFF;
        return k;
    }

    /** A new chart showing {@code c} at its step. */
    public static Landscape2DChart chart(ComputedScene c, Locale locale) {
        Landscape2DChart chart = new Landscape2DChart(c.xLabel(), c.yLabel());
        apply(chart, c, locale);
        return chart;
    }

    /** Shows {@code c} in {@code chart} (one redraw). */
    public static void apply(Landscape2DChart chart, ComputedScene c, Locale locale) {
        chart.setNotify(false);
        chart.setAxisLabels(c.xLabel(), c.yLabel());
        chart.setTitle(c.scene().title().get(locale));
        chart.setColorBarLabel(c.search() != null ? "final loss" : "f(θ)");
        chart.setContourCount(c.scene().view().contours());
        chart.setGrid(c.grid(), colorMap(c.scene().view().colormap()), c.logColor(), c.zClipLo(), c.zClipHi());
        chart.setShowGradientField(c.scene().view().gradientField(), c.surface().newEvaluator());
        chart.setTrajectories(styles(c, locale));
        List<MarkedPoint> points = new ArrayList<>();
        for (ScenePoint p : c.points()) points.add(new MarkedPoint(p.x(), p.y(), MarkedPoint.Kind.valueOf(p.kind().name()), p.label()));
        chart.setMarkedPoints(points);
        chart.setStart(c.runs().isEmpty() ? Double.NaN : c.scene().startX(), c.runs().isEmpty() ? Double.NaN : c.scene().startY());
        chart.setStep(c.step());
        chart.setNotify(true);
    }
}
