package org.saddlepoint.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.saddlepoint.scene.Lesson;
import org.saddlepoint.scene.Scene;
import org.saddlepoint.scene.SceneOptimizer;
import org.saddlepoint.ui.model.LabModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The scene hooks in the real window: lessons, scene files (good and broken), the gradient-field toggle, the export menu. */
@ExtendWith({RequiresDisplay.class, ApplicationExtension.class})
class SceneHooksUiTest {
    private LabModel model;
    private LabShell shell;
    @TempDir Path dir;

    @Start void start(Stage stage) {
        model = TestWindows.model("himmelblau");
        shell = TestWindows.show(stage, model, "org/saddlepoint/ui-tests");
    }

    @AfterEach void stop(FxRobot robot) {
        robot.interact(() -> model.playback().playingProperty().set(false));
    }

    private Menu menu(FxRobot robot, String text) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        return bar.getMenus().stream().filter(m -> m.getText().equals(text)).findFirst().orElseThrow();
    }

    @Test void openingALessonFromTheMenuShowsItsSurfaceOptimizersAndCaption(FxRobot robot) {
        Lesson lesson = shell.sceneHooks().lessons().catalog().get(1);
        String title = lesson.scene().title().en();
        robot.clickOn("Lessons");
        robot.clickOn(title);
        assertEquals(lesson.scene().surface().id(), model.choice().id());
        assertNotEquals("himmelblau", model.choice().id());
        assertEquals(lesson.scene().optimizers().size(), model.optimizers().size());
        for (int i = 0; i < model.optimizers().size(); i++) {
            SceneOptimizer o = lesson.scene().optimizers().get(i);
            assertEquals(o.optimizerSpec(), model.optimizers().get(i).spec());
            assertEquals(o.steps(), model.optimizers().get(i).stepsProperty().get());
        }
        String caption = robot.lookup("#scene-caption").queryAs(Label.class).getText();
        assertTrue(caption.contains(lesson.scene().caption().en().substring(0, 30)), caption);
        assertTrue(caption.startsWith("2 / "), caption);
        // next lesson through the navigator, then a language switch keeps the lesson and shows the Chinese caption
        Lesson next = shell.sceneHooks().lessons().catalog().get(2);
        robot.interact(() -> shell.sceneHooks().lessons().next());
        assertEquals(next.scene().surface().id(), model.choice().id());
        robot.interact(() -> shell.setLocale(I18n.CHINESE));
        String zh = robot.lookup("#scene-caption").queryAs(Label.class).getText();
        assertTrue(zh.contains(next.scene().caption().zh().substring(0, 20)), zh);
    }

    @Test void aBrokenSceneFileLeavesTheAppUnchangedAndSaysWhyInOneLine(FxRobot robot) throws Exception {
        Path bad = dir.resolve("broken.toml");
        Files.writeString(bad, "title = \"x\"\n[surface]\nid = \"saddle\"\n[[optimizers]]\nkind = \"warp-drive\"\n");
        Scene[] held = new Scene[1];
        robot.interact(() -> held[0] = shell.sceneHooks().capture());
        Scene before = held[0];
        int optimizers = model.optimizers().size();
        boolean[] opened = new boolean[1];
        robot.interact(() -> opened[0] = shell.sceneHooks().open(bad));
        assertFalse(opened[0]);
        assertEquals("himmelblau", model.choice().id());
        assertEquals(optimizers, model.optimizers().size());
        robot.interact(() -> assertEquals(before, shell.sceneHooks().capture()));
        String status = model.statusProperty().get();
        assertTrue(status.contains("broken.toml") && !status.contains("\n"), status);
        // a file that is not even TOML
        Files.writeString(bad, "[[[ nonsense");
        robot.interact(() -> opened[0] = shell.sceneHooks().open(bad));
        assertFalse(opened[0]);
        robot.interact(() -> assertEquals(before, shell.sceneHooks().capture()));
    }

    @Test void aSavedSceneOpensToTheSameState(FxRobot robot) {
        Path file = dir.resolve("mine.toml");
        robot.interact(() -> {
            model.setStart(1.5, -2.25);
            model.optimizers().get(0).stepsProperty().set(40);
        });
        Scene[] saved = new Scene[1];
        robot.interact(() -> {
            saved[0] = shell.sceneHooks().capture();
            shell.sceneHooks().save(file);
            model.choose("saddle");
        });
        assertTrue(Files.isRegularFile(file));
        robot.interact(() -> assertTrue(shell.sceneHooks().open(file)));
        assertEquals("himmelblau", model.choice().id());
        assertEquals(1.5, model.startXProperty().get());
        assertEquals(40, model.optimizers().get(0).stepsProperty().get());
        assertTrue(SceneHooks.isSceneFile(file.toString()));
        assertFalse(SceneHooks.isSceneFile(dir.resolve("missing.toml").toString()));
    }

    @Test void theGradientFieldToggleDrawsArrowsOnThe2dMap(FxRobot robot) {
        robot.interact(() -> shell.window().views().show2d());
        WritableImage off = snap(robot);
        robot.clickOn("View");
        robot.clickOn("Gradient field (2D)");
        assertTrue(shell.sceneHooks().gradientFieldProperty().get());
        WritableImage on = snap(robot);
        int differ = 0;
        for (int y = 0; y < off.getHeight(); y += 2)
            for (int x = 0; x < off.getWidth(); x += 2)
                if (off.getPixelReader().getArgb(x, y) != on.getPixelReader().getArgb(x, y)) differ++;
        assertTrue(differ > 50, "arrows change the picture: " + differ + " pixels differ");
    }

    private WritableImage snap(FxRobot robot) {
        WritableImage[] img = new WritableImage[1];
        robot.interact(() -> img[0] = shell.window().views().view2d().snapshot(null, null));
        return img[0];
    }

    @Test void theExportMenuOffersEveryFormat(FxRobot robot) {
        Menu export = menu(robot, "Export");
        assertEquals(9, export.getItems().size());
        assertTrue(export.getItems().stream().map(MenuItem::getText).anyMatch(t -> t.contains("MP4")));
        assertTrue(menu(robot, "File").getItems().stream().anyMatch(i -> "menu-open-scene".equals(i.getId())));
    }
}
