package org.saddlepoint.ui.network;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.saddlepoint.ui.I18n;
import org.saddlepoint.ui.curvature.CurvaturePanel;

/**
 * Adds the curvature and network actions to the app's menu bar: File ▸ Open landscape… (first
 * item of the first menu), and an Analysis menu (inspect curvature, find critical points,
 * network landscape) before the last menu (Language).
 */
public final class AnalysisMenu {
    private AnalysisMenu() { }

    public static MenuBar install(MenuBar bar, I18n i18n, CurvaturePanel curvature, NetworkPane network, LandscapeFiles files) {
        MenuItem open = new MenuItem(i18n.get("net.open"));
        open.setId("menu-open-landscape");
        open.setAccelerator(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        open.setOnAction(e -> files.choose());
        if (!bar.getMenus().isEmpty()) bar.getMenus().get(0).getItems().addAll(0, java.util.List.of(open, new SeparatorMenuItem()));

        CheckMenuItem inspect = new CheckMenuItem(i18n.get("curv.inspect"));
        inspect.selectedProperty().bindBidirectional(curvature.inspectToggle().selectedProperty());
        MenuItem find = new MenuItem(i18n.get("curv.find"));
        find.setOnAction(e -> curvature.findCriticalPoints());
        MenuItem net = new MenuItem(i18n.get("net.tab"));
        net.setOnAction(e -> network.tab().getTabPane().getSelectionModel().select(network.tab()));
        Menu analysis = new Menu(i18n.get("menu.analysis"), null, inspect, find, new SeparatorMenuItem(), net);
        analysis.setId("menu-analysis");
        bar.getMenus().add(Math.max(0, bar.getMenus().size() - 1), analysis);
        return bar;
    }
}
