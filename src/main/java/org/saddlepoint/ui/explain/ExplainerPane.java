package org.saddlepoint.ui.explain;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import org.saddlepoint.optim.Trajectory;
import org.saddlepoint.surface.PointFunction;
import org.saddlepoint.surface.Surface;
import org.saddlepoint.ui.I18n;
import org.saddlepoint.ui.Listeners;
import org.saddlepoint.ui.model.LabModel;
import org.saddlepoint.ui.model.OptimizerEntry;

/**
 * The step explainer for the selected optimizer at the current step: the formula with live
 * numbers, the caption, and a legend of the arrow colours. It publishes the explanation so the
 * 2D view can draw the arrows.
 */
public final class ExplainerPane extends VBox {
    private final LabModel model;
    private final StepExplainer explainer;
    private final Label title = new Label();
    private final VBox formula = new VBox(2);
    private final Text caption = new Text();
    private final ReadOnlyObjectWrapper<StepExplanation> explanation = new ReadOnlyObjectWrapper<>(StepExplanation.NONE);
    private PointFunction evaluator;
    private Surface evaluatorOf;

    private final I18n i18n;

    public ExplainerPane(LabModel model, I18n i18n, Listeners listeners) {
        super(4);
        this.i18n = i18n;
        this.model = model;
        this.explainer = new StepExplainer(i18n);
        setId("explainer");
        getStyleClass().add("explainer");
        setPadding(new Insets(6, 10, 6, 10));
        title.getStyleClass().add("section-title");
        caption.wrappingWidthProperty().bind(widthProperty().subtract(24));
        setMinWidth(0);
        setMinHeight(0);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip); // a long caption is cut at the bottom, never drawn over the playback bar
        caption.setId("explainer-caption");
        caption.getStyleClass().add("caption");
        FlowPane legend = new FlowPane(10, 2, swatch(StepExplainer.GRADIENT, i18n.get("explain.legend.gradient")),
                swatch(StepExplainer.MOMENTUM, i18n.get("explain.legend.momentum")),
                swatch(StepExplainer.SCALED, i18n.get("explain.legend.scaled")),
                swatch(StepExplainer.UPDATE, i18n.get("explain.legend.update")));
        legend.getStyleClass().add("muted");
        getChildren().addAll(title, formula, caption, legend);
        listeners.bindAll(this::refresh, model.selectedProperty(), model.snapshotProperty(), model.playback().stepProperty());
    }

    private static Label swatch(java.awt.Color c, String text) {
        Rectangle r = new Rectangle(10, 10, javafx.scene.paint.Color.rgb(c.getRed(), c.getGreen(), c.getBlue()));
        Label l = new Label(text, r);
        l.getStyleClass().add("muted");
        return l;
    }

    private void refresh() {
        OptimizerEntry e = model.selectedProperty().get();
        Trajectory t = e == null ? null : model.snapshot().trajectoryOf(e).orElse(null);
        if (t == null) {
            title.setText("");
            formula.getChildren().clear();
            caption.setText("");
            explanation.set(StepExplanation.NONE);
            return;
        }
        StepExplanation x = explainer.explain(t, model.playback().step(), model.choice().domain(), evaluator());
        title.setText(e.label(i18n.locale()));
        java.awt.Color c = e.color();
        title.setTextFill(javafx.scene.paint.Color.rgb(c.getRed(), c.getGreen(), c.getBlue()));
        formula.getChildren().clear();
        for (String line : x.formula()) {
            Text l = new Text(line);
            l.getStyleClass().add("formula");
            l.wrappingWidthProperty().bind(widthProperty().subtract(24));
            formula.getChildren().add(l);
        }
        caption.setText(x.caption());
        explanation.set(x);
    }

    private PointFunction evaluator() {
        Surface s = model.surfaceProperty().get();
        if (s == null) return null;
        if (s != evaluatorOf) {
            evaluator = s.newEvaluator();
            evaluatorOf = s;
        }
        return evaluator;
    }

    public ReadOnlyObjectProperty<StepExplanation> explanationProperty() { return explanation.getReadOnlyProperty(); }

    public String captionText() { return caption.getText(); }
}
