package org.saddlepoint.ui;

import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * Short notices in the lower right corner of the views: a title, one line of text and a close
 * button; each goes after a few seconds, and at most {@value #MAX_SHOWN} are shown (the oldest
 * goes first).
 *
 * <p>They are nodes of the window's own scene, not pop-up windows, and they appear and go
 * without animation. A pop-up window is a scene of its own, and JavaFX makes every pulse in
 * which any scene changed wait until the previous frame of every window is drawn: while a
 * ControlsFX notification faded in over a surface switch, each of its animation frames held the
 * FX thread until the new 3D surface was drawn (up to 370 ms under software GL). A notice shown
 * here is drawn in the same frame as the change that caused it.
 */
public final class NoticeToasts extends VBox {
    /** The id the window's corner is found by ({@link #of}). */
    public static final String ID = "notices";
    static final int MAX_SHOWN = 3;

    /** How a notice is marked: a warning (amber) or an error (red). */
    public enum Kind { WARNING, ERROR }

    private final String closeText;

    /** @param closeText the close button's accessible text and tooltip, in the window's language */
    public NoticeToasts(String closeText) {
        this.closeText = closeText;
        setId(ID);
        getStyleClass().add("notices");
        setPickOnBounds(false);
        setAlignment(Pos.BOTTOM_RIGHT);
        setFillWidth(false);
        setSpacing(6);
        setPadding(new Insets(10));
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
    }

    /** The notice corner of {@code node}'s window, or null when it has none (or no scene). */
    public static NoticeToasts of(Node node) {
        Scene scene = node == null ? null : node.getScene();
        return scene != null && scene.lookup("#" + ID) instanceof NoticeToasts t ? t : null;
    }

    /**
     * Shows a notice in {@code owner}'s window, if it has a notice corner and is showing; returns
     * whether it was shown.
     */
    public static boolean tell(Node owner, Kind kind, String title, String text, Duration after) {
        NoticeToasts t = of(owner);
        if (t == null || t.getScene().getWindow() == null || !t.getScene().getWindow().isShowing()) return false;
        t.show(kind, title, text, after);
        return true;
    }

    /** Adds a notice at the bottom (the newest is lowest); it is removed after {@code after} or on its close button. */
    public Node show(Kind kind, String title, String text, Duration after) {
        Label head = new Label(title);
        head.getStyleClass().add("notice-title");
        Label body = new Label(text);
        body.getStyleClass().add("notice-text");
        body.setWrapText(true);
        body.setMaxWidth(360);
        Button close = new Button("×");
        close.getStyleClass().add("notice-close");
        close.setAccessibleText(closeText);
        close.setTooltip(new javafx.scene.control.Tooltip(closeText));
        close.setFocusTraversable(false);
        BorderPane card = new BorderPane();
        card.getStyleClass().addAll("notice", kind == Kind.ERROR ? "notice-error" : "notice-warning");
        card.setCenter(new VBox(2, head, body));
        card.setRight(close);
        BorderPane.setAlignment(close, Pos.TOP_RIGHT);
        card.setMaxWidth(420);
        PauseTransition timer = new PauseTransition(after);
        timer.setOnFinished(e -> getChildren().remove(card));
        close.setOnAction(e -> {
            timer.stop();
            getChildren().remove(card);
        });
        while (getChildren().size() >= MAX_SHOWN) getChildren().remove(0);
        getChildren().add(card);
        timer.play();
        return card;
    }

    /** The notices shown, oldest first. */
    public int shown() { return getChildren().size(); }
}
