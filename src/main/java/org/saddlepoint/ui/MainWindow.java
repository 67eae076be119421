package org.saddlepoint.ui;

import javafx.geometry.Orientation;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.StatusBar;
import org.saddlepoint.ui.chart.ChartStyle;
import org.saddlepoint.ui.chart.RunCharts;
import org.saddlepoint.ui.explain.ExplainerPane;
import org.saddlepoint.ui.model.LabModel;
import org.saddlepoint.ui.model.Snapshot;
import org.saddlepoint.ui.panel.OptimizerPanel;
import org.saddlepoint.ui.panel.PlaybackBar;
import org.saddlepoint.ui.panel.SurfacePanel;

/**
 * The window's content for one language and theme: menu on top, surface panel left, optimizer
 * panel right, the 3D/2D views in the centre above the playback bar, the step explainer and
 * the charts, and a status bar with the progress of background work. Notices (a diverging run, a
 * fallback to the CPU, a file that cannot be read) appear over the views' lower right corner
 * ({@link NoticeToasts}). In presentation mode the
 * side panels and the menu are left out. Built from the model; {@link #dispose()} detaches it.
 */
public final class MainWindow extends BorderPane {
    private final Listeners listeners = new Listeners();
    private final SurfacePanel surfacePanel;
    private final OptimizerPanel optimizerPanel;
    private final CentreViews views;
    private final RunCharts charts;
    private final ExplainerPane explainer;
    private final PlaybackBar playbackBar;
    private final SplitPane vertical, bottom;

    public MainWindow(LabModel model, I18n i18n, AppSettings settings, AppActions actions, AppPreferences prefs) {
        getStyleClass().add("main-window");
        setId("main-window");
        boolean presenting = settings.presentationProperty().get();
        ChartStyle style = ChartStyle.of(settings.effectiveTheme());
        surfacePanel = new SurfacePanel(model, i18n, listeners);
        optimizerPanel = new OptimizerPanel(model, i18n, style, listeners);
        explainer = new ExplainerPane(model, i18n, listeners);
        views = new CentreViews(model, i18n, settings, listeners, explainer.explanationProperty());
        var curvature = new org.saddlepoint.ui.curvature.CurvaturePanel(model, i18n, views, listeners);
        var network = new org.saddlepoint.ui.network.NetworkPane(i18n);
        views.getTabs().add(DeferredTabContent.defer(network.tab()));
        charts = new RunCharts(i18n, style);
        playbackBar = new PlaybackBar(model.playback(), i18n, listeners);
        listeners.bindAll(() -> charts.show(model.snapshot()), model.snapshotProperty());
        DivergenceNotifier notifier = new DivergenceNotifier(this, i18n);
        listeners.onInvalidate(model.snapshotProperty(), o -> notifier.update(model.snapshot()));
        listeners.bindAll(() -> charts.setStep(model.playback().step()), model.playback().stepProperty());

        bottom = new SplitPane(explainer, charts);
        bottom.setDividerPositions(prefs.divider("bottom", 0.42));
        VBox lower = new VBox(playbackBar, bottom);
        SceneHooks hooks = actions.sceneHooks();
        if (hooks != null) {
            lower.getChildren().add(0, hooks.captionLabel(i18n.locale(), listeners));
            listeners.bindAll(() -> views.view2d().setShowGradientField(hooks.gradientFieldProperty().get(),
                    !hooks.gradientFieldProperty().get() || model.surfaceProperty().get() == null ? null : model.surfaceProperty().get().newEvaluator()),
                    hooks.gradientFieldProperty(), model.surfaceProperty());
        }
        VBox.setVgrow(bottom, javafx.scene.layout.Priority.ALWAYS);
        javafx.scene.layout.StackPane viewsWithNotices = new javafx.scene.layout.StackPane(views, new NoticeToasts(i18n.get("notify.close")));
        javafx.scene.layout.StackPane.setAlignment(viewsWithNotices.getChildren().get(1), javafx.geometry.Pos.BOTTOM_RIGHT);
        vertical = new SplitPane(viewsWithNotices, lower);
        vertical.setOrientation(Orientation.VERTICAL);
        vertical.setDividerPositions(prefs.divider("vertical", 0.64));
        setCenter(vertical);

        StatusBar status = new StatusBar();
        status.setId("status-bar");
        views.getTabs().add(DeferredTabContent.defer(new org.saddlepoint.ui.compute.MapsPane(model, i18n, views, status, listeners, style).tab()));
        listeners.bindAll(() -> status.setText(statusText(model, i18n)), model.statusProperty(), model.snapshotProperty());
        listeners.bindAll(() -> {
            double p = model.gridProgressProperty().get();
            status.setProgress(p >= 1 ? 0 : Math.max(0.01, p));
        }, model.gridProgressProperty());
        if (!presenting) {
            setTop(org.saddlepoint.ui.network.AnalysisMenu.install(new AppMenu(i18n, settings, actions, model).bar(), i18n, curvature, network,
                    new org.saddlepoint.ui.network.LandscapeFiles(network, i18n, this)));
            surfacePanel.setPrefWidth(290);
            optimizerPanel.setPrefWidth(340);
            setLeft(curvature.under(surfacePanel));
            setRight(optimizerPanel);
            setBottom(status);
            network.hideSidesWhileShown(this);
        }
        listeners.add(() -> {
            prefs.saveDivider("vertical", vertical.getDividerPositions()[0]);
            prefs.saveDivider("bottom", bottom.getDividerPositions()[0]);
        });
    }

    private static String statusText(LabModel model, I18n i18n) {
        Snapshot s = model.snapshot();
        String text = model.statusProperty().get();
        String timing = s.trajectories().isEmpty() ? "" : i18n.fmt("status.computed", s.trajectories().size(), s.maxSteps(),
                String.format(java.util.Locale.ROOT, "%.2f", s.computeNanos() / 1e6));
        return text == null || text.isBlank() ? timing : text + "   ·   " + timing;
    }

    /** Detaches every listener this window put on the model (call before throwing it away). */
    public void dispose() { listeners.dispose(); }

    public SurfacePanel surfacePanel() { return surfacePanel; }

    public OptimizerPanel optimizerPanel() { return optimizerPanel; }

    public CentreViews views() { return views; }

    public RunCharts charts() { return charts; }

    public ExplainerPane explainer() { return explainer; }

    public PlaybackBar playbackBar() { return playbackBar; }
}
