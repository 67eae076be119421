package org.saddlepoint.ui.lesson;

import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.saddlepoint.scene.Lesson;

/**
 * The "Lessons" menu (Previous / Next with Page Up / Page Down shortcuts, then every lesson in
 * order, the open one checked) and a lesson bar (◀ title ▶ over the caption) for the main window.
 *
 * <pre>{@code
 * LessonNavigator nav = new LessonNavigator(lesson -> shell.load(lesson.scene()));
 * menuBar.getMenus().add(LessonMenu.create(nav, locale));
 * root.setBottom(LessonMenu.bar(nav, locale));
 * }</pre>
 */
public final class LessonMenu {
    private LessonMenu() { }

    public static Menu create(LessonNavigator nav, Locale locale) {
        boolean zh = locale != null && locale.getLanguage().equals("zh");
        Menu menu = new Menu(zh ? "课程" : "Lessons");
        MenuItem previous = new MenuItem(zh ? "上一课" : "Previous lesson");
        previous.setAccelerator(KeyCombination.keyCombination("Shortcut+Page_Up"));
        previous.setOnAction(e -> nav.previous());
        previous.disableProperty().bind(nav.hasPreviousProperty().not());
        MenuItem next = new MenuItem(zh ? "下一课" : "Next lesson");
        next.setAccelerator(KeyCombination.keyCombination("Shortcut+Page_Down"));
        next.setOnAction(e -> nav.next());
        next.disableProperty().bind(nav.hasNextProperty().not());
        menu.getItems().addAll(previous, next, new SeparatorMenuItem());
        ToggleGroup group = new ToggleGroup();
        for (Lesson l : nav.catalog().lessons()) {
            RadioMenuItem item = new RadioMenuItem(l.scene().title().get(locale));
            item.setToggleGroup(group);
            item.setOnAction(e -> nav.open(l));
            menu.getItems().add(item);
        }
        nav.currentProperty().addListener((o, a, b) -> {
            if (b != null) group.selectToggle(group.getToggles().get(b.index()));
        });
        return menu;
    }

    /** A bar with previous / next buttons, the lesson's position and title, and its caption. */
    public static BorderPane bar(LessonNavigator nav, Locale locale) {
        Button previous = new Button("◀"), next = new Button("▶");
        previous.setOnAction(e -> nav.previous());
        next.setOnAction(e -> nav.next());
        previous.disableProperty().bind(nav.hasPreviousProperty().not());
        next.disableProperty().bind(nav.hasNextProperty().not());
        Label title = new Label(), caption = new Label();
        title.setStyle("-fx-font-weight: bold;");
        caption.setWrapText(true);
        nav.currentProperty().addListener((o, a, b) -> {
            title.setText(nav.position(locale));
            caption.setText(b == null ? "" : b.scene().caption().get(locale));
        });
        HBox top = new HBox(8, previous, title, next);
        top.setAlignment(Pos.CENTER_LEFT);
        BorderPane pane = new BorderPane(caption);
        pane.setTop(top);
        pane.setPadding(new Insets(6, 10, 6, 10));
        BorderPane.setMargin(caption, new Insets(4, 0, 0, 0));
        return pane;
    }
}
