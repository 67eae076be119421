package org.saddlepoint.ui.panel;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.saddlepoint.optim.Schedule;
import org.saddlepoint.ui.I18n;
import org.saddlepoint.ui.chart.ChartStyle;
import org.saddlepoint.ui.model.OptimizerEntry;

/**
 * Picks a learning-rate schedule: a kind, its parameters as {@code name=value,…} text (spec
 * syntax {@code kind:params}, parsed live; an error is shown and the text kept), and a small
 * chart of η over the optimizer's steps.
 */
public final class SchedulePicker extends VBox {
    /** Kinds and the parameters a new choice starts with. */
    static final Map<String, String> DEFAULTS = new LinkedHashMap<>();

    static {
        DEFAULTS.put("constant", "");
        DEFAULTS.put("step", "step_size=100,gamma=0.5");
        DEFAULTS.put("multistep", "milestones=100;200,gamma=0.1");
        DEFAULTS.put("exp", "gamma=0.99");
        DEFAULTS.put("cosine", "t_max=300,eta_min=0");
        DEFAULTS.put("poly", "total_iters=300,power=1");
        DEFAULTS.put("linear", "start_factor=0.1,end_factor=1,total_iters=50");
        DEFAULTS.put("cyclic", "base_lr=0.001,max_lr=0.05,step_size_up=50");
        DEFAULTS.put("inv", "gamma=0.01,power=0.75");
        DEFAULTS.put("sigmoid", "gamma=-0.05,step=150");
        DEFAULTS.put("warmup", "steps=30+cosine:t_max=300");
    }

    /** A choice box, as {@code SurfacePanel}'s start picker is: a combo box keeps a hidden list in the window. */
    private final ChoiceBox<String> kind = new ChoiceBox<>();
    private final TextField params = new TextField();
    private final Label error = new Label();
    private final XYSeries series = new XYSeries("lr");
    private final ChartViewer preview;
    private Consumer<String> onSpec = s -> { };
    private boolean updating;
    private double baseLr = 0.01;
    private int steps = 100;

    public SchedulePicker(I18n i18n, ChartStyle style) {
        super(4);
        kind.getItems().addAll(DEFAULTS.keySet());
        kind.setValue("constant");
        params.setPromptText(i18n.get("schedule.params"));
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.setManaged(false);
        error.visibleProperty().addListener((o, a, b) -> error.setManaged(b));
        kind.setMaxWidth(Double.MAX_VALUE);
        VBox row = new VBox(4, kind, params);
        JFreeChart chart = ChartFactory.createXYLineChart(null, i18n.get("chart.step"), "η", new XYSeriesCollection(series));
        chart.removeLegend();
        style.apply(chart);
        preview = new ChartViewer(chart);
        preview.setPrefHeight(110);
        preview.setMinHeight(90);
        preview.setPadding(new Insets(0));
        getChildren().addAll(row, error, preview);
        kind.valueProperty().addListener((o, a, b) -> {
            if (updating) return;
            updating = true;
            params.setText(DEFAULTS.getOrDefault(b, ""));
            updating = false;
            commit();
        });
        params.textProperty().addListener((o, a, b) -> { if (!updating) commit(); });
    }

    public void setOnSpec(Consumer<String> c) { onSpec = c; }

    /** Shows {@code spec} (e.g. {@code exp:gamma=0.99}) for an optimizer with base rate {@code lr} over {@code steps}. */
    public void show(String spec, double lr, int steps) {
        this.baseLr = lr;
        this.steps = steps;
        updating = true;
        try {
            String s = spec == null || spec.isBlank() ? "constant" : spec;
            int colon = s.indexOf(':');
            String k = colon < 0 ? s : s.substring(0, colon);
            if (!k.equals(kind.getValue())) kind.setValue(k); // an equal but new String would still invalidate the value
            params.setText(colon < 0 ? "" : s.substring(colon + 1));
        } finally {
            updating = false;
        }
        redraw(s(spec));
    }

    private String s(String spec) { return spec == null || spec.isBlank() ? "constant" : spec; }

    private String currentSpec() {
        String p = params.getText().trim();
        return p.isEmpty() ? kind.getValue() : kind.getValue() + ":" + p;
    }

    private void commit() {
        String spec = currentSpec();
        if (redraw(spec)) onSpec.accept(spec);
    }

    private boolean redraw(String spec) {
        Schedule schedule;
        try {
            schedule = OptimizerEntry.parseSchedule(spec);
            error.setVisible(false);
        } catch (RuntimeException e) {
            error.setText(e.getMessage());
            error.setVisible(true);
            return false;
        }
        series.setNotify(false);
        series.clear();
        int n = Math.max(1, steps);
        int stride = Math.max(1, n / 400);
        for (int k = 0; k < n; k += stride) series.add(k, schedule.lr(k, baseLr));
        series.setNotify(true);
        return true;
    }

    public String errorText() { return error.isVisible() ? error.getText() : ""; }
}
