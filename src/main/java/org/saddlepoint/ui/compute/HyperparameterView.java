package org.saddlepoint.ui.compute;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.util.StringConverter;
import org.saddlepoint.compute.HyperparameterSweep;
import org.saddlepoint.compute.OptimizerBatch;
import org.saddlepoint.compute.HyperparameterSweep.Metric;
import org.saddlepoint.compute.HyperparameterSweep.Trial;
import org.saddlepoint.compute.SweepAxis;
import org.saddlepoint.optim.RunSpec;
import org.saddlepoint.surface.Surface;
import org.saddlepoint.ui.I18n;
import org.saddlepoint.ui.Listeners;
import org.saddlepoint.ui.model.LabModel;
import org.saddlepoint.ui.model.OptimizerEntry;

/**
 * A hyperparameter map of the selected optimizer ({@link HyperparameterSweep}): final loss or
 * steps-to-tolerance over lr × momentum, β1 × β2 or lr × batch size, with the trials of a grid
 * search and a random search of the same budget on top and the best of each marked. Diverged
 * runs are a colour. A click on a cell applies that configuration to the optimizer.
 */
final class HyperparameterView extends BorderPane {
    static final int COARSE = 8;
    private final LabModel model;
    private final I18n i18n;
    private final MapJob job;
    private final ComboBox<HyperPair> pair = new ComboBox<>();
    private final ComboBox<Metric> metric = new ComboBox<>();
    private final ComboBox<Integer> budget = new ComboBox<>();
    private final TextField aFrom = new TextField(), aTo = new TextField(), bFrom = new TextField(), bTo = new TextField();
    private final TextField tolerance = new TextField("1e-3"), grid = new TextField("32");
    private final Label aName = new Label(), bName = new Label(), optimizer = new Label(), info = new Label();
    private final MapCanvas map = new MapCanvas();
    private final JobBar bar;
    private Shown shown;
    private final OptimizerBatch batch;

    /** A finished stage, the optimizer it was run for and the surface. */
    record Shown(HyperparameterSweep.Result result, OptimizerEntry entry, HyperPair pair, Surface surface, boolean fine, String backend) { }

    HyperparameterView(LabModel model, I18n i18n, Listeners listeners, OptimizerBatch batch, MapJob job) {
        this.batch = batch;
        this.model = model;
        this.i18n = i18n;
        this.job = job;
        setId("hyper-view");
        pair.getItems().setAll(HyperPair.values());
        pair.setConverter(converter(p -> i18n.get("maps.pair." + p.name())));
        pair.setId("hyper-pair");
        metric.getItems().setAll(Metric.values());
        metric.setConverter(converter(m -> i18n.get("maps.metric." + m.name())));
        metric.setValue(Metric.FINAL_LOSS);
        metric.setId("hyper-metric");
        budget.getItems().setAll(9, 16, 25, 36);
        budget.setValue(16);
        budget.setId("hyper-budget");
        for (TextField f : new TextField[] {aFrom, aTo, bFrom, bTo, tolerance}) f.setPrefColumnCount(5);
        grid.setPrefColumnCount(4);
        aFrom.setId("hyper-a-from");
        aTo.setId("hyper-a-to");
        bFrom.setId("hyper-b-from");
        bTo.setId("hyper-b-to");
        grid.setId("hyper-grid");
        tolerance.setId("hyper-tolerance");
        tolerance.disableProperty().bind(metric.valueProperty().isEqualTo(Metric.FINAL_LOSS));
        pair.valueProperty().addListener((o, a, p) -> defaults(p));
        OptimizerEntry sel = model.selectedProperty().get();
        pair.setValue(HyperPair.suiting(sel == null ? org.saddlepoint.optim.OptimizerKind.SGD : sel.spec().kind()));
        Button compute = new Button(i18n.get("maps.compute"));
        compute.setId("hyper-compute");
        compute.setOnAction(e -> compute());
        FlowPane row1 = new FlowPane(8, 6, new Label(i18n.get("maps.hyper.pair")), pair, aName, aFrom, new Label("…"), aTo, bName, bFrom,
                new Label("…"), bTo);
        FlowPane row2 = new FlowPane(8, 6, new Label(i18n.get("maps.hyper.metric")), metric, new Label(i18n.get("maps.hyper.tolerance")), tolerance,
                new Label(i18n.get("maps.hyper.budget")), budget, new Label(i18n.get("maps.grid")), grid, compute, optimizer);
        for (FlowPane r : new FlowPane[] {row1, row2}) r.setAlignment(Pos.CENTER_LEFT);
        budget.setMinWidth(70);
        VBox top = new VBox(4, row1, row2);
        top.setPadding(new Insets(6, 8, 6, 8));
        setTop(top);
        map.setId("hyper-map");
        map.setCentred(false);
        map.setOnCell(this::apply);
        map.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        info.setId("hyper-info");
        info.setWrapText(true);
        info.setPrefWidth(300);
        info.setMinWidth(240);
        VBox legend = new VBox(6, BasinsView.item(HeatColors.DIVERGED, i18n.get("maps.hyper.diverged")),
                BasinsView.item(HeatColors.NOT_REACHED, i18n.get("maps.hyper.notReached")), marker(false, i18n.get("maps.hyper.gridSearch")),
                marker(true, i18n.get("maps.hyper.randomSearch")), info);
        legend.setPadding(new Insets(8));
        HBox centre = new HBox(8, map, legend);
        HBox.setHgrow(legend, Priority.ALWAYS);
        map.setMinWidth(200);
        map.prefWidthProperty().bind(map.heightProperty().add(MapCanvas.LEFT + MapCanvas.RIGHT - MapCanvas.TOP - MapCanvas.BOTTOM));
        centre.setPadding(new Insets(0, 8, 0, 8));
        setCenter(centre);
        bar = new JobBar(i18n, "hyper", this::cancel);
        bar.text(i18n.get("maps.hyper.ready"));
        setBottom(bar);
        listeners.onInvalidate(model.surfaceProperty(), o -> defaults(pair.getValue())); // e.g. the batch axis ends at the example count
        listeners.bindAll(() -> {
            OptimizerEntry e = model.selectedProperty().get();
            optimizer.setText(e == null ? "" : i18n.fmt("maps.hyper.optimizer", e.label()));
        }, model.selectedProperty(), model.optimizers());
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> f) {
        return new StringConverter<>() {
            @Override public String toString(T t) { return t == null ? "" : f.apply(t); }

            @Override public T fromString(String s) { return null; }
        };
    }

    private static HBox marker(boolean circle, String text) {
        javafx.scene.canvas.Canvas c = new javafx.scene.canvas.Canvas(16, 16);
        drawTrial(c.getGraphicsContext2D(), 8, 8, circle);
        HBox h = new HBox(4, c, new Label(text));
        h.setAlignment(Pos.CENTER_LEFT);
        return h;
    }

    private void defaults(HyperPair p) {
        if (p == null) return;
        Surface s = model.surfaceProperty().get();
        int examples = s == null ? 0 : s.exampleCount();
        SweepAxis a = HyperPair.defaultAxis(p.a, examples), b = HyperPair.defaultAxis(p.b, examples);
        aName.setText(HyperPair.symbol(p.a, i18n));
        bName.setText(HyperPair.symbol(p.b, i18n));
        aFrom.setText(MapAxis.num(a.from()));
        aTo.setText(MapAxis.num(a.to()));
        bFrom.setText(MapAxis.num(b.from()));
        bTo.setText(MapAxis.num(b.to()));
    }

    /** Computes when nothing, or another surface's map, is shown. */
    void showing() {
        if (!job.running() && (shown == null || shown.surface() != model.surfaceProperty().get())) {
            OptimizerEntry e = model.selectedProperty().get();
            if (e != null && !pair.getValue().kinds.contains(e.spec().kind())) pair.setValue(HyperPair.suiting(e.spec().kind()));
            compute();
        }
    }

    void compute() {
        Surface surface = model.surfaceProperty().get();
        OptimizerEntry entry = model.selectedProperty().get();
        if (surface == null || entry == null) {
            bar.text(i18n.get("maps.noOptimizer"));
            return;
        }
        HyperPair p = pair.getValue();
        if (!p.kinds.contains(entry.spec().kind())) {
            bar.text(i18n.fmt("maps.hyper.notFor", i18n.get("maps.pair." + p.name()), entry.spec().kind().displayName()));
            return;
        }
        if (p == HyperPair.LR_BATCH && !surface.isDataSurface()) {
            bar.text(i18n.get("maps.hyper.needsData"));
            return;
        }
        HyperparameterSweep.Spec fine;
        try {
            SweepAxis a = axis(p.a, aFrom, aTo, p.a == org.saddlepoint.compute.Hyperparameter.LR || p.a == org.saddlepoint.compute.Hyperparameter.BATCH_SIZE);
            SweepAxis b = axis(p.b, bFrom, bTo, p.b == org.saddlepoint.compute.Hyperparameter.BATCH_SIZE);
            int n = Fields.integer(grid, i18n.get("maps.grid"), 2, 256);
            Metric m = metric.getValue();
            double tol = m == Metric.FINAL_LOSS ? 0 : Fields.number(tolerance, i18n.get("maps.hyper.tolerance"));
            RunSpec base = entry.toRunSpec(model.startXProperty().get(), model.startYProperty().get(), surface.isDataSurface());
            fine = new HyperparameterSweep.Spec(base, a, b, n, m, tol, budget.getValue(), entry.seedProperty().get());
        } catch (IllegalArgumentException e) {
            bar.text(e.getMessage());
            return;
        }
        HyperparameterSweep.Spec f = fine;
        int coarse = Math.min(COARSE, f.grid());
        HyperparameterSweep.Spec c = new HyperparameterSweep.Spec(f.base(), f.a(), f.b(), coarse, f.metric(), f.tolerance(), f.budget(), f.seed());
        MapJob.Stage<Shown> coarseStage = (pr, cn) -> new Shown(HyperparameterSweep.run(surface, c, batch, pr, cn), entry, p, surface, false,
                batch.lastBackend());
        MapJob.Stage<Shown> fineStage = (pr, cn) -> new Shown(HyperparameterSweep.run(surface, f, batch, pr, cn), entry, p, surface, true,
                batch.lastBackend());
        bar.busy(true);
        bar.text(i18n.get("maps.hyper.running"));
        double extra = 2.0 * f.budget();
        List<MapJob.Stage<Shown>> stages = coarse == f.grid() ? List.of(fineStage) : List.of(coarseStage, fineStage);
        double[] weights = coarse == f.grid() ? new double[] {1} : new double[] {coarse * coarse + extra, f.grid() * f.grid() + extra};
        job.submit(stages, weights, new MapJob.Listener<>() {
            @Override public void stage(Shown s, boolean last) { show(s, last); }

            @Override public void progress(double fr, double eta) { bar.progress(i18n.get("maps.hyper.what"), fr, eta); }

            @Override public void failed(String message) {
                bar.busy(false);
                bar.text(message);
            }
        });
    }

    private SweepAxis axis(org.saddlepoint.compute.Hyperparameter h, TextField from, TextField to, boolean log) {
        String name = HyperPair.symbol(h, i18n);
        double lo = Fields.number(from, name), hi = Fields.number(to, name);
        if (!(hi > lo)) throw new IllegalArgumentException(name + ": the range must rise, got " + from.getText().strip() + " … " + to.getText().strip());
        return new SweepAxis(h, lo, hi, log);
    }

    void cancel() {
        job.cancel();
        bar.busy(false);
        bar.text(i18n.get("maps.cancelled"));
    }

    private void show(Shown s, boolean last) {
        shown = s;
        if (last) bar.busy(false);
        HyperparameterSweep.Result r = s.result();
        HyperparameterSweep.Spec sp = r.spec();
        int n = sp.grid();
        int[] colours = HeatColors.argb(r.values(), sp.metric() == Metric.FINAL_LOSS);
        WritableImage img = new WritableImage(n, n);
        for (int ib = 0; ib < n; ib++) for (int ia = 0; ia < n; ia++) img.getPixelWriter().setArgb(ia, n - 1 - ib, colours[ib * n + ia]);
        MapAxis x = new MapAxis(HyperPair.symbol(sp.a().parameter(), i18n), sp.a().from(), sp.a().to(), sp.a().log(), n);
        MapAxis y = new MapAxis(HyperPair.symbol(sp.b().parameter(), i18n), sp.b().from(), sp.b().to(), sp.b().log(), n);
        map.show(img, x, y, (g, c) -> overlay(g, c, r));
        long diverged = java.util.Arrays.stream(r.values()).filter(v -> v == Double.POSITIVE_INFINITY).count();
        info.setText(describe(r, diverged));
        bar.text(i18n.fmt(last ? "maps.hyper.done" : "maps.hyper.coarse", n, n, diverged, s.entry().label())
                + " " + i18n.fmt("maps.computedOn", s.backend()));
    }

    private String describe(HyperparameterSweep.Result r, long diverged) {
        HyperparameterSweep.Spec sp = r.spec();
        String an = HyperPair.symbol(sp.a().parameter(), i18n), bn = HyperPair.symbol(sp.b().parameter(), i18n);
        String metricText = i18n.get("maps.metric." + sp.metric().name());
        StringBuilder b = new StringBuilder(i18n.fmt(sp.metric() == Metric.FINAL_LOSS ? "maps.hyper.colourLoss" : "maps.hyper.colourSteps", metricText));
        b.append("\n\n").append(search("maps.hyper.gridLine", r.gridSearch(), r.bestGrid(), an, bn));
        b.append("\n\n").append(search("maps.hyper.randomLine", r.randomSearch(), r.bestRandom(), an, bn));
        b.append("\n\n").append(i18n.get("maps.hyper.notes"));
        b.append("\n\n").append(i18n.get("maps.hyper.click"));
        return b.toString();
    }

    private String search(String key, List<Trial> trials, Optional<Trial> best, String an, String bn) {
        String bestText = best.map(t -> an + " = " + MapAxis.num(t.a()) + ", " + bn + " = " + MapAxis.num(t.b()) + " → " + MapAxis.num(t.value()))
                .orElse(i18n.get("maps.hyper.noBest"));
        return i18n.fmt(key, trials.size(), SearchComparison.distinct(trials, Trial::a), an, SearchComparison.distinct(trials, Trial::b), bn, bestText);
    }

    private void overlay(GraphicsContext g, MapCanvas c, HyperparameterSweep.Result r) {
        for (Trial t : r.gridSearch()) drawTrial(g, c.sx(t.a()), c.sy(t.b()), false);
        for (Trial t : r.randomSearch()) drawTrial(g, c.sx(t.a()), c.sy(t.b()), true);
        r.bestGrid().ifPresent(t -> best(g, c.sx(t.a()), c.sy(t.b()), false));
        r.bestRandom().ifPresent(t -> best(g, c.sx(t.a()), c.sy(t.b()), true));
    }

    static void drawTrial(GraphicsContext g, double x, double y, boolean random) {
        g.setLineWidth(1.2);
        g.setStroke(Color.BLACK);
        if (random) {
            g.setFill(Color.rgb(0xE6, 0x9F, 0x00));
            g.fillOval(x - 4, y - 4, 8, 8);
            g.strokeOval(x - 4, y - 4, 8, 8);
        } else {
            g.setFill(Color.WHITE);
            g.fillRect(x - 3.5, y - 3.5, 7, 7);
            g.strokeRect(x - 3.5, y - 3.5, 7, 7);
        }
    }

    private static void best(GraphicsContext g, double x, double y, boolean random) {
        for (int pass = 0; pass < 2; pass++) {
            g.setStroke(pass == 0 ? Color.BLACK : Color.WHITE);
            g.setLineWidth(pass == 0 ? 4 : 2);
            if (random) g.strokeOval(x - 10, y - 10, 20, 20);
            else g.strokeRect(x - 9, y - 9, 18, 18);
        }
    }

    /** Applies the configuration of cell (ia, ib) to the optimizer the map was computed for. */
    void apply(int ia, int ib) {
        Shown s = shown;
        if (s == null) return;
        if (!model.optimizers().contains(s.entry())) {
            bar.text(i18n.get("maps.hyper.gone"));
            return;
        }
        HyperparameterSweep.Spec sp = s.result().spec();
        int n = sp.grid();
        double a = sp.a().value(ia, n), b = sp.b().value(ib, n);
        int examples = s.surface().exampleCount();
        OptimizerEntry e = s.entry();
        RunSpec r = e.toRunSpec(model.startXProperty().get(), model.startYProperty().get(), s.surface().isDataSurface());
        r = sp.a().parameter().apply(r, a, examples);
        r = sp.b().parameter().apply(r, b, examples);
        e.specProperty().set(r.optimizer());
        if (sp.b().parameter() == org.saddlepoint.compute.Hyperparameter.BATCH_SIZE) e.batchSizeProperty().set(r.noise().batchSize());
        model.selectedProperty().set(e);
        bar.text(i18n.fmt("maps.hyper.applied", HyperPair.symbol(sp.a().parameter(), i18n), MapAxis.num(a), HyperPair.symbol(sp.b().parameter(), i18n),
                MapAxis.num(b), e.label(), MapAxis.num(s.result().value(ia, ib))));
    }

    Shown shown() { return shown; }

    MapCanvas map() { return map; }

    String statusText() { return bar.text(); }

    String infoText() { return info.getText(); }

    ComboBox<HyperPair> pairBox() { return pair; }

    TextField gridField() { return grid; }
}
