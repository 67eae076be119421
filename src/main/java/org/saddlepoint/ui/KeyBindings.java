package org.saddlepoint.ui;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.saddlepoint.ui.model.Playback;

/**
 * Playback keys on the whole scene, also in presentation mode: Space play/pause, ←/→ one step,
 * Home/End first/last step, F5 presentation mode, Esc leaves it. Keys typed into a text field
 * stay with the field.
 */
public final class KeyBindings {
    private KeyBindings() { }

    /**
     * Installs the keys on {@code scene}. F5 and Esc rebuild the window, so they pass through
     * {@code gate}: one switch per press, none while the key auto-repeats or right after a switch.
     */
    public static void install(Scene scene, Playback playback, AppActions actions, AppSettings settings, ModeSwitchGate gate) {
        scene.addEventFilter(KeyEvent.KEY_RELEASED, e -> {
            if (e.getCode() == KeyCode.F5 || e.getCode() == KeyCode.ESCAPE) gate.keyReleased();
        });
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            Node focus = scene.getFocusOwner();
            boolean typing = focus instanceof TextInputControl;
            switch (e.getCode()) {
                case F5 -> {
                    if (gate.keyPressed()) actions.togglePresentation();
                }
                case ESCAPE -> {
                    if (!settings.presentationProperty().get()) return;
                    if (gate.keyPressed()) actions.togglePresentation();
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
