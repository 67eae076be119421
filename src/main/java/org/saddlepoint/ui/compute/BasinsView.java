package org.saddlepoint.ui.compute;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
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
import javafx.scene.shape.Rectangle;
import org.saddlepoint.analysis.ContourLine;
import org.saddlepoint.analysis.CriticalPoint;
import org.saddlepoint.analysis.CriticalPointFinder;
import org.saddlepoint.analysis.ContourTracer;
import org.saddlepoint.compute.BasinMap;
import org.saddlepoint.compute.OptimizerBatch;
import org.saddlepoint.compute.Sampler;
import org.saddlepoint.compute.StationaryKind;
import org.saddlepoint.surface.Domain;
import org.saddlepoint.surface.ScalarGrid;
import org.saddlepoint.surface.Surface;
import org.saddlepoint.ui.I18n;
import org.saddlepoint.ui.Listeners;
import org.saddlepoint.ui.model.LabModel;
import org.saddlepoint.ui.model.OptimizerEntry;

/**
 * Basins of attraction of two of the racing optimizers side by side ({@link BasinMap}, exact
 * gradients, each optimizer's schedule): every start of an N×N grid over the surface's domain
 * coloured by the point it reaches, darker the more steps it took, with the surface's contours
 * (sampled on the chosen backend) on top. A coarse map comes first, then the fine one. A click
 * on a start makes it the start of every optimizer and shows the 2D view.
 */
final class BasinsView extends BorderPane {
    static final int COARSE = 48, CONTOUR_GRID = 160;
    /** Default fine grids: every start of a data surface costs a pass over its examples per step. */
    static final String GRID_EXPRESSION = "160", GRID_DATA = "64";
    private final LabModel model;
    private final I18n i18n;
    private final Runnable showMainView;
    private final Sampler sampler;
    private final OptimizerBatch batch;
    private final MapJob job;
    private final ComboBox<OptimizerEntry> first = new ComboBox<>(), second = new ComboBox<>();
    private final TextField grid = new TextField(GRID_EXPRESSION), steps = new TextField("300");
    private final Button compute;
    private final MapCanvas mapA = new MapCanvas(), mapB = new MapCanvas();
    private final Label titleA = new Label(), titleB = new Label();
    private final FlowPane legend = new FlowPane(14, 4);
    private final JobBar bar;
    private Result shown;

    /** Both maps of one stage, the contours under them, the surface they belong to and what computed them. */
    record Result(Surface surface, BasinMap.Result a, BasinMap.Result b, String labelA, String labelB, List<ContourLine> contours, boolean fine,
                  String backend) { }

    BasinsView(LabModel model, I18n i18n, Listeners listeners, Sampler sampler, OptimizerBatch batch, MapJob job, Runnable showMainView) {
        this.model = model;
        this.i18n = i18n;
        this.sampler = sampler;
        this.batch = batch;
        this.job = job;
        this.showMainView = showMainView;
        setId("basins-view");
        OptimizerChoices.bind(first, model, listeners, 0);
        OptimizerChoices.bind(second, model, listeners, 1);
        first.setId("basins-first");
        second.setId("basins-second");
        grid.setId("basins-grid");
        steps.setId("basins-steps");
        grid.setPrefColumnCount(4);
        steps.setPrefColumnCount(5);
        compute = new Button(i18n.get("maps.compute"));
        compute.setId("basins-compute");
        compute.setOnAction(e -> compute());
        FlowPane controls = new FlowPane(8, 6, new Label(i18n.get("maps.optimizerA")), first, new Label(i18n.get("maps.optimizerB")), second,
                new Label(i18n.get("maps.grid")), grid, new Label(i18n.get("maps.steps")), steps, compute);
        controls.setAlignment(Pos.CENTER_LEFT);
        controls.setPadding(new Insets(6, 8, 6, 8));
        setTop(controls);
        mapA.setId("basins-map-a");
        mapB.setId("basins-map-b");
        mapA.setOnCell((ix, iy) -> pick(ix, iy));
        mapB.setOnCell((ix, iy) -> pick(ix, iy));
        VBox a = column(titleA, mapA), b = column(titleB, mapB);
        HBox maps = new HBox(8, a, b);
        HBox.setHgrow(a, Priority.ALWAYS);
        HBox.setHgrow(b, Priority.ALWAYS);
        legend.setId("basins-legend");
        legend.setPadding(new Insets(4, 8, 4, 8));
        Label hint = new Label(i18n.get("maps.basins.hint"));
        hint.setWrapText(true);
        VBox centre = new VBox(4, maps, legend, hint);
        centre.setPadding(new Insets(0, 8, 0, 8));
        VBox.setVgrow(maps, Priority.ALWAYS);
        setCenter(centre);
        bar = new JobBar(i18n, "basins", this::cancel);
        bar.text(i18n.get("maps.basins.ready"));
        setBottom(bar);
        listeners.bindAll(() -> { if (shown != null) redraw(); }, model.startXProperty(), model.startYProperty());
        listeners.bindAll(() -> {
            Surface s = model.surfaceProperty().get();
            boolean data = s != null && s.isDataSurface();
            if (grid.getText().strip().equals(data ? GRID_EXPRESSION : GRID_DATA)) grid.setText(data ? GRID_DATA : GRID_EXPRESSION);
        }, model.surfaceProperty());
    }

    private static VBox column(Label title, MapCanvas map) {
        title.setStyle("-fx-font-weight: bold");
        VBox v = new VBox(2, title, map);
        v.setAlignment(Pos.TOP_CENTER);
        VBox.setVgrow(map, Priority.ALWAYS);
        map.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        return v;
    }

    /** Computes when nothing, or another surface's map, is shown (called when the view comes up). */
    void showing() {
        if (!job.running() && (shown == null || shown.surface() != model.surfaceProperty().get())) compute();
    }

    /** Reads the fields and starts the coarse and the fine map; a bad field is one line in the status. */
    void compute() {
        Surface surface = model.surfaceProperty().get();
        OptimizerEntry ea = first.getValue(), eb = second.getValue();
        if (surface == null || ea == null) {
            bar.text(i18n.get("maps.noOptimizer"));
            return;
        }
        if (eb == null) eb = ea;
        int n, k;
        try {
            n = Fields.integer(grid, i18n.get("maps.grid"), 8, 1024);
            k = Fields.integer(steps, i18n.get("maps.steps"), 1, 100_000);
        } catch (IllegalArgumentException e) {
            bar.text(e.getMessage());
            return;
        }
        BasinMap.Spec sa, sb;
        try {
            sa = spec(ea, n, k);
            sb = spec(eb, n, k);
        } catch (IllegalArgumentException e) {
            bar.text(e.getMessage());
            return;
        }
        String la = ea.label(), lb = eb.label();
        Domain d = model.choice().domain();
        boolean logHeight = model.logHeightProperty().get();
        AtomicReference<List<ContourLine>> contours = new AtomicReference<>();
        AtomicReference<List<double[]>> points = new AtomicReference<>();
        int coarse = Math.min(COARSE, Math.max(8, n / 3));
        MapJob.Stage<Result> coarseStage = (p, c) -> {
            ScalarGrid g = sampler.sample(surface, d, CONTOUR_GRID, CONTOUR_GRID, x -> p.accept(0.15 * x), c);
            contours.set(new ContourTracer().trace(g, ContourTracer.levels(g, 14, logHeight)));
            points.set(stationaryPoints(surface, d, x -> p.accept(0.15 + 0.15 * x), c));
            return both(batch, surface, sa.withMinima(points.get()).withGrid(coarse), sb.withMinima(points.get()).withGrid(coarse), la, lb,
                    contours.get(), false, p, 0.3, c);
        };
        MapJob.Stage<Result> fineStage = (p, c) -> both(batch, surface, sa.withMinima(points.get()), sb.withMinima(points.get()), la, lb,
                contours.get(), true, p, 0, c);
        bar.busy(true);
        bar.text(i18n.get("maps.basins.running"));
        double fineWork = (double) n * n, coarseWork = coarse * coarse + 0.05 * fineWork;
        job.submit(coarse == n ? List.of(fineStageWithContours(coarseStage)) : List.of(coarseStage, fineStage),
                coarse == n ? new double[] {1} : new double[] {coarseWork, fineWork}, new MapJob.Listener<>() {
                    @Override public void stage(Result r, boolean last) { show(r, last); }

                    @Override public void progress(double f, double eta) { bar.progress(i18n.get("maps.basins.what"), f, eta); }

                    @Override public void failed(String message) {
                        bar.busy(false);
                        bar.text(message);
                    }
                });
    }

    private static MapJob.Stage<Result> fineStageWithContours(MapJob.Stage<Result> coarse) {
        return (p, c) -> {
            Result r = coarse.run(p, c);
            return new Result(r.surface(), r.a(), r.b(), r.labelA(), r.labelB(), r.contours(), true, r.backend());
        };
    }

    /**
     * The critical points in the domain (multi-start Newton), which label the starts: a start
     * is coloured by the one its final point lies within the cluster tolerance of, so both maps
     * share labels. Empty (then final points are clustered) when the search finds none or fails.
     */
    private static List<double[]> stationaryPoints(Surface s, Domain d, java.util.function.DoubleConsumer p, java.util.function.BooleanSupplier c) {
        List<double[]> out = new ArrayList<>();
        try {
            for (CriticalPoint cp : CriticalPointFinder.defaults().find(s, d, p, c)) out.add(new double[] {cp.x(), cp.y()});
        } catch (java.util.concurrent.CancellationException e) {
            throw e;
        } catch (RuntimeException e) {
            out.clear();
        }
        return out;
    }

    private BasinMap.Spec spec(OptimizerEntry e, int n, int k) {
        return BasinMap.Spec.of(e.spec(), model.choice().domain(), n, k).withSchedule(OptimizerEntry.parseSchedule(e.scheduleProperty().get()));
    }

    private static Result both(OptimizerBatch batch, Surface s, BasinMap.Spec sa, BasinMap.Spec sb, String la, String lb, List<ContourLine> contours, boolean fine,
                               java.util.function.DoubleConsumer p, double offset, java.util.function.BooleanSupplier c) {
        double share = (1 - offset) / 2;
        BasinMap.Result a = BasinMap.compute(s, sa, batch, x -> p.accept(offset + share * x), c);
        String backend = batch.lastBackend();
        BasinMap.Result b = sb.equals(sa) ? a : BasinMap.compute(s, sb, batch, x -> p.accept(offset + share + share * x), c);
        String backendB = batch.lastBackend();
        return new Result(s, a, b, la, lb, contours, fine, backend.equals(backendB) ? backend : "A: " + backend + ", B: " + backendB);
    }

    void cancel() {
        job.cancel();
        bar.busy(false);
        bar.text(i18n.get("maps.cancelled"));
    }

    private void show(Result r, boolean last) {
        shown = r;
        if (last) bar.busy(false);
        redraw();
        BasinMap.Result a = r.a(), b = r.b();
        bar.text(i18n.fmt(last ? "maps.basins.done" : "maps.basins.coarse", a.grid(), a.grid(), a.spec().steps(),
                a.count(BasinMap.DIVERGED) + b.count(BasinMap.DIVERGED), a.count(BasinMap.NOT_CONVERGED) + b.count(BasinMap.NOT_CONVERGED))
                + " " + i18n.fmt("maps.computedOn", r.backend()));
    }

    private void redraw() {
        Result r = shown;
        Domain d = r.a().spec().domain();
        BasinColors colors = new BasinColors(0.02 * Math.max(d.width(), d.height()), r.a(), r.b());
        paint(mapA, colors, 0, r);
        paint(mapB, colors, 1, r);
        titleA.setText("A: " + r.labelA());
        titleB.setText("B: " + r.labelB());
        legend(colors, r);
    }

    private void paint(MapCanvas map, BasinColors colors, int m, Result r) {
        BasinMap.Result res = m == 0 ? r.a() : r.b();
        int n = res.grid();
        WritableImage img = new WritableImage(n, n);
        var w = img.getPixelWriter();
        for (int iy = 0; iy < n; iy++) for (int ix = 0; ix < n; ix++) w.setArgb(ix, n - 1 - iy, colors.argb(m, iy * n + ix));
        Domain d = res.spec().domain();
        MapAxis x = new MapAxis("x", d.xMin(), d.xMax(), false, n), y = new MapAxis("y", d.yMin(), d.yMax(), false, n);
        map.show(img, x, y, (g, c) -> overlay(g, c, colors, r));
    }

    private void overlay(GraphicsContext g, MapCanvas c, BasinColors colors, Result r) {
        g.setStroke(Color.rgb(255, 255, 255, 0.45));
        g.setLineWidth(0.8);
        for (ContourLine line : r.contours()) {
            g.beginPath();
            g.moveTo(c.sx(line.x(0)), c.sy(line.y(0)));
            for (int i = 1; i < line.size(); i++) g.lineTo(c.sx(line.x(i)), c.sy(line.y(i)));
            g.stroke();
        }
        g.setLineWidth(1.5);
        for (BasinColors.Entry e : colors.entries()) {
            if (e.starts()[0] + e.starts()[1] == 0) continue;
            double x = c.sx(e.x()), y = c.sy(e.y());
            g.setFill(Color.WHITE);
            g.setStroke(Color.BLACK);
            if (e.kind() == StationaryKind.MINIMUM) {
                g.fillOval(x - 5, y - 5, 10, 10);
                g.strokeOval(x - 5, y - 5, 10, 10);
            } else {
                g.strokeLine(x - 5, y - 5, x + 5, y + 5);
                g.strokeLine(x - 5, y + 5, x + 5, y - 5);
            }
        }
        double sx = c.sx(model.startXProperty().get()), sy = c.sy(model.startYProperty().get());
        g.setStroke(Color.WHITE);
        g.setLineWidth(2);
        g.strokeOval(sx - 7, sy - 7, 14, 14);
        g.setStroke(Color.BLACK);
        g.setLineWidth(1);
        g.strokeOval(sx - 8.5, sy - 8.5, 17, 17);
    }

    private void legend(BasinColors colors, Result r) {
        List<javafx.scene.Node> items = new ArrayList<>();
        for (BasinColors.Entry e : colors.entries()) {
            if (e.starts()[0] + e.starts()[1] == 0) continue;
            String kind = i18n.get("maps.kind." + e.kind().name().toLowerCase(Locale.ROOT));
            items.add(item(e.argb(), i18n.fmt("maps.basins.attractor", MapAxis.num(e.x()), MapAxis.num(e.y()), kind, e.starts()[0], e.starts()[1])));
        }
        items.add(item(BasinColors.DIVERGED, i18n.fmt("maps.basins.diverged", r.a().count(BasinMap.DIVERGED), r.b().count(BasinMap.DIVERGED))));
        items.add(item(BasinColors.NOT_CONVERGED, i18n.fmt("maps.basins.notConverged", r.a().count(BasinMap.NOT_CONVERGED), r.b().count(BasinMap.NOT_CONVERGED))));
        items.add(new Label(i18n.get("maps.basins.shade")));
        legend.getChildren().setAll(items);
    }

    static HBox item(int argb, String text) {
        Rectangle swatch = new Rectangle(14, 14, Color.rgb((argb >> 16) & 0xFF, (argb >> 8) & 0xFF, argb & 0xFF));
        swatch.setStroke(Color.gray(0.4));
        HBox h = new HBox(4, swatch, new Label(text));
        h.setAlignment(Pos.CENTER_LEFT);
        return h;
    }

    private void pick(int ix, int iy) {
        if (shown == null) return;
        BasinMap.Result r = shown.a();
        Domain d = r.spec().domain();
        int n = r.grid();
        double x = new MapAxis("x", d.xMin(), d.xMax(), false, n).cellValue(ix), y = new MapAxis("y", d.yMin(), d.yMax(), false, n).cellValue(iy);
        model.setStart(x, y);
        bar.text(i18n.fmt("maps.basins.picked", MapAxis.num(x), MapAxis.num(y)));
        showMainView.run();
    }

    Result shown() { return shown; }

    MapCanvas mapA() { return mapA; }

    MapCanvas mapB() { return mapB; }

    String statusText() { return bar.text(); }

    TextField gridField() { return grid; }

    TextField stepsField() { return steps; }
}
