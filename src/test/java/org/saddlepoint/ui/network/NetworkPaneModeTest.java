package org.saddlepoint.ui.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.saddlepoint.ui.I18n;
import org.saddlepoint.ui.RequiresDisplay;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The side-by-side mode with a worker that runs only when the test says so (a slow background job). */
@ExtendWith({RequiresDisplay.class, ApplicationExtension.class})
class NetworkPaneModeTest {
    private final List<Runnable> queue = new ArrayList<>();
    private NetworkPane pane;

    @Start void start(Stage stage) {
        pane = new NetworkPane(new I18n(I18n.ENGLISH), queue::add, Runnable::run);
        stage.setScene(new Scene(new TabPane(pane.tab()), 1300, 800));
        stage.show();
    }

    private void startComparison(FxRobot robot) {
        robot.interact(() -> {
            pane.form().set(new NetworkSettings("moons", "5", "tanh", "ce", false, "adam", 0.03, 100, 32, 2, "filter", 1.0, 9));
            pane.modeBox().setValue(ComparisonMode.TRAIN_VS_TEST);
            pane.compute();
        });
    }

    @Test void switchingTheModeCancelsTheRunningComparison(FxRobot robot) {
        startComparison(robot);
        assertEquals(1, queue.size());
        assertEquals("Training and computing both landscapes…", pane.statusText());
        robot.interact(() -> pane.modeBox().setValue(ComparisonMode.SINGLE));
        assertEquals("Cancelled", pane.statusText());
        robot.interact(() -> queue.forEach(Runnable::run)); // the slow job finishes after all: dropped
        assertNull(pane.comparisonPane().comparison());
        assertFalse(pane.comparisonPane().isVisible());
    }

    @Test void theCancelButtonStopsItAndANewRunDelivers(FxRobot robot) {
        startComparison(robot);
        robot.clickOn("#network-cancel");
        robot.interact(() -> queue.forEach(Runnable::run));
        assertNull(pane.comparisonPane().comparison());
        queue.clear();
        startComparison(robot);
        robot.interact(() -> queue.forEach(Runnable::run));
        assertNotNull(pane.comparisonPane().comparison(), pane.statusText());
        assertEquals(ComparisonMode.TRAIN_VS_TEST, pane.comparisonPane().comparison().mode());
    }
}
