package org.saddlepoint.ui.lesson;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.saddlepoint.scene.Lesson;
import org.saddlepoint.scene.LessonCatalog;

/**
 * Which lesson is open, with next/previous. The app shell listens to {@link #currentProperty()}
 * (or passes an {@code onOpen} callback) and loads the lesson's scene into its views; menus and
 * buttons bind their disable state to {@link #hasNextProperty()} / {@link #hasPreviousProperty()}.
 * Use on the FX thread.
 */
public final class LessonNavigator {
    private final LessonCatalog catalog;
    private final ReadOnlyObjectWrapper<Lesson> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ReadOnlyBooleanWrapper hasNext = new ReadOnlyBooleanWrapper(this, "hasNext"),
            hasPrevious = new ReadOnlyBooleanWrapper(this, "hasPrevious");
    private final Consumer<Lesson> onOpen;

    public LessonNavigator(Consumer<Lesson> onOpen) { this(LessonCatalog.bundled(), onOpen); }

    public LessonNavigator(LessonCatalog catalog, Consumer<Lesson> onOpen) {
        this.catalog = Objects.requireNonNull(catalog);
        this.onOpen = onOpen == null ? l -> { } : onOpen;
        update();
    }

    public LessonCatalog catalog() { return catalog; }

    public ReadOnlyObjectProperty<Lesson> currentProperty() { return current.getReadOnlyProperty(); }

    public Lesson current() { return current.get(); }

    public ReadOnlyBooleanProperty hasNextProperty() { return hasNext.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty hasPreviousProperty() { return hasPrevious.getReadOnlyProperty(); }

    /** Opens {@code lesson} (one of the catalogue's). */
    public void open(Lesson lesson) {
        if (lesson == null) return;
        current.set(lesson);
        update();
        onOpen.accept(lesson);
    }

    /** Opens the lesson at {@code index} (0-based). */
    public void open(int index) { open(catalog.get(index)); }

    /** The next lesson (the first one when none is open); no-op at the end. */
    public void next() {
        Lesson c = current.get();
        if (c == null) {
            if (catalog.size() > 0) open(0);
        } else {
            catalog.next(c).ifPresent(this::open);
        }
    }

    /** The previous lesson; no-op at the start. */
    public void previous() {
        Lesson c = current.get();
        if (c != null) catalog.previous(c).ifPresent(this::open);
    }

    /** "3 / 15 · Momentum rolls over a ridge" in the locale's language. */
    public String position(Locale locale) {
        Lesson c = current.get();
        if (c == null) return "";
        return (c.index() + 1) + " / " + catalog.size() + " · " + c.scene().title().get(locale);
    }

    private void update() {
        Lesson c = current.get();
        hasNext.set(c == null ? catalog.size() > 0 : catalog.next(c).isPresent());
        hasPrevious.set(c != null && catalog.previous(c).isPresent());
    }
}
