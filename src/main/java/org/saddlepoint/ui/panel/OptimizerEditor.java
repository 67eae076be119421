package org.saddlepoint.ui.panel;

import java.util.function.UnaryOperator;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.ToggleSwitch;
import org.saddlepoint.optim.OptimizerKind;
import org.saddlepoint.optim.OptimizerSpec;
import org.saddlepoint.ui.I18n;
import org.saddlepoint.ui.chart.ChartStyle;
import org.saddlepoint.ui.model.OptimizerEntry;

/**
 * Edits one racing optimizer: its kind and only the hyperparameters that kind uses (η on a log
 * slider 1e-5…10, μ and Nesterov for SGD, α/centered for RMSprop, β₁, β₂, AMSGrad for Adam,
 * ε, weight decay), the schedule, the noise (σ, or the batch size on data surfaces), seed and
 * number of steps. A value the optimizer rejects shows its message and is not applied.
 *
 * <p>Each kind's form is built the first time that kind is shown and kept: another entry (a
 * surface switch brings new ones) is shown by putting its kind's form back and setting the values
 * of its controls, with their listeners quiet, instead of building new controls, which each need
 * CSS and layout (tens of ms of the FX thread under software rendering).
 */
public final class OptimizerEditor extends VBox {
    private final I18n i18n;
    private final ChartStyle style;
    private final boolean dataSurface;
    /** The form of the kind shown (null before the first); each kind's form is built once and kept. */
    private GridPane grid;
    private final java.util.Map<OptimizerKind, Form> forms = new java.util.EnumMap<>(OptimizerKind.class);
    private final Label error = new Label();
    private OptimizerEntry entry;
    private LogSlider lrSlider;
    private SchedulePicker schedule;
    private OptimizerKind shownKind;
    private java.util.List<Runnable> refreshers = java.util.List.of();

    /** One kind's controls: its grid, what sets them from the entry shown, its η slider, the schedule's row. */
    private record Form(GridPane grid, java.util.List<Runnable> refreshers, LogSlider lr, int scheduleRow) { }
    /** True while {@link #refresh} sets control values: their listeners must not write back. */
    private boolean refreshing;

    public OptimizerEditor(I18n i18n, ChartStyle style, boolean dataSurface) {
        super(6);
        this.i18n = i18n;
        this.style = style;
        this.dataSurface = dataSurface;
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        getChildren().add(error);
        getStyleClass().add("optimizer-editor");
    }

    /** Shows {@code e} (null shows nothing). */
    public void edit(OptimizerEntry e) {
        boolean sameShape = e != null && entry != null && shownKind == e.spec().kind() && !refreshers.isEmpty();
        entry = e;
        if (sameShape) refresh();
        else show();
    }

    /** Shows the current entry's values in the controls built for its kind. */
    private void refresh() {
        refreshing = true;
        try {
            for (Runnable r : refreshers) r.run();
            error.setText("");
        } finally {
            refreshing = false;
        }
    }

    public LogSlider lrSlider() { return lrSlider; }

    /** The entry shown (null for none). */
    public OptimizerEntry entry() { return entry; }

    /**
     * Shows the form of the entry's kind: built the first time that kind is shown, then kept and
     * refilled. A form built before has its skins and styles already; new controls would each
     * need them again (tens of ms of the FX thread under software rendering).
     */
    private void show() {
        error.setText("");
        if (entry == null) {
            if (grid != null) getChildren().remove(grid);
            grid = null;
            refreshers = java.util.List.of();
            lrSlider = null;
            shownKind = null;
            return;
        }
        OptimizerKind k = entry.spec().kind();
        Form f = forms.get(k);
        boolean built = f != null;
        if (!built) {
            f = build();
            forms.put(k, f);
        }
        if (grid != f.grid()) {
            if (grid != null) getChildren().remove(grid);
            grid = f.grid();
            getChildren().add(0, grid);
        }
        if (schedule.getParent() != grid) {
            GridPane.setConstraints(schedule, 1, f.scheduleRow());
            grid.getChildren().add(schedule);
        }
        refreshers = f.refreshers();
        lrSlider = f.lr();
        shownKind = k;
        if (built) refresh();
    }

    /** Builds the form for the current entry's kind, with the entry's values. */
    private Form build() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(5);
        ColumnConstraints c0 = new ColumnConstraints();
        ColumnConstraints c1 = new ColumnConstraints();
        c1.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(c0, c1);
        java.util.List<Runnable> refreshers = new java.util.ArrayList<>();
        OptimizerSpec s = entry.spec();
        ChoiceBox<OptimizerKind> kind = new ChoiceBox<>(); // see SurfacePanel's start picker: no hidden list in the window
        kind.setId("opt-kind");
        kind.setMaxWidth(Double.MAX_VALUE);
        kind.getItems().addAll(OptimizerKind.values());
        kind.setValue(s.kind());
        kind.setConverter(new javafx.util.StringConverter<>() {
            @Override public String toString(OptimizerKind k) { return k == null ? "" : k.displayName(); }

            @Override public OptimizerKind fromString(String t) { return OptimizerKind.parse(t); }
        });
        kind.valueProperty().addListener((o, a, k) -> {
            if (refreshing) return;
            OptimizerSpec d = OptimizerSpec.defaults(k);
            update(x -> d.withLr(x.lr()));
            show();
        });
        refreshers.add(() -> kind.setValue(entry.spec().kind()));
        int r = 0;
        row(grid, r++, "opt.kind", kind);
        LogSlider lr = new LogSlider(1e-5, 10, s.lr());
        lr.setId("lr-slider");
        refreshers.add(() -> lr.setValue(entry.spec().lr()));
        lr.valueProperty().addListener((o, a, v) -> {
            if (refreshing) return;
            update(x -> x.withLr(v.doubleValue()));
            if (schedule != null) schedule.show(entry.scheduleProperty().get(), v.doubleValue(), entry.stepsProperty().get());
        });
        row(grid, r++, "opt.lr", lr);
        OptimizerKind k = s.kind();
        if (k == OptimizerKind.SGD || k == OptimizerKind.RMSPROP) {
            r = slider(grid, refreshers, r, "opt.momentum", 0, 0.99, OptimizerSpec::momentum, (x, v) -> x.withMomentum(v));
        }
        if (k == OptimizerKind.SGD) {
            r = toggle(grid, refreshers, r, "opt.nesterov", OptimizerSpec::nesterov, (x, v) -> x.withNesterov(v));
        }
        if (k == OptimizerKind.RMSPROP) {
            r = slider(grid, refreshers, r, "opt.alpha", 0.5, 0.999, OptimizerSpec::alpha, (x, v) -> x.withAlpha(v));
            r = toggle(grid, refreshers, r, "opt.centered", OptimizerSpec::centered, (x, v) -> x.withCentered(v));
        }
        if (k == OptimizerKind.ADAM || k == OptimizerKind.ADAMW) {
            r = slider(grid, refreshers, r, "opt.beta1", 0, 0.999, OptimizerSpec::beta1, (x, v) -> x.withBeta1(v));
            r = number(grid, refreshers, r, "opt.beta2", 0, 0.999999, OptimizerSpec::beta2, (x, v) -> x.withBeta2(v));
            r = toggle(grid, refreshers, r, "opt.amsgrad", OptimizerSpec::amsgrad, (x, v) -> x.withAmsgrad(v));
        }
        if (k != OptimizerKind.SGD && k != OptimizerKind.NEWTON && k != OptimizerKind.SADDLE_FREE_NEWTON) {
            r = number(grid, refreshers, r, "opt.eps", 0, 1, OptimizerSpec::eps, (x, v) -> x.withEps(v));
        }
        if (k != OptimizerKind.NEWTON && k != OptimizerKind.SADDLE_FREE_NEWTON) {
            r = number(grid, refreshers, r, "opt.weightDecay", 0, 10, OptimizerSpec::weightDecay, (x, v) -> x.withWeightDecay(v));
        }
        if (schedule == null) schedule = new SchedulePicker(i18n, style); // its chart is the editor's costliest control: kept
        schedule.show(entry.scheduleProperty().get(), s.lr(), entry.stepsProperty().get());
        schedule.setOnSpec(spec -> { if (!refreshing) entry.scheduleProperty().set(spec); });
        refreshers.add(() -> schedule.show(entry.scheduleProperty().get(), entry.spec().lr(), entry.stepsProperty().get()));
        int scheduleRow = r;
        row(grid, r++, "opt.schedule", schedule);
        if (dataSurface) {
            Spinner<Integer> batch = new Spinner<>(0, 100_000, entry.batchSizeProperty().get());
            batch.setEditable(true);
            batch.valueProperty().addListener((o, a, v) -> { if (!refreshing) entry.batchSizeProperty().set(v); });
            refreshers.add(() -> batch.getValueFactory().setValue(entry.batchSizeProperty().get()));
            row(grid, r++, "opt.batch", batch);
        } else {
            NumberField sigma = new NumberField(entry.noiseSigmaProperty().get(), 0, 1e6);
            sigma.setOnCommit(v -> { if (!refreshing) entry.noiseSigmaProperty().set(v); });
            refreshers.add(() -> sigma.setValue(entry.noiseSigmaProperty().get()));
            row(grid, r++, "opt.noise", sigma);
        }
        Spinner<Integer> seed = new Spinner<>(0, Integer.MAX_VALUE, entry.seedProperty().get());
        seed.setEditable(true);
        seed.valueProperty().addListener((o, a, v) -> { if (!refreshing) entry.seedProperty().set(v); });
        refreshers.add(() -> seed.getValueFactory().setValue(entry.seedProperty().get()));
        row(grid, r++, "opt.seed", seed);
        Spinner<Integer> steps = new Spinner<>(1, 100_000, entry.stepsProperty().get(), 50);
        steps.setEditable(true);
        refreshers.add(() -> steps.getValueFactory().setValue(entry.stepsProperty().get()));
        steps.valueProperty().addListener((o, a, v) -> {
            if (refreshing) return;
            entry.stepsProperty().set(v);
            schedule.show(entry.scheduleProperty().get(), entry.spec().lr(), v);
        });
        row(grid, r, "opt.steps", steps);
        return new Form(grid, java.util.List.copyOf(refreshers), lr, scheduleRow);
    }

    private interface Wither<T> { OptimizerSpec apply(OptimizerSpec s, T v); }

    private int slider(GridPane g, java.util.List<Runnable> rs, int r, String key, double min, double max, java.util.function.ToDoubleFunction<OptimizerSpec> get, Wither<Double> w) {
        SliderField f = new SliderField(min, max, get.applyAsDouble(entry.spec()));
        f.setOnChange(v -> { if (!refreshing) update(x -> w.apply(x, v)); });
        rs.add(() -> f.setValue(get.applyAsDouble(entry.spec())));
        row(g, r, key, f);
        return r + 1;
    }

    private int number(GridPane g, java.util.List<Runnable> rs, int r, String key, double min, double max, java.util.function.ToDoubleFunction<OptimizerSpec> get, Wither<Double> w) {
        NumberField f = new NumberField(get.applyAsDouble(entry.spec()), min, max);
        f.setOnCommit(v -> { if (!refreshing) update(x -> w.apply(x, v)); });
        rs.add(() -> f.setValue(get.applyAsDouble(entry.spec())));
        row(g, r, key, f);
        return r + 1;
    }

    private int toggle(GridPane g, java.util.List<Runnable> rs, int r, String key, java.util.function.Predicate<OptimizerSpec> get, Wither<Boolean> w) {
        ToggleSwitch t = new ToggleSwitch();
        t.setSelected(get.test(entry.spec()));
        t.selectedProperty().addListener((o, a, v) -> {
            if (refreshing) return;
            if (!update(x -> w.apply(x, v))) t.setSelected(a);
        });
        rs.add(() -> t.setSelected(get.test(entry.spec())));
        row(g, r, key, t);
        return r + 1;
    }

    private void row(GridPane grid, int r, String key, Node control) {
        Label l = new Label(i18n.get(key));
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        grid.add(l, 0, r);
        grid.add(control, 1, r);
    }

    /** Applies a change; an invalid combination shows its message and returns false. */
    private boolean update(UnaryOperator<OptimizerSpec> change) {
        try {
            entry.specProperty().set(change.apply(entry.spec()));
            error.setText("");
            return true;
        } catch (IllegalArgumentException e) {
            error.setText(e.getMessage());
            return false;
        }
    }
}
