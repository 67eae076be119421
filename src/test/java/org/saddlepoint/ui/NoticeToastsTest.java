package org.saddlepoint.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.saddlepoint.optim.Trajectory;
import org.saddlepoint.ui.model.LabModel;
import org.saddlepoint.ui.model.OptimizerEntry;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Notices are nodes of the main window, not pop-up windows (a pop-up's animation frames made the
 * FX thread wait for the main window's frames; see {@link NoticeToasts}).
 */
@ExtendWith({RequiresDisplay.class, ApplicationExtension.class})
class NoticeToastsTest {
    private LabModel model;
    private LabShell shell;

    @Start void start(Stage stage) {
        model = TestWindows.model("himmelblau");
        shell = TestWindows.show(stage, model, "org/saddlepoint/ui-tests");
    }

    @Test void aRunThatStartsToDivergeIsToldOnceInTheWindowWithoutAPopUp(FxRobot robot) throws Exception {
        NoticeToasts notices = NoticeToasts.of(shell.window());
        assertNotNull(notices, "the main window has a notice corner");
        OptimizerEntry sgd = model.optimizers().get(0);
        int windows = onFx(() -> Window.getWindows().size());
        int before = notices.shown();

        // Himmelblau's curvature at the start is far above 2/η for η = 1: SGD runs off
        robot.interact(() -> sgd.specProperty().set(sgd.spec().withLr(1.0)));
        Trajectory t = model.snapshot().trajectoryOf(sgd).orElseThrow();
        assertTrue(t.diverged(), "the run diverges: " + t.stopReason());
        assertEquals(before + 1, notices.shown());
        assertEquals(windows, onFx(() -> Window.getWindows().size()), "no pop-up window was opened");
        List<String> texts = robot.lookup(".notice").queryAll().stream().reduce((a, b) -> b)
                .map(n -> robot.from(n).lookup(".label").queryAllAs(Label.class).stream().map(Label::getText).toList()).orElseThrow();
        assertEquals("Diverged", texts.get(0));
        assertEquals(sgd.label(I18n.ENGLISH) + ": " + t.stopReason().orElseThrow(), texts.get(1));

        // still diverging with another rate: no second notice
        robot.interact(() -> sgd.specProperty().set(sgd.spec().withLr(1.2)));
        assertEquals(before + 1, notices.shown());
        // converging again, then diverging: told again
        robot.interact(() -> sgd.specProperty().set(sgd.spec().withLr(0.001)));
        assertFalse(model.snapshot().trajectoryOf(sgd).orElseThrow().diverged());
        robot.interact(() -> sgd.specProperty().set(sgd.spec().withLr(1.0)));
        assertEquals(before + 2, notices.shown());

        // the close button takes a notice away
        Node lastClose = robot.lookup(".notice-close").queryAll().stream().reduce((a, b) -> b).orElseThrow();
        robot.clickOn(lastClose);
        assertEquals(before + 1, notices.shown());
    }

    @Test void atMostThreeAreShownAndEachGoesAfterItsTime(FxRobot robot) throws Exception {
        StackPane host = new StackPane();
        NoticeToasts notices = new NoticeToasts("Close");
        robot.interact(() -> {
            host.getChildren().add(notices);
            Stage s = new Stage();
            s.setScene(new javafx.scene.Scene(host, 500, 400));
            s.show();
        });
        robot.interact(() -> {
            for (int i = 0; i < 5; i++) notices.show(NoticeToasts.Kind.WARNING, "n" + i, "text " + i, Duration.hours(1));
        });
        assertEquals(NoticeToasts.MAX_SHOWN, notices.shown());
        List<String> titles = notices.getChildren().stream()
                .map(c -> titleOf(robot, c)).toList();
        assertEquals(List.of("n2", "n3", "n4"), titles, "the oldest went first");
        assertSame(notices, NoticeToasts.of(host));

        robot.interact(() -> notices.show(NoticeToasts.Kind.ERROR, "soon gone", "x", Duration.millis(150)));
        assertTrue(notices.getChildren().get(notices.shown() - 1).getStyleClass().contains("notice-error"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> notices.getChildren().stream()
                .noneMatch(c -> "soon gone".equals(titleOf(robot, c))));
        assertEquals(List.of("n3", "n4"), notices.getChildren().stream()
                .map(c -> titleOf(robot, c)).toList());
        robot.interact(() -> host.getScene().getWindow().hide());
    }

    @Test void aNodeOutsideAWindowWithNoticesIsNotToldAndNothingFails() throws Exception {
        StackPane bare = new StackPane();
        assertNull(NoticeToasts.of(bare));
        assertFalse(onFx(() -> NoticeToasts.tell(bare, NoticeToasts.Kind.WARNING, "t", "x", Duration.seconds(1))));
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(10, TimeUnit.SECONDS);
    }

    /** The title of the notice card {@code card}. */
    private static String titleOf(FxRobot robot, Node card) {
        return robot.from(card).lookup(".notice-title").queryAs(Label.class).getText();
    }
}
