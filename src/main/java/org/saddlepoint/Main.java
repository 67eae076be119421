package org.saddlepoint;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import org.saddlepoint.ui.AppLauncher;
import org.saddlepoint.ui.ScreenshotCommand;

/**
 * Entry point of {@code saddlepoint.jar}: no arguments opens the desktop app; {@code screenshots}
 * renders the app to PNGs (it needs the JavaFX toolkit); anything else is the command line
 * ({@code org.saddlepoint.cli.SaddlepointCli}). The only place that calls {@link System#exit}.
 */
public final class Main {
    private Main() { }

    public static void main(String[] args) {
        if (args.length == 0) {
            System.setProperty("prism.forceGPU", "true");
            AppLauncher.launch(args);
            return;
        }
        if ("screenshots".equals(args[0])) {
            System.setProperty("prism.forceGPU", "true");
            String[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
            System.exit(ScreenshotCommand.run(rest, System.err));
        }
        System.exit(runCli(args));
    }

    /** Runs {@code SaddlepointCli.run(String[])} and returns its exit code. */
    static int runCli(String[] args) {
        try {
            Method run = Class.forName("org.saddlepoint.cli.SaddlepointCli").getMethod("run", String[].class);
            return (Integer) run.invoke(null, (Object) args);
        } catch (ClassNotFoundException | NoSuchMethodException e) {
            System.err.println("saddlepoint: the command line is not available in this build (" + e.getMessage() + ")");
            return 2;
        } catch (IllegalAccessException e) {
            System.err.println("saddlepoint: cannot call the command line: " + e.getMessage());
            return 2;
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            System.err.println("saddlepoint: " + (cause == null ? e.getMessage() : cause.getMessage()));
            return 1;
        }
    }
}
