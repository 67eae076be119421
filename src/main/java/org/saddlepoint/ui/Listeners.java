package org.saddlepoint.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The listeners a view registered on the long-lived model, so that a view thrown away (the
 * scene is rebuilt when the language changes) can detach them all with {@link #dispose()}.
 */
public final class Listeners {
    private final List<Runnable> removers = new ArrayList<>();

    public <T> void onChange(ObservableValue<T> value, ChangeListener<? super T> listener) {
        value.addListener(listener);
        removers.add(() -> value.removeListener(listener));
    }

    public void onInvalidate(Observable value, InvalidationListener listener) {
        value.addListener(listener);
        removers.add(() -> value.removeListener(listener));
    }

    public <T> void onList(ObservableList<T> list, ListChangeListener<? super T> listener) {
        list.addListener(listener);
        removers.add(() -> list.removeListener(listener));
    }

    /** Calls {@code action} now and whenever any of {@code values} changes. */
    public void bindAll(Runnable action, Observable... values) {
        InvalidationListener l = o -> action.run();
        for (Observable v : values) onInvalidate(v, l);
        action.run();
    }

    /** Adds an arbitrary clean-up step. */
    public void add(Runnable remover) { removers.add(remover); }

    public void dispose() {
        for (int i = removers.size() - 1; i >= 0; i--) removers.get(i).run();
        removers.clear();
    }
}
