package org.saddlepoint.ui;

import java.util.Locale;

/** What the menu and the keys ask of the application (it owns the stage and rebuilds the scene). */
public interface AppActions {
    void setLocale(Locale locale);

    void setTheme(String theme);

    void togglePresentation();

    void resetCamera();

    void quit();

    /** Scene files, lessons, export and the gradient-field toggle; null where the app has none. */
    default SceneHooks sceneHooks() { return null; }
}
