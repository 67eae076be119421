package org.saddlepoint.ui.panel;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.saddlepoint.expr.ExprException;
import org.saddlepoint.ui.I18n;
import org.saddlepoint.ui.Listeners;
import org.saddlepoint.ui.model.LabModel;

/**
 * The custom expression editor: every keystroke is parsed; a fault shows the parser's message
 * ({@code 1:COL: reason}) and the source with the faulty column marked, while the text stays
 * as typed and the last good surface stays on screen.
 */
public final class ExpressionEditor extends VBox {
    private final TextField field = new TextField();
    private final Label message = new Label();
    private final TextFlow marked = new TextFlow();
    private boolean updating;

    public ExpressionEditor(LabModel model, I18n i18n, Listeners listeners) {
        super(4);
        field.setId("expression-field");
        field.setPromptText(i18n.get("surface.expressionPrompt"));
        field.getStyleClass().add("mono");
        message.setId("expression-error");
        message.getStyleClass().add("error-text");
        message.setWrapText(true);
        marked.getStyleClass().add("error-marked");
        getChildren().addAll(new Label(i18n.get("surface.expression")), field, message, marked);
        field.textProperty().addListener((o, a, text) -> {
            if (!updating) model.editExpression(text, i18n.get("surface.custom"), i18n.get("surface.custom"));
        });
        listeners.bindAll(() -> {
            if (!field.getText().equals(model.customTextProperty().get())) {
                updating = true;
                field.setText(model.customTextProperty().get());
                updating = false;
            }
        }, model.customTextProperty());
        listeners.bindAll(() -> showError(model.customErrorProperty().get()), model.customErrorProperty());
    }

    private void showError(ExprException e) {
        boolean bad = e != null;
        message.setVisible(bad);
        message.setManaged(bad);
        marked.setVisible(bad);
        marked.setManaged(bad);
        if (bad) {
            if (!field.getStyleClass().contains("invalid")) field.getStyleClass().add("invalid");
        } else {
            field.getStyleClass().remove("invalid");
        }
        if (!bad) return;
        message.setText(e.getMessage());
        String src = e.source();
        int col = Math.max(1, Math.min(e.column(), src.length() + 1)) - 1;
        Text before = new Text(src.substring(0, col));
        Text at = new Text(col < src.length() ? src.substring(col, col + 1) : " ");
        Text after = new Text(col < src.length() ? src.substring(col + 1) : "");
        at.getStyleClass().add("error-column");
        at.setUnderline(true);
        for (Text t : new Text[] {before, at, after}) t.getStyleClass().add("mono-text");
        marked.getChildren().setAll(before, at, after);
    }

    public TextField field() { return field; }

    public Label message() { return message; }
}
