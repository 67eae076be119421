package org.saddlepoint.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.util.Duration;
import org.saddlepoint.optim.Trajectory;
import org.saddlepoint.render.Arrow;
import org.saddlepoint.render.ColorMap;
import org.saddlepoint.render.TrajectoryStyle;
import org.saddlepoint.ui.explain.ExplainerArrow;
import org.saddlepoint.ui.explain.StepExplanation;
import org.saddlepoint.surface.Surface;
import org.saddlepoint.ui.model.GridPair;
import org.saddlepoint.ui.model.LabModel;
import org.saddlepoint.ui.model.Snapshot;
import org.saddlepoint.ui.model.SurfaceChoice;
import org.saddlepoint.ui.view2d.Landscape2DView;
import org.saddlepoint.ui.view3d.Landscape3DView;

/**
 * The centre of the window: the 3D and the 2D landscape in tabs, fed from the model (grids,
 * trajectories, the current step, the explainer's arrows, the start) and feeding back clicks
 * (click sets the start of every optimizer; dragging the start marker re-runs live).
 */
public final class CentreViews extends TabPane {
    private final LabModel model;
    private final Landscape3DView view3d = new Landscape3DView();
    private final Landscape2DView view2d = new Landscape2DView();
    private final Tab tab3d, tab2d;
    private final ReadOnlyObjectProperty<StepExplanation> explanation;
    private final java.util.Locale locale;
    private boolean stale2d;
    /**
     * The tab a surface switch opens (the surface's default view), selected once the new
     * surface's grid is drawn there: the old surface is never drawn again in the tab that opens,
     * and the switch costs one redraw of the centre instead of two or three. Null when none waits.
     */
    private Tab pendingTab;
    /**
     * Between a new catalog choice and its surface: the choice resets the colour and clip
     * settings first, and the grid shown is still the old surface's.
     */
    private boolean choiceAheadOfSurface;
    private boolean flipping;
    /** Opens the pending tab anyway if its grid does not come (a failed or very slow sampling). */
    private List<Arrow> inspectionArrows;
    private final PauseTransition flipAnyway = new PauseTransition(Duration.millis(1500));
    /**
     * {@code -Dsaddlepoint.pacedViewResults=false} swaps new meshes and heatmaps in as soon as they
     * are built, for comparison; by default they wait for an idle render thread (at most 250 ms).
     */
    static final String PACED_RESULTS_PROPERTY = "saddlepoint.pacedViewResults";
    /** Distance factor applied to the 3D view's default camera. */
    static final double CAMERA_ZOOM = 0.72;

    public CentreViews(LabModel model, I18n i18n, AppSettings settings, Listeners listeners, ReadOnlyObjectProperty<StepExplanation> explanation) {
        this.model = model;
        this.locale = i18n.locale();
        tab3d = new Tab(i18n.get("view.3d"), view3d);
        tab2d = new Tab(i18n.get("view.2d"), view2d);
        tab3d.setId("tab-3d");
        tab2d.setId("tab-2d");
        for (Tab t : new Tab[] {tab3d, tab2d}) t.setClosable(false);
        getTabs().addAll(tab3d, tab2d);
        setId("centre-views");
        view3d.setId("view3d");
        view2d.setId("view2d");
        view2d.setContourCount(18);
        if (!"false".equals(System.getProperty(PACED_RESULTS_PROPERTY))) {
            java.util.concurrent.Executor paced = new org.saddlepoint.ui.model.PacedFxExecutor(1);
            view3d.setResultExecutor(paced);
            view2d.setResultExecutor(paced);
        }
        frameCamera();
        listeners.bindAll(() -> view3d.setContours(settings.contoursProperty().get()), settings.contoursProperty());
        listeners.bindAll(() -> view3d.setWireframe(settings.wireframeProperty().get()), settings.wireframeProperty());
        listeners.bindAll(this::showGrid, model.gridProperty(), model.logHeightProperty(), model.colorMapProperty(),
                model.zClipLowProperty(), model.zClipHighProperty());
        this.explanation = explanation;
        tab2d.selectedProperty().addListener((o, a, selected) -> { if (selected) refresh2d(); });
        listeners.bindAll(this::showTrajectories, model.snapshotProperty());
        listeners.bindAll(() -> {
            view3d.setStep(model.playback().step());
            if (draws2d()) view2d.setStep(model.playback().step());
        }, model.playback().stepProperty());
        listeners.bindAll(() -> view2d.setStart(model.startXProperty().get(), model.startYProperty().get()),
                model.startXProperty(), model.startYProperty());
        listeners.bindAll(() -> { if (draws2d()) view2d.setArrows(arrowsShown()); }, explanation);
        listeners.onChange(model.choiceProperty(), (o, a, b) -> choiceAheadOfSurface = true);
        listeners.onChange(model.surfaceProperty(), (o, a, b) -> choiceAheadOfSurface = false);
        flipAnyway.setOnFinished(e -> openPendingTab());
        listeners.add(this::cancelPendingTab); // a window thrown away (new language or theme) opens no tab later
        getSelectionModel().selectedItemProperty().addListener((o, a, b) -> { if (!flipping) cancelPendingTab(); });
        listeners.bindAll(() -> {
            SurfaceChoice c = model.choice();
            if (c != null && model.catalog().contains(c)) {
                Tab target = "2d".equals(c.defaultView()) ? tab2d : tab3d;
                if (getSelectionModel().getSelectedItem() == target) {
                    cancelPendingTab();
                } else {
                    pendingTab = target;
                    flipAnyway.playFromStart();
                    GridPair g = model.gridProperty().get();
                    if (g != null && g.surface() == model.surfaceProperty().get()) drawForPendingTab(); // the grid came first (a synchronous model)
                }
            }
        }, model.choiceProperty());
        new AdaptiveMeshDetail(view3d, settings.meshDetailProperty(), settings.meshLoweredProperty(), model.playback(), tab3d::isSelected,
                d -> model.statusProperty().set(i18n.get("status.meshCoarse")), listeners);
        view2d.setOnPick(model::setStart);
        view2d.setOnStartDragged(model::setStart);
        view3d.setOnPick(model::setStart);
    }

    private ColorMap colorMap() {
        try {
            return ColorMap.valueOf(model.colorMapProperty().get());
        } catch (IllegalArgumentException e) {
            return ColorMap.VIRIDIS;
        }
    }

    /**
     * Sends the newest grids to the views. Both views build their meshes, heat map and contours
     * off the FX thread. The 2D view (and its per-step drawing) is only brought up to date while
     * its tab is showing, so playback and every 3D-only change stay fast.
     */
    private void showGrid() {
        GridPair g = model.gridProperty().get();
        if (g == null || choiceAheadOfSurface || isStale(g)) return;
        if (pendingTab != null && g.surface() == model.surfaceProperty().get()) {
            drawForPendingTab();
            return;
        }
        showGrid3d();
        stale2d = true;
        if (draws2d()) showGrid2d();
    }

    /**
     * Whether {@code g} was sampled from an older surface than the model's. A surface switch
     * resets the colour and clip settings before its grid is sampled; redrawing the old surface
     * under them would cost a full mesh build and a frame for a picture about to go.
     */
    private boolean isStale(GridPair g) {
        Surface now = model.surfaceProperty().get();
        return g.surface() != null && now != null && g.surface() != now;
    }

    /**
     * Draws the new surface's grid in the tab a switch opens, then opens it. Opening the 2D map
     * hides the 3D view before its mesh changes; opening the 3D view leaves the 2D map to be
     * brought up to date when it is shown again.
     */
    private void drawForPendingTab() {
        stale2d = true;
        if (pendingTab == tab2d) {
            showGrid2d().whenComplete((v, e) -> {
                GridPair now = model.gridProperty().get();
                if (e == null && now != null && view2d.model().grid() != now.grid2d()) return; // superseded: the newer request opens it
                if (pendingTab == tab2d) openPendingTab();
                showGrid3d();
            });
        } else {
            showGrid3d().whenComplete((v, e) -> {
                GridPair now = model.gridProperty().get();
                if (e == null && now != null && view3d.shownGrid() != now.grid3d()) return; // superseded
                if (pendingTab == tab3d) openPendingTab();
            });
        }
    }

    private CompletableFuture<Void> showGrid3d() {
        GridPair g = model.gridProperty().get();
        if (g == null) return CompletableFuture.completedFuture(null);
        return view3d.setGrid(g.grid3d(), colorMap(), model.logHeightProperty().get(), model.zClipLowProperty().get(), model.zClipHighProperty().get());
    }

    /**
     * Whether the 2D map is to be kept up to date now: it is showing and no surface switch is
     * about to leave it ({@link #refresh2d} brings it up to date when it is shown again).
     */
    private boolean draws2d() { return tab2d.isSelected() && pendingTab != tab3d; }

    private void openPendingTab() {
        Tab t = pendingTab;
        cancelPendingTab();
        if (t == null) return;
        flipping = true;
        try {
            getSelectionModel().select(t);
        } finally {
            flipping = false;
        }
    }

    private void cancelPendingTab() {
        pendingTab = null;
        flipAnyway.stop();
    }

    private CompletableFuture<Void> showGrid2d() {
        GridPair g = model.gridProperty().get();
        if (!stale2d || g == null) return CompletableFuture.completedFuture(null);
        stale2d = false;
        return view2d.setGridInBackground(g.grid2d(), colorMap(), model.logHeightProperty().get(), model.zClipLowProperty().get(), model.zClipHighProperty().get());
    }

    /** Brings the hidden-while-playing parts of the 2D view up to date when its tab is shown. */
    private void refresh2d() {
        view2d.model().setNotify(false);
        view2d.setTrajectories(styles());
        view2d.setStep(model.playback().step());
        view2d.setArrows(arrowsShown());
        view2d.model().setNotify(true);
        showGrid2d();
    }

    private List<TrajectoryStyle> styles() {
        Snapshot s = model.snapshot();
        List<TrajectoryStyle> styles = new ArrayList<>();
        for (int i = 0; i < s.trajectories().size(); i++) {
            Trajectory t = s.trajectories().get(i);
            styles.add(new TrajectoryStyle(t, s.entries().get(i).color(), s.entries().get(i).label(locale)));
        }
        return styles;
    }

    /**
     * Trajectories computed on another surface than the grid shown (a surface switch: they come
     * before the new grid) wait for that grid in the 3D view, which draws them with it: no tubes
     * scaled to the old surface for a moment, and one 3D redraw instead of two.
     */
    private void showTrajectories() {
        List<TrajectoryStyle> styles = styles();
        GridPair g = model.gridProperty().get();
        Surface runOn = model.snapshot().surface();
        if (g != null && runOn != null && g.surface() != runOn) {
            view3d.setTrajectoriesWithNextGrid(styles);
        } else {
            view3d.setTrajectories(styles);
        }
        view3d.setStep(model.playback().step());
        if (draws2d()) {
            view2d.model().setNotify(false);
            view2d.setTrajectories(styles);
            view2d.setStep(model.playback().step());
            view2d.model().setNotify(true);
        }
    }

    /**
     * Arrows that replace the explainer's on the 2D map (a curvature inspection's), or null for the
     * explainer's again. Drawn at once when the 2D map is shown, else when it is next shown: the
     * hidden map is not redrawn (it was, on every playback step, which cost a second frame per step).
     */
    public void setInspectionArrows(List<Arrow> arrows) {
        inspectionArrows = arrows == null ? null : List.copyOf(arrows);
        if (draws2d()) view2d.setArrows(arrowsShown());
    }

    private List<Arrow> arrowsShown() { return inspectionArrows != null ? inspectionArrows : arrows(explanation.get()); }

    private static List<Arrow> arrows(StepExplanation x) {
        List<Arrow> out = new ArrayList<>();
        if (x == null) return out;
        for (ExplainerArrow a : x.arrows()) out.add(new Arrow(a.x0(), a.y0(), a.dx(), a.dy(), a.color(), a.label()));
        return out;
    }

    /** Shows the 3D tab now (a surface switch's pending tab is dropped). */
    public void show3d() {
        cancelPendingTab();
        getSelectionModel().select(tab3d);
    }

    /** Shows the 2D tab now (a surface switch's pending tab is dropped). */
    public void show2d() {
        cancelPendingTab();
        getSelectionModel().select(tab2d);
    }

    /** The view's default camera, moved closer: the centre of this window is larger than the view's default size. */
    public void resetCamera() {
        view3d.resetCamera();
        frameCamera();
    }

    private void frameCamera() {
        view3d.setCamera(view3d.getCameraAzimuth(), view3d.getCameraElevation(), view3d.getCameraDistance() * CAMERA_ZOOM);
    }

    public Landscape3DView view3d() { return view3d; }

    public Landscape2DView view2d() { return view2d; }
}
