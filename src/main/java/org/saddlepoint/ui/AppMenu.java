package org.saddlepoint.ui;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.saddlepoint.ui.model.LabModel;

/** The menu bar: File (quit), View (3D reset, colour map, theme, presentation), Compute (backend), Language. */
final class AppMenu {
    private final MenuBar bar = new MenuBar();

    AppMenu(I18n i18n, AppSettings settings, AppActions actions, LabModel model) {
        MenuItem quit = new MenuItem(i18n.get("menu.quit"));
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        quit.setOnAction(e -> actions.quit());
        Menu file = new Menu(i18n.get("menu.file"), null, quit);
        SceneHooks hooks = actions.sceneHooks();
        if (hooks != null) file.getItems().addAll(0, java.util.List.of(hooks.fileItems(i18n)));
        if (hooks != null) file.getItems().add(hooks.fileItems(i18n).length, new SeparatorMenuItem());

        MenuItem reset = new MenuItem(i18n.get("menu.resetCamera"));
        reset.setOnAction(e -> actions.resetCamera());
        Menu colors = new Menu(i18n.get("menu.colorMap"));
        ToggleGroup cg = new ToggleGroup();
        for (String name : new String[] {"VIRIDIS", "CIVIDIS", "MAGMA", "COOLWARM"}) {
            RadioMenuItem item = new RadioMenuItem(name.charAt(0) + name.substring(1).toLowerCase(java.util.Locale.ROOT));
            item.setToggleGroup(cg);
            item.setSelected(name.equals(model.colorMapProperty().get()));
            item.setOnAction(e -> model.colorMapProperty().set(name));
            colors.getItems().add(item);
        }
        ToggleGroup tg = new ToggleGroup();
        RadioMenuItem light = new RadioMenuItem(i18n.get("menu.light"));
        RadioMenuItem dark = new RadioMenuItem(i18n.get("menu.dark"));
        light.setToggleGroup(tg);
        dark.setToggleGroup(tg);
        light.setSelected("light".equals(settings.themeProperty().get()));
        dark.setSelected("dark".equals(settings.themeProperty().get()));
        light.setOnAction(e -> actions.setTheme("light"));
        dark.setOnAction(e -> actions.setTheme("dark"));
        // F5 is handled by KeyBindings (it must also work while the menu is hidden), so no accelerator here
        CheckMenuItem present = new CheckMenuItem(i18n.get("menu.presentation") + "   F5");
        present.setSelected(settings.presentationProperty().get());
        present.setOnAction(e -> actions.togglePresentation());
        CheckMenuItem wire = new CheckMenuItem(i18n.get("menu.wireframe"));
        wire.selectedProperty().bindBidirectional(settings.wireframeProperty());
        CheckMenuItem contours = new CheckMenuItem(i18n.get("menu.contours"));
        contours.selectedProperty().bindBidirectional(settings.contoursProperty());
        Menu view = new Menu(i18n.get("menu.view"), null, reset, wire, contours, colors, meshDetailMenu(i18n, settings), new SeparatorMenuItem(), light, dark, new SeparatorMenuItem(), present);

        ToggleGroup lg = new ToggleGroup();
        RadioMenuItem en = new RadioMenuItem("English");
        RadioMenuItem zh = new RadioMenuItem("简体中文");
        en.setToggleGroup(lg);
        zh.setToggleGroup(lg);
        en.setSelected(!i18n.chinese());
        zh.setSelected(i18n.chinese());
        en.setOnAction(e -> actions.setLocale(I18n.ENGLISH));
        zh.setOnAction(e -> actions.setLocale(I18n.CHINESE));
        Menu language = new Menu(i18n.get("menu.language"), null, en, zh);
        language.setId("menu-language");

        bar.getMenus().addAll(file, view, org.saddlepoint.ui.compute.BackendMenu.create(i18n), language);
        if (hooks != null) {
            CheckMenuItem field = new CheckMenuItem(i18n.get("menu.gradientField"));
            field.setId("menu-gradient-field");
            field.selectedProperty().bindBidirectional(hooks.gradientFieldProperty());
            view.getItems().add(3, field);
            bar.getMenus().addAll(2, java.util.List.of(hooks.menus(i18n.locale())));
        }
    }

    MenuBar bar() { return bar; }

    /** View › 3D detail: auto / fine / coarse (radio items bound to the setting). */
    private static Menu meshDetailMenu(I18n i18n, AppSettings settings) {
        Menu m = new Menu(i18n.get("menu.meshDetail"));
        m.setId("menu-mesh-detail");
        ToggleGroup group = new ToggleGroup();
        for (String d : new String[] {"auto", "fine", "coarse"}) {
            RadioMenuItem item = new RadioMenuItem(i18n.get("menu.meshDetail." + d));
            item.setId("mesh-detail-" + d);
            item.setToggleGroup(group);
            item.setSelected(d.equals(settings.meshDetailProperty().get()));
            item.setOnAction(e -> settings.meshDetailProperty().set(d));
            m.getItems().add(item);
        }
        return m;
    }
}
