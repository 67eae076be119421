package org.saddlepoint.ui.panel;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.saddlepoint.ui.I18n;
import org.saddlepoint.ui.Listeners;
import org.saddlepoint.ui.model.Playback;

/** Play/pause, step back/forward, a scrub slider over the steps, speed 0.25×…16× and loop. */
public final class PlaybackBar extends HBox {
    private final Slider scrub = new Slider(0, 1, 0);
    private final Label stepLabel = new Label();
    private boolean updating;

    public PlaybackBar(Playback playback, I18n i18n, Listeners listeners) {
        super(6);
        Button home = button("⇤", i18n.get("play.home") + " (Home)", playback::home);
        Button back = button("‹", i18n.get("play.back") + " (←)", playback::stepBack);
        back.setId("step-back");
        Button play = button("▶", i18n.get("play.play") + " (Space)", playback::togglePlay);
        play.setId("play");
        Button forward = button("›", i18n.get("play.forward") + " (→)", playback::stepForward);
        forward.setId("step-forward");
        Button end = button("⇥", i18n.get("play.end") + " (End)", playback::end);
        scrub.setId("scrub");
        scrub.setFocusTraversable(false);
        HBox.setHgrow(scrub, Priority.ALWAYS);
        ComboBox<Double> speed = new ComboBox<>();
        for (double s : Playback.SPEEDS) speed.getItems().add(s);
        speed.setConverter(new javafx.util.StringConverter<>() {
            @Override public String toString(Double d) { return d == null ? "" : LogSlider.format(d) + "×"; }

            @Override public Double fromString(String s) { return Double.valueOf(s.replace("×", "")); }
        });
        speed.setValue(playback.speedProperty().get());
        speed.valueProperty().addListener((o, a, v) -> { if (v != null) playback.speedProperty().set(v); });
        speed.setFocusTraversable(false);
        speed.setTooltip(new Tooltip(i18n.get("play.speed")));
        CheckBox loop = new CheckBox(i18n.get("play.loop"));
        loop.setFocusTraversable(false);
        loop.selectedProperty().bindBidirectional(playback.loopProperty());
        listeners.add(() -> loop.selectedProperty().unbindBidirectional(playback.loopProperty()));
        stepLabel.setMinWidth(140);
        stepLabel.setId("step-label");
        getChildren().addAll(home, back, play, forward, end, scrub, stepLabel, speed, loop);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(4, 10, 4, 10));
        getStyleClass().add("playback-bar");

        scrub.valueProperty().addListener((o, a, v) -> { if (!updating) playback.stepProperty().set((int) Math.round(v.doubleValue())); });
        listeners.bindAll(() -> {
            updating = true;
            scrub.setMax(Math.max(1, playback.maxStepProperty().get()));
            scrub.setValue(playback.step());
            updating = false;
            stepLabel.setText(i18n.fmt("play.step", playback.step(), playback.maxStepProperty().get()));
        }, playback.stepProperty(), playback.maxStepProperty());
        listeners.bindAll(() -> play.setText(playback.playingProperty().get() ? "❚❚" : "▶"), playback.playingProperty());
    }

    private static Button button(String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false);
        b.getStyleClass().add("play-button");
        return b;
    }

    public Slider scrub() { return scrub; }
}
