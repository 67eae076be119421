package org.saddlepoint.ui.compute;

import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.util.Duration;
import org.saddlepoint.ui.NoticeToasts;
import org.controlsfx.control.StatusBar;
import org.saddlepoint.compute.OptimizerBatch;
import org.saddlepoint.compute.OptimizerBatches;
import org.saddlepoint.compute.Sampler;
import org.saddlepoint.ui.CentreViews;
import org.saddlepoint.ui.I18n;
import org.saddlepoint.ui.Listeners;
import org.saddlepoint.ui.chart.ChartStyle;
import org.saddlepoint.ui.model.LabModel;

/**
 * The "Maps" centre tab: basins of attraction of two optimizers, a hyperparameter map with grid
 * and random search, and the learning-rate range test — each computed in the background with
 * progress, ETA and cancel, coarse first, on the model's surface and optimizers. A map computes
 * itself when first shown. Also puts the sampling backend in use on the window's status bar and
 * tells each fallback to the CPU once.
 */
public final class MapsPane extends BorderPane {
    private static final Executor WORKER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "saddlepoint-maps");
        t.setDaemon(true);
        return t;
    });

    private final Tab tab;
    private final TabPane views = new TabPane();
    private final BasinsView basins;
    private final HyperparameterView hyper;
    private final LrRangeView lr;

    public MapsPane(LabModel model, I18n i18n, CentreViews centre, StatusBar status, Listeners listeners, ChartStyle style) {
        this(model, i18n, centre::show2d, status, listeners, style, ComputeBackends.sampler(), ComputeBackends.optimizerBatch(),
                WORKER, Platform::runLater);
    }

    /** With explicit executors; the basin and hyperparameter maps run on the CPU. */
    public MapsPane(LabModel model, I18n i18n, Runnable showMainView, StatusBar status, Listeners listeners, ChartStyle style,
                    Sampler sampler, Executor worker, Executor uiThread) {
        this(model, i18n, showMainView, status, listeners, style, sampler, OptimizerBatches.cpu(), worker, uiThread);
    }

    /**
     * With explicit executors (tests run the work on the FX thread with {@code Runnable::run}) and
     * the optimizer batch the basin and hyperparameter maps run on.
     */
    public MapsPane(LabModel model, I18n i18n, Runnable showMainView, StatusBar status, Listeners listeners, ChartStyle style,
                    Sampler sampler, OptimizerBatch batch, Executor worker, Executor uiThread) {
        setId("maps-pane");
        basins = new BasinsView(model, i18n, listeners, sampler, batch, new MapJob(worker, uiThread), showMainView);
        hyper = new HyperparameterView(model, i18n, listeners, batch, new MapJob(worker, uiThread));
        lr = new LrRangeView(model, i18n, listeners, new MapJob(worker, uiThread), style);
        Tab tb = new Tab(i18n.get("maps.basins"), basins), th = new Tab(i18n.get("maps.hyper"), hyper), tl = new Tab(i18n.get("maps.lr"), lr);
        tb.setId("maps-basins");
        th.setId("maps-hyper");
        tl.setId("maps-lr");
        for (Tab t : new Tab[] {tb, th, tl}) t.setClosable(false);
        views.getTabs().addAll(tb, th, tl);
        setCenter(views);
        tab = new Tab(i18n.get("maps.tab"), this);
        tab.setId("tab-maps");
        tab.setClosable(false);
        tab.selectedProperty().addListener((o, a, on) -> {
            if (on) showing();
            Platform.runLater(this::sidePanels); // after the other tabs' own listeners
        });
        views.getSelectionModel().selectedItemProperty().addListener((o, a, t) -> { if (tab.isSelected()) showing(); });
        if (status != null) backendOnStatusBar(model, i18n, status, listeners);
    }

    /**
     * While the maps show, the window's side panels are hidden so the maps get the width (as the
     * Network tab does); they come back when the 3D or 2D tab is chosen.
     */
    private void sidePanels() {
        if (tab.getTabPane() == null || tab.getTabPane().getScene() == null) return;
        if (!(tab.getTabPane().getScene().lookup("#main-window") instanceof BorderPane window)) return;
        Tab now = tab.getTabPane().getSelectionModel().getSelectedItem();
        boolean hide = tab.isSelected();
        if (!hide && (now == null || !("tab-3d".equals(now.getId()) || "tab-2d".equals(now.getId())))) return;
        for (javafx.scene.Node n : new javafx.scene.Node[] {window.getLeft(), window.getRight()}) {
            if (n == null) continue;
            n.setVisible(!hide);
            n.setManaged(!hide);
        }
    }

    private void showing() {
        Tab t = views.getSelectionModel().getSelectedItem();
        if (t == null) return;
        if (t.getContent() == basins) basins.showing();
        else if (t.getContent() == hyper) hyper.showing();
        else lr.showing();
    }

    private void backendOnStatusBar(LabModel model, I18n i18n, StatusBar status, Listeners listeners) {
        Label backend = new Label();
        backend.setId("backend-label");
        status.getRightItems().add(backend);
        listeners.bindAll(() -> backend.setText(i18n.fmt("compute.statusBackend", ComputeBackends.inUseProperty().get())),
                ComputeBackends.inUseProperty());
        tellFallbacks(this, model, i18n, listeners, ComputeBackends.noticeProperty());
        tellFallbacks(this, model, i18n, listeners, ComputeBackends.mapNoticeProperty(), "compute.mapFallback");
    }

    /**
     * Tells each new fallback notice once: on the model's status line (shown in the status bar)
     * and, while the window is showing, as a ControlsFX notification.
     */
    static void tellFallbacks(javafx.scene.Node owner, LabModel model, I18n i18n, Listeners listeners,
                              javafx.beans.value.ObservableStringValue notices) {
        tellFallbacks(owner, model, i18n, listeners, notices, "compute.fallback");
    }

    /** As above, the status line written with the message {@code key} (one argument: the notice). */
    static void tellFallbacks(javafx.scene.Node owner, LabModel model, I18n i18n, Listeners listeners,
                              javafx.beans.value.ObservableStringValue notices, String key) {
        listeners.onInvalidate(notices, o -> {
            String notice = notices.get();
            if (notice == null || notice.isEmpty()) return;
            model.statusProperty().set(i18n.fmt(key, notice));
            NoticeToasts.tell(owner, NoticeToasts.Kind.WARNING, i18n.get("compute.fallbackTitle"), notice, Duration.seconds(6));
        });
    }

    /** The centre tab holding this pane. */
    public Tab tab() { return tab; }

    /** Selects the sub-view: 0 basins, 1 hyperparameter map, 2 LR range test. */
    public void select(int view) { views.getSelectionModel().select(view); }

    BasinsView basins() { return basins; }

    HyperparameterView hyper() { return hyper; }

    LrRangeView lr() { return lr; }
}
