package org.saddlepoint.ui;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * JavaFX leaves a window's ancestors marked as dirty CSS branches when a skin styles a changed
 * control during layout; the window's root then gets one more, rendering, pulse. These tests
 * reproduce that with a region that does what such skins do, and check that
 * {@link StaleCssBranches} clears exactly the stale marks and leaves real pending updates alone.
 */
@ExtendWith({RequiresDisplay.class, ApplicationExtension.class})
class StaleCssBranchesTest {
    private static final PseudoClass ON = PseudoClass.getPseudoClass("on");
    private static final String CSS = "data:text/css;base64," + Base64.getEncoder().encodeToString(
            ".probe { -fx-text-fill: black; } .probe:on { -fx-text-fill: red; }".getBytes(StandardCharsets.UTF_8));
    private Stage stage;

    @Start void start(Stage stage) {
        this.stage = stage;
        stage.show();
    }

    /** A region that, in its layout pass, flips its label's state and styles it at once, as many skins do. */
    private static final class RestylesInLayout extends Region {
        final Label label = probe("in layout");
        volatile boolean flipNextLayout, flipped;

        RestylesInLayout() { getChildren().add(label); }

        @Override protected void layoutChildren() {
            super.layoutChildren();
            if (flipNextLayout) {
                flipNextLayout = false;
                label.pseudoClassStateChanged(ON, !label.getPseudoClassStates().contains(ON));
                label.applyCss();
            }
            label.resizeRelocate(0, 0, getWidth(), getHeight());
        }
    }

    private static Label probe(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("probe");
        return l;
    }

    @Test void jdkPremiseAndFix_aSkinStylingDuringLayoutLeavesTheRootMarkedUnlessCleared(FxRobot robot) throws Exception {
        assertTrue(StaleCssBranches.available(), "this JavaFX lets the flags be read: the fix is active in the app");
        assertEquals("DIRTY_BRANCH", rootFlagAfterTheLayoutPulse(robot, false),
                "JavaFX alone leaves the branch marked after the pulse (and so asks for one more pulse)");
        assertEquals("CLEAN", rootFlagAfterTheLayoutPulse(robot, true), "cleared in the same pulse");
    }

    /** Shows a new scene, flips the label during one layout pass, and returns the root's flag at the end of that pass. */
    private String rootFlagAfterTheLayoutPulse(FxRobot robot, boolean install) throws Exception {
        RestylesInLayout region = new RestylesInLayout();
        VBox root = new VBox(new HBox(region));
        region.setPrefSize(120, 30);
        List<String> seen = new CopyOnWriteArrayList<>();
        robot.interact(() -> {
            Scene scene = new Scene(root, 200, 80);
            scene.getStylesheets().add(CSS);
            if (install) StaleCssBranches.install(scene);
            // added after the fix's listener, so it sees the flags as the pulse leaves them
            scene.addPostLayoutPulseListener(() -> { if (region.flipped) seen.add(String.valueOf(StaleCssBranches.flag(root))); region.flipped = false; });
            stage.setScene(scene);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            region.flipNextLayout = true;
            region.flipped = true;
            region.requestLayout();
            Platform.requestNextPulse();
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !seen.isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Color.RED, region.label.getTextFill(), "the label's new state was styled");
        return seen.get(0);
    }

    @Test void aBranchWithAPendingUpdateIsKeptAndAStaleOneBesideItCleared(FxRobot robot) {
        Label stale = probe("stale"), live = probe("live");
        HBox staleBranch = new HBox(stale), liveBranch = new HBox(live);
        VBox root = new VBox(staleBranch, liveBranch);
        robot.interact(() -> {
            Scene scene = new Scene(root);
            scene.getStylesheets().add(CSS);
            styleFully(root);
            for (Node n : List.of(root, staleBranch, stale, liveBranch, live)) assertEquals("CLEAN", name(n), "styled at the start");

            stale.pseudoClassStateChanged(ON, true);
            stale.applyCss(); // the control is styled, its ancestors keep their marks
            live.pseudoClassStateChanged(ON, true); // pending: the next style pass must apply it
            assertEquals("DIRTY_BRANCH", name(staleBranch));
            assertEquals("UPDATE", name(live));

            assertFalse(StaleCssBranches.clear(root), "a real update is still pending under the root");
            assertEquals("CLEAN", name(staleBranch), "the stale branch is cleared");
            assertEquals("CLEAN", name(stale));
            assertEquals("DIRTY_BRANCH", name(liveBranch), "the path to the pending update stays");
            assertEquals("UPDATE", name(live));
            assertEquals("DIRTY_BRANCH", name(root));
            assertEquals(Color.BLACK, live.getTextFill(), "not styled yet");
            assertEquals(Color.RED, stale.getTextFill());
        });
    }

    @Test void aCleanWindowIsLeftAsItIs(FxRobot robot) {
        VBox root = new VBox(new HBox(probe("a")), probe("b"));
        robot.interact(() -> {
            new Scene(root).getStylesheets().add(CSS);
            styleFully(root);
            assertTrue(StaleCssBranches.clear(root));
            assertEquals("CLEAN", name(root));
        });
    }

    /**
     * Styles a new scene outside a window as its first pulses would: the first pass creates the
     * labels' skins, whose new text nodes are styled in the next.
     */
    private static void styleFully(VBox root) {
        for (int i = 0; i < 3 && !"CLEAN".equals(name(root)); i++) root.applyCss();
    }

    private static String name(Node n) { return String.valueOf(StaleCssBranches.flag(n)); }

}
