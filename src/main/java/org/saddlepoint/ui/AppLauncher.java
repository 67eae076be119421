package org.saddlepoint.ui;

import javafx.application.Application;

/**
 * Starts the JavaFX app from a plain {@code main} (a fat jar's main class must not extend
 * {@link Application}, or the launcher insists on JavaFX modules).
 */
public final class AppLauncher {
    private AppLauncher() { }

    public static void launch(String[] args) {
        LabModels.preload();
        Application.launch(SaddlepointApp.class, args);
    }
}
