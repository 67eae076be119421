package org.saddlepoint.ui.network;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.saddlepoint.nn.Sharpness;
import org.saddlepoint.render.ColorMap;
import org.saddlepoint.render.TrajectoryStyle;
import org.saddlepoint.ui.I18n;
import org.saddlepoint.ui.curvature.CurvatureText;
import org.saddlepoint.ui.view2d.Landscape2DView;
import org.saddlepoint.ui.view3d.Landscape3DView;

/**
 * Two network landscapes side by side (2D and 3D tabs), each titled with its loss at θ* and
 * captioned with its sharpness (λ_max, loss rise at a fixed radius), a summary line (the
 * generalization gap) and a "shared colour scale" switch: on, both views use the same window
 * {@link NetworkComparison#sharedWindow()}, so equal colours and heights mean equal losses.
 */
public final class ComparisonPane extends BorderPane {
    private static final java.awt.Color PATH_COLOR = new java.awt.Color(0xE6, 0x9F, 0x00);
    private final I18n i18n;
    private final Landscape2DView[] views2d = {new Landscape2DView(), new Landscape2DView()};
    private final Landscape3DView[] views3d = {new Landscape3DView(), new Landscape3DView()};
    private final Label[] titles = {new Label(), new Label()}, captions = {new Label(), new Label()};
    private final Label summary = new Label();
    private final CheckBox shared;
    private final TabPane tabs;
    private NetworkComparison shown;

    public ComparisonPane(I18n i18n) {
        this.i18n = i18n;
        setId("network-compare");
        String[] side = {"left", "right"};
        GridPane grid2d = new GridPane(), grid3d = new GridPane();
        for (int i = 0; i < 2; i++) {
            views2d[i].setId("compare-view2d-" + side[i]);
            views2d[i].setContourCount(16);
            views2d[i].setAxisLabels("α (d₁)", "β (d₂)");
            views2d[i].setPrefSize(420, 420);
            views3d[i].setId("compare-view3d-" + side[i]);
            views3d[i].setPrefSize(420, 420);
            views3d[i].setCamera(views3d[i].getCameraAzimuth(), views3d[i].getCameraElevation(), views3d[i].getCameraDistance() * 0.8);
            titles[i].setId("compare-title-" + side[i]);
            titles[i].setStyle("-fx-font-weight: bold;");
            captions[i].setId("compare-caption-" + side[i]);
            for (Label l : new Label[] {titles[i], captions[i]}) {
                l.setWrapText(true);
                l.setMaxWidth(Double.MAX_VALUE);
            }
            grid2d.add(views2d[i], i, 0);
            grid3d.add(views3d[i], i, 0);
            for (GridPane g : new GridPane[] {grid2d, grid3d}) {
                javafx.scene.layout.ColumnConstraints c = new javafx.scene.layout.ColumnConstraints();
                c.setPercentWidth(50);
                c.setHgrow(Priority.ALWAYS);
                g.getColumnConstraints().add(c);
            }
            GridPane.setHgrow(views2d[i], Priority.ALWAYS);
            GridPane.setVgrow(views2d[i], Priority.ALWAYS);
            GridPane.setHgrow(views3d[i], Priority.ALWAYS);
            GridPane.setVgrow(views3d[i], Priority.ALWAYS);
        }
        for (GridPane g : new GridPane[] {grid2d, grid3d}) g.setHgap(8);
        Tab t2 = new Tab(i18n.get("view.2d"), grid2d), t3 = new Tab(i18n.get("view.3d"), grid3d);
        t2.setClosable(false);
        t3.setClosable(false);
        tabs = new TabPane(t2, t3);
        tabs.setId("compare-tabs");
        GridPane heads = columns(titles[0], titles[1]), feet = columns(captions[0], captions[1]);
        // the 2D charts carry their titles; the 3D views need the labels above them
        heads.visibleProperty().bind(tabs.getSelectionModel().selectedItemProperty().isEqualTo(t3));
        heads.managedProperty().bind(heads.visibleProperty());
        shared = new CheckBox(i18n.get("net.compare.shared"));
        shared.setId("compare-shared-scale");
        shared.selectedProperty().addListener((o, a, b) -> applyGrids());
        summary.setId("compare-summary");
        summary.setWrapText(true);
        summary.setMaxWidth(Double.MAX_VALUE);
        setTop(heads);
        setCenter(tabs);
        VBox bottom = new VBox(4, feet, shared, summary);
        bottom.setPadding(new Insets(4, 8, 4, 8));
        setBottom(bottom);
        heads.setPadding(new Insets(4, 8, 0, 8));
    }

    private static GridPane columns(Label a, Label b) {
        GridPane g = new GridPane();
        g.setHgap(8);
        for (int i = 0; i < 2; i++) {
            javafx.scene.layout.ColumnConstraints c = new javafx.scene.layout.ColumnConstraints();
            c.setPercentWidth(50);
            g.getColumnConstraints().add(c);
        }
        g.add(a, 0, 0);
        g.add(b, 1, 0);
        return g;
    }

    /** Sets the shared-scale switch to the mode's default (the same loss: on; MSE vs CE: off). */
    public void prepare(ComparisonMode mode) { shared.setSelected(mode.sharedScaleByDefault()); }

    /** Shows a finished comparison (FX thread). */
    public void show(NetworkComparison c) {
        shown = c;
        NetworkComparison.Side[] sides = {c.left(), c.right()};
        for (int i = 0; i < 2; i++) {
            NetworkComparison.Side s = sides[i];
            titles[i].setText(title(c.mode(), s));
            views2d[i].model().setTitle(titles[i].getText());
            captions[i].setText(caption(c.mode(), s));
            TrajectoryStyle path = new TrajectoryStyle(s.path(), PATH_COLOR, i18n.get("net.path"));
            views2d[i].setTrajectories(List.of(path));
            views3d[i].setTrajectories(List.of(path));
            views2d[i].setStep(Integer.MAX_VALUE);
            views3d[i].setStep(Integer.MAX_VALUE);
        }
        applyGrids();
    }

    private void applyGrids() {
        if (shown == null) return;
        double[] w = shared.isSelected() ? shown.sharedWindow() : null;
        double lo = w == null ? Double.NaN : w[0], hi = w == null ? Double.NaN : w[1];
        NetworkComparison.Side[] sides = {shown.left(), shown.right()};
        for (int i = 0; i < 2; i++) {
            views2d[i].setGrid(sides[i].grid(), ColorMap.VIRIDIS, true, lo, hi);
            views3d[i].setGrid(sides[i].grid(), ColorMap.VIRIDIS, true, lo, hi);
        }
        summary.setText(summaryText(shown, w));
    }

    String title(ComparisonMode mode, NetworkComparison.Side s) {
        String name = i18n.get("net.compare.side." + s.kind());
        String key = mode == ComparisonMode.MSE_VS_CE ? "net.compare.titleFinal" : "net.compare.titleAt";
        return i18n.fmt(key, name, CurvatureText.num(s.loss()));
    }

    String caption(ComparisonMode mode, NetworkComparison.Side s) {
        Sharpness sh = s.sharpness();
        String lambda = Double.isNaN(sh.lambdaMax()) ? "—" : CurvatureText.num(sh.lambdaMax());
        String line = i18n.fmt("net.compare.sharpness", lambda, CurvatureText.num(sh.radius()), CurvatureText.num(sh.rise()));
        if (mode == ComparisonMode.MSE_VS_CE) {
            line += "\n" + i18n.fmt("net.compare.run", CurvatureText.num(s.run().testLoss()), CurvatureText.num(s.gap()),
                    pct(s.run().trainAccuracy()), pct(s.run().testAccuracy()));
        }
        return line;
    }

    private String summaryText(NetworkComparison c, double[] window) {
        String scale = window == null
                ? i18n.get(shared.isSelected() ? "net.compare.noOverlap" : "net.compare.ownScales")
                : i18n.fmt("net.compare.window", CurvatureText.num(window[0]), CurvatureText.num(window[1]));
        String head = c.mode() == ComparisonMode.TRAIN_VS_TEST
                ? i18n.fmt("net.compare.gap", CurvatureText.num(c.gap()))
                : i18n.get("net.compare.lossesNote");
        return head + "\n" + scale;
    }

    private static String pct(double v) { return String.format(java.util.Locale.ROOT, "%.1f %%", 100 * v); }

    public NetworkComparison comparison() { return shown; }

    /** Selects the 2D (false) or 3D (true) pair. */
    public void show3d(boolean on) { tabs.getSelectionModel().select(on ? 1 : 0); }

    public Landscape2DView view2d(int side) { return views2d[side]; }

    public Landscape3DView view3d(int side) { return views3d[side]; }

    public Label title(int side) { return titles[side]; }

    public Label caption(int side) { return captions[side]; }

    public Label summary() { return summary; }

    public CheckBox sharedScale() { return shared; }
}
