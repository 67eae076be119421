package org.saddlepoint.ui.compute;

import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.saddlepoint.ui.I18n;

/** Progress, ETA, a one-line status and a Cancel button for one map's background job. */
final class JobBar extends HBox {
    private final I18n i18n;
    private final ProgressBar progress = new ProgressBar(0);
    private final Label status = new Label();
    private final Button cancel;

    JobBar(I18n i18n, String idPrefix, Runnable onCancel) {
        super(8);
        this.i18n = i18n;
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(4, 8, 4, 8));
        cancel = new Button(i18n.get("maps.cancel"));
        cancel.setId(idPrefix + "-cancel");
        cancel.setDisable(true);
        cancel.setOnAction(e -> onCancel.run());
        cancel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // a long status line is cut, not the button
        progress.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        progress.setPrefWidth(200);
        progress.setVisible(false);
        status.setId(idPrefix + "-status");
        status.setMaxWidth(Double.MAX_VALUE);
        status.setMinWidth(0);
        HBox.setHgrow(status, Priority.ALWAYS);
        getChildren().addAll(progress, cancel, status);
    }

    void busy(boolean on) {
        progress.setVisible(on);
        cancel.setDisable(!on);
        if (on) progress.setProgress(0);
    }

    /** Shows the fraction done and the time left. */
    void progress(String what, double fraction, double etaSeconds) {
        progress.setProgress(fraction);
        String pct = String.format(Locale.ROOT, "%.0f %%", 100 * fraction);
        status.setText(Double.isFinite(etaSeconds) && fraction < 1 ? i18n.fmt("maps.progressEta", what, pct, eta(etaSeconds))
                : i18n.fmt("maps.progress", what, pct));
    }

    private static String eta(double s) {
        if (s < 1) return "< 1 s";
        if (s < 90) return String.format(Locale.ROOT, "%.0f s", s);
        return String.format(Locale.ROOT, "%.0f min", s / 60);
    }

    void text(String s) { status.setText(s); }

    String text() { return status.getText(); }

    Button cancelButton() { return cancel; }
}
