package org.saddlepoint.ui.compute;

import java.awt.BasicStroke;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.saddlepoint.compute.LrRangeTest;
import org.saddlepoint.optim.RunSpec;
import org.saddlepoint.surface.Surface;
import org.saddlepoint.ui.I18n;
import org.saddlepoint.ui.Listeners;
import org.saddlepoint.ui.chart.ChartStyle;
import org.saddlepoint.ui.model.LabModel;
import org.saddlepoint.ui.model.OptimizerEntry;

/**
 * The learning-rate range test (lecture notes 004, {@link LrRangeTest}) for the selected
 * optimizer from the current start: the loss (thin) and its smoothed curve (bold) against a
 * learning rate growing exponentially from lr min to lr max, on a log axis, with the suggested
 * rate marked and a button that gives it to the optimizer.
 */
final class LrRangeView extends BorderPane {
    private final LabModel model;
    private final I18n i18n;
    private final MapJob job;
    private final TextField min = new TextField("1e-6"), max = new TextField("10"), steps = new TextField("200");
    private final Button apply;
    private final XYSeries raw = new XYSeries("loss", false, true), smooth = new XYSeries("smoothed", false, true);
    private final JFreeChart chart;
    private final ValueMarker marker = new ValueMarker(1, new java.awt.Color(0xD5, 0x5E, 0x00), new BasicStroke(2f));
    private final JobBar bar;
    private Shown shown;

    record Shown(LrRangeTest.Result result, OptimizerEntry entry, Surface surface) { }

    LrRangeView(LabModel model, I18n i18n, Listeners listeners, MapJob job, ChartStyle style) {
        this.model = model;
        this.i18n = i18n;
        this.job = job;
        setId("lr-view");
        for (TextField f : new TextField[] {min, max, steps}) f.setPrefColumnCount(5);
        min.setId("lr-min");
        max.setId("lr-max");
        steps.setId("lr-steps");
        Button run = new Button(i18n.get("maps.lr.run"));
        run.setId("lr-run");
        run.setOnAction(e -> compute());
        apply = new Button(i18n.get("maps.lr.apply"));
        apply.setId("lr-apply");
        apply.setDisable(true);
        apply.setOnAction(e -> applySuggested());
        Label optimizer = new Label();
        javafx.scene.layout.FlowPane controls = new javafx.scene.layout.FlowPane(8, 6, new Label(i18n.get("maps.lr.min")), min,
                new Label(i18n.get("maps.lr.max")), max, new Label(i18n.get("maps.steps")), steps, run, apply, optimizer);
        controls.setAlignment(Pos.CENTER_LEFT);
        controls.setPadding(new Insets(6, 8, 6, 8));
        setTop(controls);
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(raw);
        data.addSeries(smooth);
        chart = ChartFactory.createXYLineChart(i18n.get("maps.lr.title"), "η", i18n.get("chart.loss"), data);
        XYPlot plot = chart.getXYPlot();
        LogAxis x = new LogAxis(i18n.get("maps.lr.axis"));
        x.setBaseSymbol("10");
        x.setSmallestValue(1e-300);
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        plot.setDomainAxis(x);
        NumberAxis y = (NumberAxis) plot.getRangeAxis();
        y.setAutoRangeIncludesZero(false);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        r.setSeriesPaint(0, new java.awt.Color(0x99, 0x99, 0x99));
        r.setSeriesStroke(0, new BasicStroke(1f));
        r.setSeriesPaint(1, new java.awt.Color(0x00, 0x72, 0xB2));
        r.setSeriesStroke(1, new BasicStroke(2.4f));
        plot.setRenderer(r);
        marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        marker.setLabelFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.BOLD, 13));
        marker.setLabelPaint(new java.awt.Color(0xD5, 0x5E, 0x00));
        style.apply(chart);
        style.style(x);
        style.style(y);
        ChartViewer viewer = new ChartViewer(chart);
        viewer.setId("lr-chart");
        setCenter(viewer);
        bar = new JobBar(i18n, "lr", this::cancel);
        bar.text(i18n.get("maps.lr.ready"));
        setBottom(bar);
        listeners.bindAll(() -> {
            OptimizerEntry e = model.selectedProperty().get();
            optimizer.setText(e == null ? "" : i18n.fmt("maps.hyper.optimizer", e.label()));
        }, model.selectedProperty(), model.optimizers());
    }

    void showing() {
        if (!job.running() && (shown == null || shown.surface() != model.surfaceProperty().get())) compute();
    }

    void compute() {
        Surface surface = model.surfaceProperty().get();
        OptimizerEntry entry = model.selectedProperty().get();
        if (surface == null || entry == null) {
            bar.text(i18n.get("maps.noOptimizer"));
            return;
        }
        LrRangeTest.Spec spec;
        try {
            double lo = Fields.number(min, i18n.get("maps.lr.min")), hi = Fields.number(max, i18n.get("maps.lr.max"));
            int k = Fields.integer(steps, i18n.get("maps.steps"), 3, 20_000); // one run, not cancellable inside: keep it short
            RunSpec base = entry.toRunSpec(model.startXProperty().get(), model.startYProperty().get(), surface.isDataSurface());
            spec = new LrRangeTest.Spec(base, lo, hi, k);
        } catch (IllegalArgumentException e) {
            bar.text(e.getMessage());
            return;
        }
        bar.busy(true);
        bar.text(i18n.get("maps.lr.running"));
        MapJob.Stage<Shown> stage = (p, c) -> {
            LrRangeTest.Result r = LrRangeTest.run(surface, spec);
            if (c.getAsBoolean()) throw new java.util.concurrent.CancellationException();
            p.accept(1);
            return new Shown(r, entry, surface);
        };
        job.submit(List.of(stage), new double[] {1}, new MapJob.Listener<>() {
            @Override public void stage(Shown s, boolean last) { show(s); }

            @Override public void progress(double f, double eta) { bar.progress(i18n.get("maps.lr.what"), f, eta); }

            @Override public void failed(String message) {
                bar.busy(false);
                bar.text(message);
            }
        });
    }

    void cancel() {
        job.cancel();
        bar.busy(false);
        bar.text(i18n.get("maps.cancelled"));
    }

    private void show(Shown s) {
        shown = s;
        bar.busy(false);
        LrRangeTest.Result r = s.result();
        raw.setNotify(false);
        smooth.setNotify(false);
        raw.clear();
        smooth.clear();
        for (int k = 0; k < r.lrs().length; k++) {
            raw.add(r.lrs()[k], r.losses()[k], false);
            smooth.add(r.lrs()[k], r.smoothed()[k], false);
        }
        raw.setNotify(true);
        smooth.setNotify(true);
        XYPlot plot = chart.getXYPlot();
        plot.clearDomainMarkers();
        boolean has = Double.isFinite(r.suggestedLr());
        if (has) {
            marker.setValue(r.suggestedLr());
            marker.setLabel(i18n.fmt("maps.lr.marker", MapAxis.num(r.suggestedLr())));
            plot.addDomainMarker(marker);
        }
        apply.setDisable(!has);
        String stop = r.stoppedEarly() ? i18n.get("maps.lr.stoppedEarly") : "";
        bar.text(has ? i18n.fmt("maps.lr.done", MapAxis.num(r.suggestedLr()), r.lrs().length, s.entry().label(), stop)
                : i18n.get("maps.lr.none"));
    }

    /** Gives the suggested rate to the optimizer the test was run for. */
    void applySuggested() {
        Shown s = shown;
        if (s == null || !Double.isFinite(s.result().suggestedLr())) return;
        if (!model.optimizers().contains(s.entry())) {
            bar.text(i18n.get("maps.hyper.gone"));
            return;
        }
        s.entry().specProperty().set(s.entry().spec().withLr(s.result().suggestedLr()));
        model.selectedProperty().set(s.entry());
        bar.text(i18n.fmt("maps.lr.applied", MapAxis.num(s.result().suggestedLr()), s.entry().label()));
    }

    Shown shown() { return shown; }

    String statusText() { return bar.text(); }

    int plottedPoints() { return smooth.getItemCount(); }

    Double markerValue() { return chart.getXYPlot().getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND) == null ? null : marker.getValue(); }
}
