package org.saddlepoint.ui.export;

import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;
import org.saddlepoint.scene.Scene;

/**
 * The "Export" menu for the app's menu bar. The app shell gives what is on screen now as a
 * {@link Scene} (surface, parameters, optimizers, view, camera, step, caption) and whether the 3D
 * view is active; each item opens the {@link ExportDialog} with its format chosen.
 *
 * <pre>{@code menuBar.getMenus().add(ExportMenu.create(stage, model::currentScene, model::is3dActive));}</pre>
 */
public final class ExportMenu {
    private ExportMenu() { }

    public static Menu create(Window owner, Supplier<Scene> currentScene, BooleanSupplier threeDActive) {
        Menu menu = new Menu("Export");
        menu.getItems().addAll(
                item("Image (PNG)…", "Shortcut+E", owner, currentScene, threeDActive, ExportRequest.Format.PNG),
                item("Vector (SVG)…", null, owner, currentScene, threeDActive, ExportRequest.Format.SVG),
                item("Vector (PDF)…", null, owner, currentScene, threeDActive, ExportRequest.Format.PDF),
                item("Animation (GIF)…", "Shortcut+Shift+E", owner, currentScene, threeDActive, ExportRequest.Format.GIF),
                item("Video (MP4)…", null, owner, currentScene, threeDActive, ExportRequest.Format.MP4),
                item("Scene file…", null, owner, currentScene, threeDActive, ExportRequest.Format.SCENE),
                item("Trajectories (CSV)…", null, owner, currentScene, threeDActive, ExportRequest.Format.CSV),
                item("Trajectories (JSON)…", null, owner, currentScene, threeDActive, ExportRequest.Format.JSON),
                item("Grid (.npy)…", null, owner, currentScene, threeDActive, ExportRequest.Format.NPY));
        return menu;
    }

    private static MenuItem item(String text, String accelerator, Window owner, Supplier<Scene> scene, BooleanSupplier threeD,
                                 ExportRequest.Format format) {
        MenuItem m = new MenuItem(text);
        if (accelerator != null) m.setAccelerator(KeyCombination.keyCombination(accelerator));
        m.setOnAction(e -> {
            boolean three = threeD.getAsBoolean() && format.supports3d();
            ExportDialog d = ExportDialog.show(owner, scene.get(), three);
            d.format.setValue(format);
        });
        return m;
    }
}
