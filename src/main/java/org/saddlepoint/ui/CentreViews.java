package org.saddlepoint.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
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
            if (tab2d.isSelected()) view2d.setStep(model.playback().step());
        }, model.playback().stepProperty());
        listeners.bindAll(() -> view2d.setStart(model.startXProperty().get(), model.startYProperty().get()),
                model.startXProperty(), model.startYProperty());
        listeners.bindAll(() -> { if (tab2d.isSelected()) view2d.setArrows(arrows(explanation.get())); }, explanation);
        listeners.bindAll(() -> {
            SurfaceChoice c = model.choice();
            if (c != null && model.catalog().contains(c)) {
                if ("2d".equals(c.defaultView())) show2d();
                else show3d();
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
        if (g == null) return;
        boolean log = model.logHeightProperty().get();
        double lo = model.zClipLowProperty().get(), hi = model.zClipHighProperty().get();
        view3d.setGrid(g.grid3d(), colorMap(), log, lo, hi);
        stale2d = true;
        if (tab2d.isSelected()) showGrid2d();
    }

    private void showGrid2d() {
        GridPair g = model.gridProperty().get();
        if (!stale2d || g == null) return;
        stale2d = false;
        view2d.setGridInBackground(g.grid2d(), colorMap(), model.logHeightProperty().get(), model.zClipLowProperty().get(), model.zClipHighProperty().get());
    }

    /** Brings the hidden-while-playing parts of the 2D view up to date when its tab is shown. */
    private void refresh2d() {
        view2d.model().setNotify(false);
        view2d.setTrajectories(styles());
        view2d.setStep(model.playback().step());
        view2d.setArrows(arrows(explanation.get()));
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
        if (tab2d.isSelected()) {
            view2d.model().setNotify(false);
            view2d.setTrajectories(styles);
            view2d.setStep(model.playback().step());
            view2d.model().setNotify(true);
        }
    }

    private static List<Arrow> arrows(StepExplanation x) {
        List<Arrow> out = new ArrayList<>();
        if (x == null) return out;
        for (ExplainerArrow a : x.arrows()) out.add(new Arrow(a.x0(), a.y0(), a.dx(), a.dy(), a.color(), a.label()));
        return out;
    }

    public void show3d() { getSelectionModel().select(tab3d); }

    public void show2d() { getSelectionModel().select(tab2d); }

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
