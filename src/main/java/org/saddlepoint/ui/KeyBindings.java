package org.saddlepoint.ui;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;
import org.saddlepoint.ui.model.Playback;

/**
 * Playback keys on the whole scene, also in presentation mode: Space play/pause, ←/→ one step,
 * Home/End first/last step, F5 presentation mode, Esc leaves it. Keys typed into a text field
 * stay with the field.
 */
public final class KeyBindings {
    private KeyBindings() { }

    public static void install(Scene scene, Playback playback, AppActions actions, AppSettings settings) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            Node focus = scene.getFocusOwner();
            boolean typing = focus instanceof TextInputControl;
            switch (e.getCode()) {
                case F5 -> actions.togglePresentation();
                case ESCAPE -> {
                    if (!settings.presentationProperty().get()) return;
                    actions.togglePresentation();
                }
                case SPACE -> {
                    if (typing) return;
                    playback.togglePlay();
                }
                case RIGHT -> {
                    if (typing) return;
                    playback.stepForward();
                }
                case LEFT -> {
                    if (typing) return;
                    playback.stepBack();
                }
                case HOME -> {
                    if (typing) return;
                    playback.home();
                }
                case END -> {
                    if (typing) return;
                    playback.end();
                }
                default -> {
                    return;
                }
            }
            e.consume();
        });
    }
}
