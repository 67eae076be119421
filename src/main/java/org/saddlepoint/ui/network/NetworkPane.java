package org.saddlepoint.ui.network;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.saddlepoint.nn.Directions;
import org.saddlepoint.render.ColorMap;
import org.saddlepoint.render.TrajectoryStyle;
import org.saddlepoint.surface.ScalarGrid;
import org.saddlepoint.ui.I18n;
import org.saddlepoint.ui.curvature.CurvatureText;
import org.saddlepoint.ui.view2d.Landscape2DView;
import org.saddlepoint.ui.view3d.Landscape3DView;

/**
 * The Network mode (a centre tab): the {@link NetworkForm}, <em>Train and compute</em> (in the
 * background: coarse grid first, then the fine one, with progress and cancel), the loss
 * landscape around θ* in 3D and 2D with the projected training path, a train/test toggle, the
 * plane's explained variance and the path's distance off the plane, the decision boundary over
 * the data, and the Hessian spectrum. Also shows landscapes read from files ({@link #showFile}).
 * A mode switch shows two landscapes side by side instead ({@link ComparisonPane}: MSE vs
 * cross-entropy, or train vs test with the generalization gap and sharpness).
 */
public final class NetworkPane extends BorderPane {
    private static final Executor WORKER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "network-landscape");
        t.setDaemon(true);
        return t;
    });
    private static final java.awt.Color PATH_COLOR = new java.awt.Color(0xE6, 0x9F, 0x00);

    private final I18n i18n;
    private final NetworkJob job;
    private final NetworkForm form;
    private final Landscape3DView view3d = new Landscape3DView();
    private final Landscape2DView view2d = new Landscape2DView();
    private final ToggleButton testToggle;
    private final Button compute, cancel;
    private final ProgressBar progress = new ProgressBar(0);
    private final Label status = new Label(), info = new Label();
    private final DecisionBoundaryView decision = new DecisionBoundaryView();
    private final SpectrumChart spectrum;
    private final Tab tab;
    private final ComboBox<ComparisonMode> mode = new ComboBox<>();
    private final TabPane views;
    private final ComparisonPane comparison;
    private NetworkResult result;
    private ScalarGrid shown;

    public NetworkPane(I18n i18n) { this(i18n, WORKER, Platform::runLater); }

    public NetworkPane(I18n i18n, Executor worker, Executor uiThread) {
        this.i18n = i18n;
        this.job = new NetworkJob(worker, uiThread);
        setId("network-pane");
        form = new NetworkForm(i18n);
        compute = new Button(i18n.get("net.compute"));
        compute.setId("network-compute");
        compute.setDefaultButton(false);
        compute.setOnAction(e -> compute());
        cancel = new Button(i18n.get("net.cancel"));
        cancel.setId("network-cancel");
        cancel.setDisable(true);
        cancel.setOnAction(e -> cancel());
        mode.getItems().setAll(ComparisonMode.values());
        mode.setId("network-mode");
        mode.setMaxWidth(Double.MAX_VALUE);
        mode.setConverter(new javafx.util.StringConverter<>() {
            @Override public String toString(ComparisonMode m) { return m == null ? "" : i18n.get(m.key()); }

            @Override public ComparisonMode fromString(String text) { return null; }
        });
        mode.setValue(ComparisonMode.SINGLE);
        comparison = new ComparisonPane(i18n);
        comparison.setVisible(false);
        mode.valueProperty().addListener((o, a, m) -> modeChanged(m));
        Label modeLabel = new Label(i18n.get("net.mode"));
        VBox left = new VBox(8, form, new VBox(2, modeLabel, mode), new HBox(6, compute, cancel));
        left.setPadding(new Insets(8));
        ScrollPane leftScroll = new ScrollPane(left);
        leftScroll.setFitToWidth(true);
        leftScroll.setPrefWidth(270);
        leftScroll.setMinWidth(240);

        Tab t3 = new Tab(i18n.get("view.3d"), view3d), t2 = new Tab(i18n.get("view.2d"), view2d);
        t3.setClosable(false);
        t2.setClosable(false);
        views = new TabPane(t3, t2);
        view3d.setId("network-view3d");
        view2d.setId("network-view2d");
        view2d.setContourCount(16);
        view2d.setAxisLabels("α (d₁)", "β (d₂)");
        view3d.setCamera(view3d.getCameraAzimuth(), view3d.getCameraElevation(), view3d.getCameraDistance() * 0.72);

        testToggle = new ToggleButton(i18n.get("net.testLandscape"));
        testToggle.setId("network-test-toggle");
        testToggle.selectedProperty().addListener((o, a, b) -> showLandscape());
        testToggle.setDisable(true);
        info.setId("network-info");
        info.setWrapText(true);
        info.setMaxWidth(Double.MAX_VALUE);
        info.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        spectrum = new SpectrumChart(i18n);
        spectrum.setPrefHeight(260);
        Label decisionTitle = new Label(i18n.get("net.decision"));
        VBox right = new VBox(6, testToggle, info, decisionTitle, decision, spectrum);
        VBox.setVgrow(spectrum, Priority.ALWAYS);
        VBox.setVgrow(decision, Priority.SOMETIMES);
        right.setPadding(new Insets(8));
        right.setPrefWidth(340);

        SplitPane split = new SplitPane(leftScroll, new StackPane(views, comparison), right);
        split.setDividerPositions(0.2, 0.7);
        SplitPane.setResizableWithParent(leftScroll, false);
        setCenter(split);
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.setVisible(false);
        HBox.setHgrow(status, Priority.ALWAYS);
        status.setId("network-status");
        status.setMaxWidth(Double.MAX_VALUE);
        HBox bottom = new HBox(8, progress, status);
        progress.setPrefWidth(220);
        bottom.setPadding(new Insets(4, 8, 4, 8));
        setBottom(bottom);
        status.setText(i18n.get("net.hint"));
        tab = new Tab(i18n.get("net.tab"), this);
        tab.setId("tab-network");
        tab.setClosable(false);
    }

    /**
     * While this tab is showing, the window's side panels (which belong to the 2D surfaces) are
     * hidden so the network gets the width; they come back when another tab is chosen.
     */
    public void hideSidesWhileShown(BorderPane window) {
        javafx.scene.Node left = window.getLeft(), right = window.getRight();
        tab.selectedProperty().addListener((o, a, on) -> {
            for (javafx.scene.Node n : new javafx.scene.Node[] {left, right}) {
                if (n == null) continue;
                n.setVisible(!on);
                n.setManaged(!on);
            }
        });
    }

    /** The centre tab holding this pane. */
    public Tab tab() { return tab; }

    public NetworkForm form() { return form; }

    /** The side-by-side mode (SINGLE: one landscape). */
    public ComboBox<ComparisonMode> modeBox() { return mode; }

    public ComparisonPane comparisonPane() { return comparison; }

    /** Shows the views of mode m; a computation still running for the other mode is cancelled. */
    private void modeChanged(ComparisonMode m) {
        if (!cancel.isDisabled()) cancel();
        boolean compare = m != null && m != ComparisonMode.SINGLE;
        views.setVisible(!compare);
        comparison.setVisible(compare);
        if (compare) comparison.prepare(m);
        testToggle.setDisable(compare || result == null);
    }

    /** Reads the form and starts training and sampling; a bad field shows its one-line reason. */
    public void compute() {
        NetworkSettings s;
        try {
            s = form.settings();
        } catch (IllegalArgumentException e) {
            status.setText(e.getMessage());
            return;
        }
        ComparisonMode m = mode.getValue();
        if (m != null && m != ComparisonMode.SINGLE) {
            busy(true);
            status.setText(i18n.get("net.compare.training"));
            job.submit((p, c) -> ComparisonComputation.run(s, m, p, c), progress::setProgress, r -> {
                busy(false);
                showComparison(r);
            }, msg -> {
                busy(false);
                status.setText(msg);
            });
            return;
        }
        busy(true);
        status.setText(i18n.get("net.training"));
        job.submit(s, coarse -> {
            shown = coarse;
            view3d.setGrid(coarse, ColorMap.VIRIDIS, true, Double.NaN, Double.NaN);
            view2d.setGrid(coarse, ColorMap.VIRIDIS, true);
            status.setText(i18n.get("net.coarse"));
        }, progress::setProgress, r -> {
            busy(false);
            show(r);
        }, msg -> {
            busy(false);
            status.setText(msg);
        });
    }

    public void cancel() {
        job.cancel();
        busy(false);
        status.setText(i18n.get("net.cancelled"));
    }

    private void busy(boolean on) {
        progress.setProgress(0);
        progress.setVisible(on);
        cancel.setDisable(!on);
    }

    /** Shows a finished result (FX thread). */
    public void show(NetworkResult r) {
        result = r;
        testToggle.setDisable(comparison.isVisible());
        showLandscape();
        TrajectoryStyle path = new TrajectoryStyle(r.trajectory(), PATH_COLOR, i18n.get("net.path"));
        view3d.setTrajectories(List.of(path));
        view2d.setTrajectories(List.of(path));
        view3d.setStep(Integer.MAX_VALUE);
        view2d.setStep(Integer.MAX_VALUE);
        decision.show(r);
        spectrum.show(r);
        info.setText(describe(r));
        status.setText(i18n.fmt("net.done", r.mlp().describe(), r.mlp().parameterCount(), r.settings().steps()));
    }

    /** Shows a finished side-by-side result (FX thread); the right panel describes its primary run. */
    public void showComparison(NetworkComparison c) {
        if (mode.getValue() != c.mode()) mode.setValue(c.mode());
        comparison.show(c);
        NetworkResult r = c.primary();
        decision.show(r);
        spectrum.show(r);
        info.setText(i18n.get(c.mode() == ComparisonMode.MSE_VS_CE ? "net.compare.primaryCe" : "net.compare.primaryRun") + "\n" + describe(r));
        status.setText(i18n.fmt("net.compare.done", r.mlp().describe(), r.mlp().parameterCount(), r.settings().steps()));
    }

    private void showLandscape() {
        if (result == null) return;
        shown = testToggle.isSelected() ? result.testGrid() : result.trainGrid();
        view3d.setGrid(shown, ColorMap.VIRIDIS, true, Double.NaN, Double.NaN);
        view2d.setGrid(shown, ColorMap.VIRIDIS, true);
    }

    private String describe(NetworkResult r) {
        StringBuilder b = new StringBuilder(i18n.fmt("net.losses", CurvatureText.num(r.trainLoss()), CurvatureText.num(r.testLoss()),
                pct(r.trainAccuracy()), pct(r.testAccuracy())));
        Directions d = r.directions();
        b.append('\n').append(i18n.fmt("net.plane", d.kind()));
        if (d.explainedVariance() != null && d.explainedVariance().length >= 2) {
            b.append('\n').append(i18n.fmt("net.explained", pct(d.explainedVariance()[0]), pct(d.explainedVariance()[1]),
                    pct(d.explainedVariance()[0] + d.explainedVariance()[1])));
        }
        b.append('\n').append(i18n.fmt("net.distance", CurvatureText.num(r.path().meanDistance())));
        return b.toString();
    }

    private static String pct(double v) { return String.format(java.util.Locale.ROOT, "%.1f %%", 100 * v); }

    /** Shows a landscape read from a file (no path, data or spectrum); the previous result is dropped. */
    public void showFile(ScalarGrid grid, String name) {
        job.cancel();
        mode.setValue(ComparisonMode.SINGLE);
        busy(false);
        result = null;
        shown = grid;
        testToggle.setSelected(false);
        testToggle.setDisable(true);
        view3d.setTrajectories(List.of());
        view2d.setTrajectories(List.of());
        view3d.setGrid(grid, ColorMap.VIRIDIS, false, Double.NaN, Double.NaN);
        view2d.setGrid(grid, ColorMap.VIRIDIS, false);
        decision.show(null);
        spectrum.show(null);
        info.setText(i18n.fmt("net.file", name, grid.nx(), grid.ny()));
        status.setText(info.getText());
        if (tab.getTabPane() != null) tab.getTabPane().getSelectionModel().select(tab);
    }

    public NetworkResult result() { return result; }

    /** The grid on screen now (coarse, train, test or a file's), or null. */
    public ScalarGrid shownGrid() { return shown; }

    public String statusText() { return status.getText(); }

    public Landscape3DView view3d() { return view3d; }

    public Landscape2DView view2d() { return view2d; }

    public DecisionBoundaryView decisionView() { return decision; }

    public SpectrumChart spectrumChart() { return spectrum; }

    public ToggleButton testToggle() { return testToggle; }
}
