package org.saddlepoint.ui.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.saddlepoint.optim.Trajectory;
import org.saddlepoint.ui.I18n;
import org.saddlepoint.ui.model.OptimizerEntry;
import org.saddlepoint.ui.model.Snapshot;

/**
 * Loss, gradient norm |g| and learning rate η against the step for every racing optimizer, in
 * their colours, with a vertical marker at the current step. Loss can be shown on a log axis:
 * if some loss is ≤ 0 it then shows {@code loss − min + δ} (δ a millionth of the range), and
 * says so on the axis.
 */
public final class RunCharts extends HBox {
    private final I18n i18n;
    private final ChartStyle style;
    private final JFreeChart loss, grad, lr;
    private final StepMarker[] markers = new StepMarker[3];
    private final ToggleButton logY;
    private Snapshot shown = Snapshot.EMPTY;
    private int step;

    public RunCharts(I18n i18n, ChartStyle style) {
        super(4);
        this.i18n = i18n;
        this.style = style;
        loss = chart(i18n.get("chart.loss"), i18n.get("chart.loss"));
        grad = chart(i18n.get("chart.grad"), "|g|");
        lr = chart(i18n.get("chart.lr"), "η");
        grad.getXYPlot().setRangeAxis(axis(true, "|g|"));
        logY = new ToggleButton(i18n.get("chart.logY"));
        logY.setId("log-y");
        logY.setFocusTraversable(false);
        logY.selectedProperty().addListener((o, a, b) -> fill(shown));
        JFreeChart[] charts = {loss, grad, lr};
        StackPane[] panes = new StackPane[3];
        for (int i = 0; i < 3; i++) {
            ChartViewer viewer = new ChartViewer(charts[i]);
            markers[i] = new StepMarker(viewer);
            panes[i] = new StackPane(viewer, markers[i].layer());
        }
        panes[0].getChildren().add(logY);
        StackPane.setAlignment(logY, javafx.geometry.Pos.TOP_RIGHT);
        for (StackPane n : panes) {
            HBox.setHgrow(n, Priority.ALWAYS);
            n.setPrefWidth(200);
            n.setMinWidth(120);
        }
        getChildren().addAll(panes);
        setId("run-charts");
    }

    private JFreeChart chart(String title, String yLabel) {
        JFreeChart c = ChartFactory.createXYLineChart(title, i18n.get("chart.step"), yLabel, new XYSeriesCollection());
        c.removeLegend();
        style.apply(c);
        return c;
    }

    private NumberAxis axisLinear(String label) {
        NumberAxis a = new NumberAxis(label);
        a.setAutoRangeIncludesZero(false);
        return a;
    }

    private org.jfree.chart.axis.ValueAxis axis(boolean log, String label) {
        org.jfree.chart.axis.ValueAxis a;
        if (log) {
            LogAxis l = new LogAxis(label);
            l.setSmallestValue(1e-300);
            l.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
            l.setBaseSymbol("10");
            a = l;
        } else {
            a = axisLinear(label);
        }
        style.style(a);
        return a;
    }

    /**
     * Off unless {@code -Dsaddlepoint.chartsNextPulse=true}: it cut the drags' waits in short soaks,
     * but the one full soak run with it on had 79 waits over 100 ms in the switches against 17 in
     * the two before it (a switch's charts may then land in the frame of its new mesh).
     */
    private boolean fillNextPulse = Boolean.getBoolean("saddlepoint.chartsNextPulse");
    /** True from a {@link #show} until the charts are filled with what it asked for. */
    private boolean fillPending;
    /** Fills the charts in the second pulse after it starts: the pulse after the one that shows the new runs in the views. */
    private final javafx.animation.AnimationTimer nextPulse = new javafx.animation.AnimationTimer() {
        private int pulses;
        @Override public void start() {
            pulses = 0;
            super.start();
        }
        @Override public void handle(long now) {
            if (++pulses < 2) return;
            stop();
            fillPending = false;
            fill(shown);
        }
    };

    /** Whether {@link #show} fills the charts a pulse after the views (see below) or at once. */
    public void setFillNextPulse(boolean nextPulse) { fillNextPulse = nextPulse; }

    /**
     * Shows the trajectories of {@code s}; with {@link #setFillNextPulse} on, one pulse after the views show them: the frame that
     * draws the new runs in the 3D or 2D view and the frame that redraws the three charts are two
     * frames, not one. A result that comes before then only replaces what will be shown. On
     * software GL a learning-rate drag's frames held both, and the charts' part of such a frame
     * was about a quarter of it; in short soaks (60 drags, 4 runs each, alternating with
     * {@code -Dsaddlepoint.chartsNextPulse=true} and without) this gave 7, 10, 15 and 8 waits over 100 ms
     * against 24, 24, 22 and 13.
     */
    public void show(Snapshot s) {
        shown = s;
        if (!fillNextPulse) {
            fill(s);
            return;
        }
        if (fillPending) return;
        fillPending = true;
        nextPulse.start();
    }

    /** Redraws each chart once after all its changes (JFreeChart redraws on every change otherwise). */
    private void fill(Snapshot s) {
        for (JFreeChart c : new JFreeChart[] {loss, grad, lr}) c.setNotify(false);
        try {
            fillAll(s);
        } finally {
            for (JFreeChart c : new JFreeChart[] {loss, grad, lr}) c.setNotify(true);
        }
    }

    private void fillAll(Snapshot s) {
        List<Trajectory> ts = s.trajectories();
        double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
        for (Trajectory t : ts) for (int i = 0; i < t.size(); i++) {
            double v = t.loss(i);
            if (Double.isFinite(v)) { min = Math.min(min, v); max = Math.max(max, v); }
        }
        boolean log = logY.isSelected();
        boolean shift = log && min <= 0;
        double offset = shift ? -min + Math.max(1e-300, (max - min) * 1e-6) : 0;
        loss.getXYPlot().setRangeAxis(axis(log, shift ? i18n.get("chart.lossShifted") : i18n.get("chart.loss")));
        fillChart(loss, s, (t, i) -> t.loss(i) + offset);
        java.util.Map<Trajectory, Double> gMax = new java.util.IdentityHashMap<>();
        for (Trajectory t : ts) gMax.put(t, maxGradientNorm(t));
        fillChart(grad, s, (t, i) -> gradientNorm(t, i, gMax.get(t)), 1);
        fillChart(lr, s, RunCharts::scheduledRate, 1);
    }

    private interface Column { double at(Trajectory t, int row); }

    /**
     * |g| of row k for a log axis: values below 1e-16 × {@code max} (the largest |g| of the run)
     * are rounding noise or exact zeros (Newton landing on a critical point) and are left out (NaN).
     */
    static double gradientNorm(Trajectory t, int k, double max) {
        double g = Math.hypot(t.get(Trajectory.GRAD_X, k), t.get(Trajectory.GRAD_Y, k));
        return g > 1e-16 * max ? g : Double.NaN;
    }

    static double maxGradientNorm(Trajectory t) {
        double max = 0;
        for (int i = 1; i < t.size(); i++) {
            double n = Math.hypot(t.get(Trajectory.GRAD_X, i), t.get(Trajectory.GRAD_Y, i));
            if (Double.isFinite(n)) max = Math.max(max, n);
        }
        return max;
    }

    /**
     * The schedule's rate η_k of step k. The trajectory's LR column is the factor the update
     * multiplies, which for Adam/AdamW includes the bias correction 1/(1−β₁ᵏ); that is undone here.
     */
    static double scheduledRate(Trajectory t, int k) {
        double lr = t.get(Trajectory.LR, k);
        var o = t.spec().optimizer();
        if (o.kind() == org.saddlepoint.optim.OptimizerKind.ADAM || o.kind() == org.saddlepoint.optim.OptimizerKind.ADAMW) {
            lr *= 1 - Math.pow(o.beta1(), k);
        }
        return lr;
    }

    private void fillChart(JFreeChart chart, Snapshot s, Column col) { fillChart(chart, s, col, 0); }

    /** Fills one chart with a series per trajectory from row {@code firstRow} (row 0 has no gradient or rate). */
    private void fillChart(JFreeChart chart, Snapshot s, Column col, int firstRow) {
        XYPlot plot = chart.getXYPlot();
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        r.setDrawSeriesLineAsPath(true); // one path per run, not one stroke per segment
        List<Trajectory> ts = s.trajectories();
        for (int k = 0; k < ts.size(); k++) {
            Trajectory t = ts.get(k);
            OptimizerEntry e = s.entries().get(k);
            XYSeries series = new XYSeries(k + " " + e.label(i18n.locale()), false, true);
            int stride = Math.max(1, t.size() / 2000);
            for (int i = firstRow; i < t.size(); i += stride) {
                double v = col.at(t, i);
                if (Double.isFinite(v)) series.add(i, v, false);
            }
            data.addSeries(series);
            r.setSeriesPaint(k, e.color());
            r.setSeriesStroke(k, new BasicStroke(1.6f * style.fontScale()));
        }
        plot.setRenderer(r);
        plot.setDataset(data);
    }

    /** Moves the step markers (the charts themselves are not redrawn). */
    public void setStep(int step) {
        this.step = step;
        for (StepMarker m : markers) m.place(step);
    }

    public double markerValue() { return step; }

    /** Where the step marker of chart {@code index} (0 loss, 1 |g|, 2 η) is drawn, in the chart's coordinates; NaN when hidden. */
    public double markerX(int index) { return markers[index].x(); }

    /** Where the current step lies on chart {@code index}'s step axis as JFreeChart maps it, in the chart's coordinates. */
    public double stepX(int index) { return markers[index].map(step); }

    public ToggleButton logYToggle() { return logY; }

    public int seriesCount() { return loss.getXYPlot().getDataset().getSeriesCount(); }
}
