package org.saddlepoint.compute;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Notices told once each: a text already told is not told again; listeners hear each new one.
 * What the backend choosers ({@link SelectableSampler}, {@link SelectableOptimizerBatch}) use to
 * say why a job fell back to the CPU. Thread-safe.
 */
final class OnceNotices {
    private final Set<String> told = new LinkedHashSet<>();
    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();

    /** Tells {@code text} to the listeners unless it was told before. */
    void tell(String text) {
        boolean fresh;
        synchronized (this) {
            fresh = told.add(text);
        }
        if (fresh) for (Consumer<String> l : listeners) l.accept(text);
    }

    void addListener(Consumer<String> l) { listeners.add(Objects.requireNonNull(l)); }

    /** The notices told so far, oldest first. */
    synchronized List<String> all() { return new ArrayList<>(told); }
}
