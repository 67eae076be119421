package org.saddlepoint.ui.curvature;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.saddlepoint.analysis.CriticalPoint;
import org.saddlepoint.analysis.CriticalPointFinder;
import org.saddlepoint.analysis.CriticalType;
import org.saddlepoint.analysis.Curvature;
import org.saddlepoint.analysis.SaddleEscape;
import org.saddlepoint.render.MarkedPoint;
import org.saddlepoint.surface.Domain;
import org.saddlepoint.surface.Surface;
import org.saddlepoint.ui.CentreViews;
import org.saddlepoint.ui.I18n;
import org.saddlepoint.ui.Listeners;
import org.saddlepoint.ui.model.LabModel;

/**
 * "Curvature": while <em>Inspect curvature</em> is on, a click in the 2D or 3D view inspects
 * θ' instead of moving the start: value, gradient, Hessian, eigenpairs and type, the eigenvector
 * and gradient arrows ({@link CurvatureArrows}) in 2D, the translucent quadratic patch in 3D,
 * and at a saddle a step Δ = s·u₁ along the escape direction with the predicted ½λ₁‖Δ‖² beside
 * the actual change. <em>Find critical points</em> runs {@link CriticalPointSearch} and marks,
 * colours and lists the points; clicking one inspects it. Everything is dropped when the surface changes.
 */
public final class CurvaturePanel extends TitledPane {
    private static final Executor WORKER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "critical-points");
        t.setDaemon(true);
        return t;
    });
    /** Arrow length and patch half-side as fractions of the domain's larger side. */
    static final double ARROW_FRACTION = 0.12, PATCH_FRACTION = 0.12;

    private final LabModel model;
    private final I18n i18n;
    private final CentreViews views;
    private final CriticalPointSearch search;
    private final ToggleButton inspect;
    private final Button find, cancel, escapeButton;
    private final ProgressBar progress = new ProgressBar(0);
    private final Label point = value("curv-point"), valueLabel = value("curv-value"), gradient = value("curv-gradient"),
            hessian = value("curv-hessian"), eig1 = value("curv-eig1"), eig2 = value("curv-eig2"), type = value("curv-type"),
            escapeResult = value("curv-escape");
    private final TextField stepField = new TextField("0.3");
    private final ObservableList<CriticalPoint> points = FXCollections.observableArrayList();
    private final ListView<CriticalPoint> list = new ListView<>(points);
    private Curvature inspected;
    private SaddleEscape escape;

    public CurvaturePanel(LabModel model, I18n i18n, CentreViews views, Listeners listeners) {
        this(model, i18n, views, listeners, WORKER, Platform::runLater);
    }

    /** With the executors the search runs on and reports through (tests pass same-thread ones). */
    public CurvaturePanel(LabModel model, I18n i18n, CentreViews views, Listeners listeners, Executor worker, Executor uiThread) {
        this.model = model;
        this.i18n = i18n;
        this.views = views;
        this.search = new CriticalPointSearch(CriticalPointFinder.defaults(), worker, uiThread);
        setText(i18n.get("curv.title"));
        setId("curvature-pane");
        inspect = new ToggleButton(i18n.get("curv.inspect"));
        inspect.setId("inspect-toggle");
        inspect.setTooltip(new Tooltip(i18n.get("curv.inspect.tip")));
        find = new Button(i18n.get("curv.find"));
        find.setId("find-critical");
        find.setOnAction(e -> findCriticalPoints());
        cancel = new Button("✕");
        cancel.setId("cancel-critical");
        cancel.setTooltip(new Tooltip(i18n.get("curv.cancel")));
        cancel.setOnAction(e -> cancelSearch());
        cancel.setDisable(true);
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.setVisible(false);
        HBox.setHgrow(progress, Priority.ALWAYS);
        javafx.scene.layout.FlowPane buttons = new javafx.scene.layout.FlowPane(6, 4, inspect, find);
        HBox busy = new HBox(6, progress, cancel);
        busy.visibleProperty().bind(progress.visibleProperty());
        busy.managedProperty().bind(progress.visibleProperty());

        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(2);
        String[] keys = {"curv.point", "curv.value", "curv.gradient", "curv.hessian", "curv.lambda1", "curv.lambda2", "curv.type"};
        Label[] values = {point, valueLabel, gradient, hessian, eig1, eig2, type};
        for (int i = 0; i < keys.length; i++) {
            Label k = new Label(i18n.get(keys[i]));
            k.getStyleClass().add("field-label");
            k.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            values[i].setWrapText(true);
            values[i].setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            grid.addRow(i, k, values[i]);
        }
        escapeButton = new Button(i18n.get("curv.escape"));
        escapeButton.setId("escape-step");
        escapeButton.setOnAction(e -> escape());
        stepField.setId("escape-s");
        stepField.setPrefColumnCount(4);
        Label s = new Label("s =");
        s.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox sBox = new HBox(4, s, stepField);
        sBox.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        javafx.scene.layout.FlowPane escapeRow = new javafx.scene.layout.FlowPane(6, 4, escapeButton, sBox);
        escapeRow.visibleProperty().bind(escapeButton.disableProperty().not());
        escapeRow.managedProperty().bind(escapeRow.visibleProperty());
        escapeButton.setDisable(true);
        escapeResult.setWrapText(true);

        list.setId("critical-list");
        list.setPrefHeight(120);
        list.setCellFactory(v -> new ListCell<>() {
            @Override protected void updateItem(CriticalPoint p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : describe(p));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, p) -> {
            if (p != null) inspect(p.x(), p.y());
        });
        Label hint = new Label(i18n.get("curv.hint"));
        hint.setWrapText(true);
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        escapeResult.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints valueColumn = new javafx.scene.layout.ColumnConstraints();
        valueColumn.setHgrow(Priority.ALWAYS);
        valueColumn.setFillWidth(true);
        grid.getColumnConstraints().setAll(new javafx.scene.layout.ColumnConstraints(), valueColumn);
        hint.getStyleClass().add("hint");
        VBox box = new VBox(6, buttons, busy, hint, grid, escapeRow, escapeResult, list);
        box.setPadding(new Insets(6));
        setContent(box);
        setExpanded(true);
        setPrefWidth(290);
        setMaxWidth(Double.MAX_VALUE);
        box.setMinWidth(0);
        box.setPrefWidth(290);

        views.view2d().setOnPick((x, y) -> { if (inspect.isSelected()) inspect(x, y); else model.setStart(x, y); });
        views.view3d().setOnPick((x, y) -> { if (inspect.isSelected()) inspect(x, y); else model.setStart(x, y); });
        listeners.onInvalidate(model.surfaceProperty(), o -> clear());
        clear();
    }

    private static Label value(String id) {
        Label l = new Label("–");
        l.setId(id);
        return l;
    }

    private String describe(CriticalPoint p) {
        return CurvatureText.typeName(p.type(), i18n) + "  " + CurvatureText.point(p.curvature()) + "  L = " + CurvatureText.num(p.value());
    }

    private Domain domain() { return model.choice().domain(); }

    private double size() { return Math.max(domain().width(), domain().height()); }

    /** Inspects θ' = (x, y) on the current surface. */
    public void inspect(double x, double y) {
        Surface s = model.surfaceProperty().get();
        if (s == null) return;
        try {
            inspected = Curvature.at(s.newEvaluator(), x, y);
        } catch (RuntimeException e) {
            model.statusProperty().set(e.getMessage());
            return;
        }
        escape = null;
        Curvature c = inspected;
        point.setText(CurvatureText.point(c));
        valueLabel.setText(CurvatureText.num(c.value()));
        gradient.setText(CurvatureText.gradient(c));
        hessian.setText(CurvatureText.hessian(c));
        eig1.setText(CurvatureText.eigen1(c));
        eig2.setText(CurvatureText.eigen2(c));
        type.setText(CurvatureText.type(c, i18n));
        escapeButton.setDisable(!(c.lambda1() < 0));
        escapeResult.setText("");
        // against v₁ by default, so Δ and the λ₁ arrow do not overlap (½λ₁s² is the same either way)
        stepField.setText(CurvatureText.num(-0.1 * size()).replace('−', '-'));
        refresh();
    }

    /** Takes Δ = s·u₁ from the inspected point (s from the field) and shows predicted vs actual change. */
    public void escape() {
        if (inspected == null || !(inspected.lambda1() < 0)) return;
        double s;
        try {
            s = Double.parseDouble(stepField.getText().trim().replace('−', '-'));
        } catch (NumberFormatException e) {
            escapeResult.setText(i18n.fmt("curv.badStep", stepField.getText()));
            return;
        }
        escape = SaddleEscape.step(model.surfaceProperty().get().newEvaluator(), inspected, s);
        escapeResult.setText(CurvatureText.escape(escape, i18n));
        refresh();
    }

    /** Starts the critical point search on the current surface and domain. */
    public void findCriticalPoints() {
        Surface s = model.surfaceProperty().get();
        if (s == null) return;
        points.clear();
        progress.setProgress(0);
        progress.setVisible(true);
        cancel.setDisable(false);
        model.statusProperty().set(i18n.get("curv.searching"));
        search.submit(s, domain(), progress::setProgress, found -> {
            busy(false);
            points.setAll(found);
            long min = found.stream().filter(p -> p.type() == CriticalType.MINIMUM).count();
            long max = found.stream().filter(p -> p.type() == CriticalType.MAXIMUM).count();
            long sad = found.stream().filter(p -> p.type() == CriticalType.SADDLE).count();
            model.statusProperty().set(i18n.fmt("curv.found", found.size(), min, sad, max));
            refresh();
        }, msg -> {
            busy(false);
            model.statusProperty().set(msg);
        });
    }

    public void cancelSearch() {
        search.cancel();
        busy(false);
        model.statusProperty().set(i18n.get("curv.cancelled"));
    }

    private void busy(boolean on) {
        progress.setVisible(on);
        cancel.setDisable(!on);
    }

    private void clear() {
        search.cancel();
        busy(false);
        inspected = null;
        escape = null;
        points.clear();
        for (Label l : new Label[] {point, valueLabel, gradient, hessian, eig1, eig2, type}) l.setText("–");
        escapeResult.setText("");
        escapeButton.setDisable(true);
        refresh();
    }

    private void refresh() {
        showArrows();
        List<MarkedPoint> marks = new ArrayList<>();
        for (CriticalPoint p : points) marks.add(new MarkedPoint(p.x(), p.y(), kind(p.type()), CurvatureText.typeName(p.type(), i18n)));
        views.view2d().setMarkedPoints(marks);
        List<CriticalPoint> shown = List.copyOf(points);
        Curvature c = inspected;
        double r = PATCH_FRACTION * size();
        views.view3d().setOverlay(shown.isEmpty() && c == null ? null : box -> Curvature3D.overlay(shown, c, r, box));
    }

    /** An inspected point's curvature arrows replace the explainer's on the 2D map; without one, the explainer's show. */
    private void showArrows() {
        views.setInspectionArrows(inspected == null ? null : CurvatureArrows.of(inspected, ARROW_FRACTION * size(), escape));
    }

    static MarkedPoint.Kind kind(CriticalType t) {
        return switch (t) {
            case MINIMUM -> MarkedPoint.Kind.MINIMUM;
            case MAXIMUM -> MarkedPoint.Kind.MAXIMUM;
            case SADDLE -> MarkedPoint.Kind.SADDLE;
            case DEGENERATE -> MarkedPoint.Kind.OTHER;
        };
    }

    /** Lays this panel out under {@code above} (which keeps the spare height). */
    public Node under(Node above) {
        VBox box = new VBox(above, this);
        VBox.setVgrow(above, Priority.ALWAYS);
        return box;
    }

    public Curvature inspected() { return inspected; }

    public SaddleEscape lastEscape() { return escape; }

    public ObservableList<CriticalPoint> criticalPoints() { return points; }

    public ToggleButton inspectToggle() { return inspect; }
}
