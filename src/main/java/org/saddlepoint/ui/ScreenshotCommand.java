package org.saddlepoint.ui;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.saddlepoint.ui.model.LabModel;

/**
 * {@code saddlepoint screenshots --out DIR}: renders the real app at 1600×1000 in its main
 * states (3D view, 2D view with the step explainer, charts on a log axis, dark theme with a
 * custom-expression error, presentation mode, Chinese UI) and writes one PNG per state. Needs
 * a display (run under Xvfb with {@code -Dprism.forceGPU=true} for the 3D view).
 */
public final class ScreenshotCommand {
    public static final int WIDTH = 1600, HEIGHT = 1000;
    private final Path out;
    private final PrintStream log;
    private LabShell shell;
    private LabModel model;

    private ScreenshotCommand(Path out, PrintStream log) {
        this.out = out;
        this.log = log;
    }

    /** Runs the command; returns the process exit code (0 ok, 1 failure, 2 usage). */
    public static int run(String[] args, PrintStream log) {
        Path out = Path.of("screenshots");
        for (int i = 0; i < args.length; i++) {
            if (("--out".equals(args[i]) || "-o".equals(args[i])) && i + 1 < args.length) out = Path.of(args[++i]);
            else {
                log.println("usage: saddlepoint screenshots [--out DIR]   (unknown argument '" + args[i] + "')");
                return 2;
            }
        }
        try {
            Files.createDirectories(out);
            return new ScreenshotCommand(out, log).render();
        } catch (IOException | RuntimeException e) {
            log.println("screenshots: " + e.getMessage());
            return 1;
        }
    }

    private int render() throws IOException {
        LabModels.preload();
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        try {
            started.await();
            Preferences node = Preferences.userRoot().node("org/saddlepoint/ui-screenshots");
            node.clear();
            fx(() -> {
                AppSettings settings = new AppSettings();
                settings.localeProperty().set(I18n.ENGLISH);
                model = LabModels.create();
                model.choose("himmelblau");
                Stage stage = new Stage();
                shell = new LabShell(stage, model, settings, new AppPreferences(node), WIDTH, HEIGHT);
                stage.show();
                return null;
            });
            waitForResults();
            long startup = System.currentTimeMillis() - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
            log.println("first results on screen " + startup + " ms after the JVM started");
            settle(80);
            fx(() -> { shell.window().views().show3d(); return null; });
            shoot("01-3d-himmelblau.png");
            fx(() -> {
                model.selectedProperty().set(model.optimizers().get(1));
                model.playback().stepProperty().set(25);
                shell.window().views().show2d();
                return null;
            });
            shoot("02-2d-explainer.png");
            fx(() -> {
                model.choose("rosenbrock");
                shell.window().charts().logYToggle().setSelected(true);
                return null;
            });
            settle(400);
            shoot("03-charts-rosenbrock.png");
            fx(() -> {
                shell.setTheme("dark");
                model.choose("himmelblau");
                return null;
            });
            settle(150);
            fx(() -> {
                shell.window().surfacePanel().editor().field().setText("(x^2 + y - 11)^2 + (x + y^2 - 7)^2 + sinn(x)");
                return null;
            });
            shoot("04-dark-expression-error.png");
            fx(() -> {
                shell.setTheme("light");
                model.choose("hidden-saddle");
                shell.setPresentation(true);
                shell.window().views().show3d();
                return null;
            });
            settle(14);
            shoot("05-presentation.png");
            fx(() -> {
                shell.setPresentation(false);
                shell.setLocale(I18n.CHINESE);
                model.choose("saddle");
                var off = model.choice().starts().get(model.choice().starts().size() - 1);
                model.setStart(off.x(), off.y());
                shell.window().views().show2d();
                return null;
            });
            settle(18);
            shoot("06-chinese-2d.png");
            org.saddlepoint.ui.network.AnalysisShots.take(shell, model, this::shoot, this::settle);
            org.saddlepoint.ui.compute.MapsShots.take(shell, model, this::shoot, this::settle);
            node.removeNode();
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        } catch (BackingStoreException e) {
            log.println("screenshots: preferences: " + e.getMessage());
            return 1;
        } finally {
            Platform.exit();
        }
    }

    /** Waits until the newest grids and trajectories are applied and playback reached {@code step}, then for a few pulses. */
    private void waitForResults() throws InterruptedException {
        waitFor(() -> fx(() -> model.gridProperty().get() != null && model.gridProgressProperty().get() >= 1
                && !model.snapshot().trajectories().isEmpty()));
    }

    private void settle(int step) throws InterruptedException {
        waitForResults();
        fx(() -> {
            model.playback().playingProperty().set(false);
            model.playback().stepProperty().set(step);
            return null;
        });
        Thread.sleep(600);
    }

    private void shoot(String name) throws IOException, InterruptedException {
        Thread.sleep(400);
        WritableImage image = fx(() -> shell.scene().snapshot(null));
        File file = out.resolve(name).toFile();
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file);
        log.println("wrote " + file);
    }

    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        FxCalls.waitUntil(condition, 60, "the app");
    }

    private static <T> T fx(Supplier<T> action) { return FxCalls.onFx(action); }
}
