package org.saddlepoint.bench;

import java.util.Map;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.util.Duration;
import org.saddlepoint.ui.FxWatchdog;
import org.saddlepoint.ui.LabModels;
import org.saddlepoint.ui.model.LabModel;
import org.saddlepoint.ui.model.Playback;

/**
 * How long input waits while the app plays an animation in the real window: the default lab
 * (its default surface and racing optimizers, as the app opens) playing in a loop at {@code SPEED}× on the 3D (or 2D)
 * tab, 8 s untimed, then {@code SECONDS} s with a {@link FxWatchdog}; prints the watchdog's
 * figures, how many step changes reached the views per second, how many pulses the pacer held back,
 * and each thread's CPU time. Compare with {@code -Dsaddlepoint.framePacing=false}. Run under a
 * display: {@code xvfb-run -a -s "-screen 0 1600x1000x24" java -Dprism.forceGPU=true -cp
 * target/benchmarks.jar org.saddlepoint.bench.PlaybackStalls [3d|2d [SPEED [SECONDS]]]}.
 */
public final class PlaybackStalls {
    private PlaybackStalls() { }

    public static void main(String[] args) {
        boolean show2d = args.length > 0 && "2d".equals(args[0]);
        double speed = args.length > 1 ? Double.parseDouble(args[1]) : 16;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        Platform.startup(() -> {
            LabModel model = BenchWindow.open(LabModels.DEFAULT_SURFACE, show2d, s -> { }).model();
            Playback p = model.playback();
            p.loopProperty().set(true);
            p.speedProperty().set(speed);
            p.playingProperty().set(true);
            long[] changes = {0};
            p.stepProperty().addListener((o, a, b) -> changes[0]++);
            PauseTransition warm = new PauseTransition(Duration.seconds(8));
            warm.setOnFinished(e -> {
                changes[0] = 0;
                FxWatchdog w = FxWatchdog.start();
                Map<String, Long> before = ThreadCpu.ticks();
                long from = System.nanoTime();
                PauseTransition timed = new PauseTransition(Duration.seconds(seconds));
                timed.setOnFinished(e2 -> {
                    FxWatchdog.Stats s = w.stats();
                    w.close();
                    double wall = (System.nanoTime() - from) / 1e9;
                    System.out.printf("playback %s× on the %s tab, pacing %s: %.1f step changes/s (pulses held back %d, let through %d)%n",
                            speed, show2d ? "2D" : "3D", System.getProperty("saddlepoint.framePacing", "on"), changes[0] / wall,
                            p.pacer().heldBack(), p.pacer().letThrough());
                    System.out.println("FX thread waits (watchdog, 20 ms pings): " + s.summary());
                    ThreadCpu.print(before, ThreadCpu.ticks(), wall, (int) Math.round(wall), "second");
                    Platform.exit();
                });
                timed.play();
            });
            warm.play();
        });
    }
}
