package org.saddlepoint;

import org.saddlepoint.cli.SaddlepointCli;
import org.saddlepoint.ui.AppLauncher;
import org.saddlepoint.ui.ScreenshotCommand;

/**
 * Entry point of {@code saddlepoint.jar}: no arguments opens the desktop app (one existing {@code .toml} file: the app showing that scene); {@code screenshots}
 * renders the app to PNGs (it needs the JavaFX toolkit); anything else is the command line
 * ({@link SaddlepointCli}). The only place that calls {@link System#exit}.
 */
public final class Main {
    private Main() { }

    public static void main(String[] args) {
        if (args.length == 0 || args.length == 1 && org.saddlepoint.ui.SceneHooks.isSceneFile(args[0])) {
            System.setProperty("prism.forceGPU", "true");
            AppLauncher.launch(args);
            return;
        }
        if ("screenshots".equals(args[0])) {
            System.setProperty("prism.forceGPU", "true");
            String[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
            System.exit(ScreenshotCommand.run(rest, System.err));
        }
        System.exit(SaddlepointCli.run(args));
    }
}
