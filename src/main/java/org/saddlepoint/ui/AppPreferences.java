package org.saddlepoint.ui;

import java.util.Locale;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.saddlepoint.ui.model.LabModel;

/**
 * Remembers the window (position, size, maximized), the divider positions, the last surface,
 * the language and the theme between runs, in {@link Preferences} under
 * {@code /org/saddlepoint/ui} (or the node named by the system property
 * {@code saddlepoint.prefs}, so tests and screenshots leave the user's settings alone).
 */
public final class AppPreferences {
    private final Preferences node;

    public AppPreferences(Preferences node) { this.node = node; }

    public static AppPreferences standard() {
        String name = System.getProperty("saddlepoint.prefs");
        return new AppPreferences(name == null ? Preferences.userRoot().node("org/saddlepoint/ui") : Preferences.userRoot().node(name));
    }

    public void restore(AppSettings settings) {
        String lang = node.get("locale", null);
        if (lang != null) settings.localeProperty().set(Locale.forLanguageTag(lang));
        settings.themeProperty().set(node.get("theme", "light"));
        settings.wireframeProperty().set(node.getBoolean("wireframe", false));
        settings.contoursProperty().set(node.getBoolean("contours", true));
        String detail = node.get("meshDetail", "auto");
        settings.meshDetailProperty().set(java.util.Set.of("auto", "fine", "coarse").contains(detail) ? detail : "auto");
    }

    public String lastSurface(String fallback) { return node.get("surface", fallback); }

    public String colorMap(String fallback) { return node.get("colorMap", fallback); }

    public void restoreWindow(Stage stage) {
        stage.setWidth(node.getDouble("w", 1600));
        stage.setHeight(node.getDouble("h", 1000));
        double x = node.getDouble("x", Double.NaN), y = node.getDouble("y", Double.NaN);
        if (!Double.isNaN(x) && !Double.isNaN(y)) {
            stage.setX(x);
            stage.setY(y);
        }
        stage.setMaximized(node.getBoolean("maximized", false));
    }

    public double divider(String name, double fallback) { return node.getDouble("divider." + name, fallback); }

    public void saveDivider(String name, double position) { node.putDouble("divider." + name, position); }

    /** Stores the window, settings and the last surface; a store that cannot be written is skipped silently. */
    public void save(Stage stage, AppSettings settings, LabModel model) {
        if (!stage.isMaximized() && !stage.isFullScreen()) {
            node.putDouble("x", stage.getX());
            node.putDouble("y", stage.getY());
            node.putDouble("w", stage.getWidth());
            node.putDouble("h", stage.getHeight());
        }
        node.putBoolean("maximized", stage.isMaximized());
        node.put("locale", settings.localeProperty().get().toLanguageTag());
        node.put("theme", settings.themeProperty().get());
        node.putBoolean("wireframe", settings.wireframeProperty().get());
        node.putBoolean("contours", settings.contoursProperty().get());
        node.put("meshDetail", settings.meshDetailProperty().get());
        node.put("colorMap", model.colorMapProperty().get());
        if (model.choice() != null && model.catalog().contains(model.choice())) node.put("surface", model.choice().id());
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // preferences are a convenience; a read-only home must not stop the app from closing
        }
    }
}
