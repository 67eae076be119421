package org.saddlepoint.ui.model;

import java.awt.Color;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.saddlepoint.scene.SceneColors;
import org.saddlepoint.expr.ExprException;
import org.saddlepoint.optim.OptimizerSpec;
import org.saddlepoint.optim.RunSpec;
import org.saddlepoint.surface.Surface;

/**
 * The state of the lab, as JavaFX properties the views observe (the model never calls a view):
 * the chosen surface and its parameter values, the custom expression and its parse error, the
 * racing optimizers, the common start, and the newest computed results (trajectories and grids).
 * Every change that affects a result sends a new immutable request to the computers; only the
 * newest result is applied. Use on the FX thread.
 */
public final class LabModel {
    /** Colours of successive optimizers (colour-blind friendly, Okabe–Ito): the scenes' defaults, {@link SceneColors}. */
    public static final Color[] PALETTE = java.util.stream.IntStream.range(0, SceneColors.size())
            .mapToObj(i -> new Color(SceneColors.color(i))).toArray(Color[]::new);

    private final List<SurfaceChoice> catalog;
    private final TrajectoryComputer trajectories;
    private final GridComputer grids;
    private final ObjectProperty<SurfaceChoice> choice = new SimpleObjectProperty<>();
    private final ObjectProperty<Map<String, Double>> parameters = new SimpleObjectProperty<>(Map.of());
    private final ReadOnlyObjectWrapper<Surface> surface = new ReadOnlyObjectWrapper<>();
    private final StringProperty customText = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<ExprException> customError = new ReadOnlyObjectWrapper<>();
    private final ObservableList<OptimizerEntry> optimizers = FXCollections.observableArrayList(e -> e.dependencies());
    private final ObjectProperty<OptimizerEntry> selected = new SimpleObjectProperty<>();
    private final DoubleProperty startX = new SimpleDoubleProperty(), startY = new SimpleDoubleProperty();
    private final ReadOnlyObjectWrapper<Snapshot> snapshot = new ReadOnlyObjectWrapper<>(Snapshot.EMPTY);
    private final ReadOnlyObjectWrapper<GridPair> grid = new ReadOnlyObjectWrapper<>();
    private final DoubleProperty gridProgress = new SimpleDoubleProperty(1);
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty logHeight = new SimpleBooleanProperty(false);
    private final StringProperty colorMap = new SimpleStringProperty("VIRIDIS");
    private final DoubleProperty zClipLow = new SimpleDoubleProperty(Double.NaN), zClipHigh = new SimpleDoubleProperty(Double.NaN);
    private final Playback playback = new Playback();
    private boolean batching;
    /** The surface of the newest trajectory request. */
    private Surface trajectoriesRequestedOn;
    /**
     * A grid that came before the trajectories of its surface (a cached grid, or a surface quick
     * to sample), held until they come and then applied right after them: the views draw the new
     * surface with its trajectories in one redraw instead of two, as they do when the
     * trajectories come first. Null when none is held.
     */
    private GridPair gridAheadOfTrajectories;
    /** Where the first trajectories of a surface switch are applied; see {@link #setSwitchResults}. */
    private java.util.concurrent.Executor switchResults = Runnable::run;
    /** The surface the last {@link #choose} built (null after any other change of surface). */
    private Surface chosenSurface;
    /** The first trajectories of a switch, waiting in {@link #switchResults}; null when none waits. */
    private Snapshot switchSnapshotWaiting;

    public LabModel(List<SurfaceChoice> catalog, TrajectoryComputer trajectories, GridComputer grids) {
        if (catalog.isEmpty()) throw new IllegalArgumentException("no surfaces to show");
        this.catalog = List.copyOf(catalog);
        this.trajectories = trajectories;
        this.grids = grids;
        InvalidationListener rerun = o -> requestTrajectories();
        optimizers.addListener(rerun);
        startX.addListener(rerun);
        startY.addListener(rerun);
        optimizers.addListener((ListChangeListener<OptimizerEntry>) c -> {
            if (!optimizers.contains(selected.get())) selected.set(optimizers.isEmpty() ? null : optimizers.get(0));
        });
        snapshot.addListener((o, a, b) -> playback.maxStepProperty().set(b.maxSteps()));
    }

    public List<SurfaceChoice> catalog() { return catalog; }

    public Playback playback() { return playback; }

    /** Switches to {@code c}: its parameters at their defaults, its start, its racing optimizers. */
    public void choose(SurfaceChoice c) {
        batching = true;
        try {
            choice.set(c);
            Map<String, Double> p = new LinkedHashMap<>();
            for (ParameterDef d : c.parameters()) p.put(d.name(), d.defaultValue());
            parameters.set(Map.copyOf(p));
            customText.set(c.expressionText());
            customError.set(null);
            logHeight.set(c.logHeight());
            setZClip(c.zClipLow(), c.zClipHigh());
            startX.set(c.start()[0]);
            startY.set(c.start()[1]);
            List<OptimizerEntry> entries = new ArrayList<>();
            for (RacerPreset r : c.presets()) entries.add(r.toEntry(PALETTE[entries.size() % PALETTE.length]));
            optimizers.setAll(entries);
            selected.set(entries.isEmpty() ? null : entries.get(entries.size() - 1));
        } finally {
            batching = false;
        }
        rebuildSurface();
        chosenSurface = surface.get();
        playback.home();
    }

    /** Chooses the catalog entry with {@code id}, or the first one. */
    public void choose(String id) {
        choose(catalog.stream().filter(c -> c.id().equals(id)).findFirst().orElse(catalog.get(0)));
    }

    public void setParameter(String name, double value) {
        Map<String, Double> p = new HashMap<>(parameters.get());
        p.put(name, value);
        parameters.set(Map.copyOf(p));
        rebuildSurface();
    }

    /**
     * Takes the user's expression: if it parses, it becomes the surface (on the current domain);
     * otherwise the error is published and the last good surface stays. The text is kept either way.
     */
    public void editExpression(String text, String titleEn, String titleZh) {
        customText.set(text);
        SurfaceChoice current = choice.get();
        if (current != null && text.equals(current.expressionText())) {
            customError.set(null);
            rebuildSurface();
            return;
        }
        ExpressionChoice custom = ExpressionChoice.custom(text, current.parameters(), current.domain(),
                new double[] {startX.get(), startY.get()}, titleEn, titleZh);
        try {
            Surface s = custom.build(parameters.get());
            customError.set(null);
            choice.set(custom);
            surface.set(s);
            requestAll();
        } catch (ExprException e) {
            customError.set(e);
        }
    }

    public void addOptimizer(OptimizerSpec spec) {
        int steps = optimizers.isEmpty() ? choice.get().steps() : optimizers.get(0).stepsProperty().get();
        OptimizerEntry e = new OptimizerEntry(spec, steps, nextColor());
        optimizers.add(e);
        selected.set(e);
    }

    private Color nextColor() {
        for (Color c : PALETTE) if (optimizers.stream().noneMatch(e -> e.color().equals(c))) return c;
        return PALETTE[optimizers.size() % PALETTE.length];
    }

    public void removeOptimizer(OptimizerEntry e) { optimizers.remove(e); }

    /** Moves the common start of every optimizer. */
    public void setStart(double x, double y) {
        batching = true;
        try {
            startX.set(x);
            startY.set(y);
        } finally {
            batching = false;
        }
        requestTrajectories();
    }

    private void rebuildSurface() {
        try {
            surface.set(choice.get().build(parameters.get()));
            customError.set(null);
        } catch (RuntimeException e) {
            status.set(e.getMessage());
            return;
        }
        requestAll();
    }

    /** Trajectories first: a grid that comes before them (from the cache) then knows to wait for them. */
    private void requestAll() {
        requestTrajectories();
        requestGrids();
    }

    private void requestGrids() {
        Surface s = surface.get();
        if (s == null) return;
        gridProgress.set(0);
        gridAheadOfTrajectories = null;
        grids.submit(s, choice.get().domain(), choice.get(), parameters.get(), gridProgress::set, this::applyGrid, msg -> status.set(msg));
    }

    /** Sends a new snapshot request for the current state (coalesced while a change is in progress). */
    public void requestTrajectories() {
        if (batching || surface.get() == null) return;
        List<RunSpec> runs = new ArrayList<>();
        List<OptimizerEntry> entries = new ArrayList<>();
        boolean data = choice.get().dataSurface();
        for (OptimizerEntry e : optimizers) {
            try {
                runs.add(e.toRunSpec(startX.get(), startY.get(), data));
                entries.add(e);
            } catch (RuntimeException ex) {
                status.set(e.spec().kind().displayName() + ": " + ex.getMessage());
            }
        }
        trajectoriesRequestedOn = surface.get();
        trajectories.submit(new SnapshotRequest(trajectories.nextId(), surface.get(), entries, runs), this::apply);
    }

    /**
     * Sets the executor (running its tasks on the FX thread) through which the first trajectories
     * of a surface chosen from the catalog are applied; the app passes one that waits for an idle
     * render thread. The click that chose the surface redraws most of the window, and under
     * software GL its frame is still being drawn when the trajectories come (about 100 ms); applied
     * at once, they make a pulse that waits for that frame. Later results (a slider, a new start)
     * are applied at once. Default: at once.
     */
    public void setSwitchResults(java.util.concurrent.Executor fxExecutor) {
        switchResults = java.util.Objects.requireNonNull(fxExecutor);
    }

    private void apply(Snapshot s) {
        boolean firstOfSwitch = s.surface() != null && s.surface() == chosenSurface && snapshot.get().surface() != s.surface();
        if (!firstOfSwitch) {
            switchSnapshotWaiting = null;
            show(s);
            return;
        }
        switchSnapshotWaiting = s;
        switchResults.execute(() -> {
            if (switchSnapshotWaiting != s) return; // a newer result came meanwhile
            switchSnapshotWaiting = null;
            show(s);
        });
    }

    private void show(Snapshot s) {
        snapshot.set(s);
        if (s.error() != null) status.set(s.error());
        GridPair held = gridAheadOfTrajectories;
        if (held != null && held.surface() == s.surface()) {
            gridAheadOfTrajectories = null;
            grid.set(held);
        }
    }

    /** Applies {@code g}, or holds it until the trajectories requested on its surface come. */
    private void applyGrid(GridPair g) {
        boolean trajectoriesToCome = g.surface() != null && g.surface() == trajectoriesRequestedOn
                && snapshot.get().surface() != g.surface();
        if (trajectoriesToCome) {
            gridAheadOfTrajectories = g;
        } else {
            gridAheadOfTrajectories = null;
            grid.set(g);
        }
    }

    public ObjectProperty<SurfaceChoice> choiceProperty() { return choice; }

    public SurfaceChoice choice() { return choice.get(); }

    public ObjectProperty<Map<String, Double>> parametersProperty() { return parameters; }

    public ReadOnlyObjectProperty<Surface> surfaceProperty() { return surface.getReadOnlyProperty(); }

    public StringProperty customTextProperty() { return customText; }

    public ReadOnlyObjectProperty<ExprException> customErrorProperty() { return customError.getReadOnlyProperty(); }

    public ObservableList<OptimizerEntry> optimizers() { return optimizers; }

    public ObjectProperty<OptimizerEntry> selectedProperty() { return selected; }

    public DoubleProperty startXProperty() { return startX; }

    public DoubleProperty startYProperty() { return startY; }

    public ReadOnlyObjectProperty<Snapshot> snapshotProperty() { return snapshot.getReadOnlyProperty(); }

    public Snapshot snapshot() { return snapshot.get(); }

    public ReadOnlyObjectProperty<GridPair> gridProperty() { return grid.getReadOnlyProperty(); }

    public DoubleProperty gridProgressProperty() { return gridProgress; }

    public StringProperty statusProperty() { return status; }

    public BooleanProperty logHeightProperty() { return logHeight; }

    /** Lower end of the height clip window (NaN = no clipping); a new surface starts with its file's window. */
    public DoubleProperty zClipLowProperty() { return zClipLow; }

    /** Upper end of the height clip window (NaN = no clipping). */
    public DoubleProperty zClipHighProperty() { return zClipHigh; }

    /**
     * Clips the shown heights to [lo, hi] (both NaN: no clipping). The views colour and draw
     * heights outside the window at its ends; the surface itself is unchanged.
     */
    public void setZClip(double lo, double hi) {
        if (Double.isNaN(lo) || Double.isNaN(hi) || !(lo < hi)) {
            lo = Double.NaN;
            hi = Double.NaN;
        }
        zClipLow.set(lo);
        zClipHigh.set(hi);
    }

    public StringProperty colorMapProperty() { return colorMap; }

    /** Observables whose change alters what the views draw (for views that redraw on any of them). */
    public Observable[] drawDependencies() { return new Observable[] {snapshot, grid, logHeight, colorMap, zClipLow, zClipHigh}; }
}
