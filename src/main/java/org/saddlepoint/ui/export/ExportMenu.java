package org.saddlepoint.ui.export;

import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;
import org.saddlepoint.scene.Scene;
import org.saddlepoint.ui.I18n;

/**
 * The "Export" menu for the app's menu bar, in the UI language. The app shell gives what is on
 * screen now as a {@link Scene} (surface, parameters, optimizers, view, camera, step, caption)
 * and whether the 3D view is active; each item opens the {@link ExportDialog} with its format
 * chosen. Item ids are {@code export-FORMAT} (e.g. {@code export-png}).
 *
 * <pre>{@code menuBar.getMenus().add(ExportMenu.create(stage, i18n, model::currentScene, model::is3dActive));}</pre>
 */
public final class ExportMenu {
    private ExportMenu() { }

    public static Menu create(Window owner, I18n i18n, Supplier<Scene> currentScene, BooleanSupplier threeDActive) {
        Menu menu = new Menu(i18n.get("export.menu"));
        for (ExportRequest.Format f : ExportRequest.Format.values()) {
            String accelerator = f == ExportRequest.Format.PNG ? "Shortcut+E" : f == ExportRequest.Format.GIF ? "Shortcut+Shift+E" : null;
            menu.getItems().add(item(i18n, accelerator, owner, currentScene, threeDActive, f));
        }
        return menu;
    }

    private static MenuItem item(I18n i18n, String accelerator, Window owner, Supplier<Scene> scene, BooleanSupplier threeD,
                                 ExportRequest.Format format) {
        String key = format.name().toLowerCase(Locale.ROOT);
        MenuItem m = new MenuItem(i18n.get("export.item." + key));
        m.setId("export-" + key);
        if (accelerator != null) m.setAccelerator(KeyCombination.keyCombination(accelerator));
        m.setOnAction(e -> {
            boolean three = threeD.getAsBoolean() && format.supports3d();
            ExportDialog d = ExportDialog.show(owner, i18n, scene.get(), three);
            d.format.setValue(format);
        });
        return m;
    }
}
