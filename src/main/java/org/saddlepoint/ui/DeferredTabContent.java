package org.saddlepoint.ui;

import javafx.scene.Node;
import javafx.scene.control.Tab;

/**
 * Keeps a tab's content out of the scene until the tab is first selected. A built but unshown
 * pane (the Network and Maps modes) would otherwise go through CSS and layout with the rest of
 * the window at start-up, where every millisecond before the first picture counts.
 */
public final class DeferredTabContent {
    private static final String KEY = DeferredTabContent.class.getName();

    private DeferredTabContent() { }

    /** The tab's content, also while it is still held back. */
    public static Node content(Tab tab) {
        Object held = tab.getProperties().get(KEY);
        return held instanceof Node n ? n : tab.getContent();
    }

    /** Takes {@code tab}'s content out and puts it back the first time the tab is selected. */
    public static Tab defer(Tab tab) {
        Node content = tab.getContent();
        if (content == null || tab.isSelected()) return tab;
        tab.setContent(null);
        tab.getProperties().put(KEY, content);
        tab.selectedProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                if (!now) return;
                tab.getProperties().remove(KEY);
                tab.setContent(content);
                tab.selectedProperty().removeListener(this);
            }
        });
        return tab;
    }
}
