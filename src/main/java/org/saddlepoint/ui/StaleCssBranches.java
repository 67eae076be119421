package org.saddlepoint.ui;

import java.lang.reflect.Field;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;

/**
 * Clears the CSS "dirty branch" marks that JavaFX leaves in the window with no pending style
 * under them, so that a frame with nothing left to style is not followed by one more frame.
 *
 * <p>Why. A control whose state changes marks itself for a style update and each ancestor as a
 * dirty branch. Many skins then style that control at once, during the layout pass
 * ({@code Node.applyCss()} on a subtree). That clears the control's own mark but not its
 * ancestors'. At the end of the pulse JavaFX sees the window's root still marked and marks it
 * dirty "to get another pulse" (JavaFX 21, {@code Scene.ScenePulseListener.pulse}). That next
 * pulse only walks the stale branches and clears them. But a dirty root makes it a rendering
 * pulse: the FX thread first waits for the previous frame, and then the whole window is drawn
 * again. With software GL, after a surface switch, that wait is the rest of the switch's own
 * frame: 60–135 ms on the project's 2-core machine, found with the soak's pulse log and a trace of
 * who marks the root (README, "Limits and errors").
 *
 * <p>What. After each layout pass, while the root is marked, this walks only the marked
 * branches. It clears every dirty branch whose whole subtree is clean. That is exactly what the
 * next style pass would do to such a branch ({@code Node.processCSS}: a dirty branch is set clean,
 * then its children are visited; clean ones are skipped). Branches that lead to a real pending
 * update are left for JavaFX. A sub-scene's own root is left alone.
 *
 * <p>It reads and writes {@code Node.cssFlag} by reflection. If that field is missing or closed
 * (another JavaFX version, JavaFX on the module path), it does nothing.
 * {@code -Dsaddlepoint.clearStaleCss=false} turns it off, for comparison.
 */
public final class StaleCssBranches {
    static final String PROPERTY = "saddlepoint.clearStaleCss";
    private static final Field CSS_FLAG = cssFlagField();
    private static final Object CLEAN = constant("CLEAN"), DIRTY_BRANCH = constant("DIRTY_BRANCH");

    private StaleCssBranches() { }

    /** Whether this JavaFX lets the flags be read and cleared. */
    static boolean available() { return CLEAN != null && DIRTY_BRANCH != null; }

    /** Clears stale branches in {@code scene} after every layout pass (unless turned off or unavailable). */
    public static void install(Scene scene) {
        if (!available() || "false".equals(System.getProperty(PROPERTY))) return;
        scene.addPostLayoutPulseListener(() -> {
            Parent root = scene.getRoot();
            if (root != null && flag(root) != CLEAN) clear(root);
        });
    }

    /**
     * Clears the stale dirty branches under {@code n}; returns whether {@code n}'s subtree is
     * clean afterwards. Every child is visited, so a stale branch beside a live one is cleared too.
     */
    static boolean clear(Node n) {
        Object f = flag(n);
        if (f == CLEAN) return true;
        if (f != DIRTY_BRANCH || !(n instanceof Parent p)) return false; // an update to apply, or a sub-scene
        boolean clean = true;
        for (Node child : p.getChildrenUnmodifiable()) clean &= clear(child);
        if (clean) set(n, CLEAN);
        return clean;
    }

    static Object flag(Node n) {
        try {
            return CSS_FLAG.get(n);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e); // cannot happen: available() checked the field
        }
    }

    private static void set(Node n, Object value) {
        try {
            CSS_FLAG.set(n, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Field cssFlagField() {
        try {
            Field f = Node.class.getDeclaredField("cssFlag");
            if (!f.getType().isEnum()) return null;
            f.setAccessible(true);
            return f;
        } catch (ReflectiveOperationException | RuntimeException e) { // missing, or InaccessibleObjectException
            return null;
        }
    }

    private static Object constant(String name) {
        if (CSS_FLAG == null) return null;
        for (Object c : CSS_FLAG.getType().getEnumConstants()) if (((Enum<?>) c).name().equals(name)) return c;
        return null;
    }
}
