package org.saddlepoint.ui;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.application.Platform;

/** For code driving the app from another thread (the screenshot command): run on the FX thread, wait for a state. */
public final class FxCalls {
    private FxCalls() { }

    /** Runs {@code action} on the FX thread and returns its result (its exception is rethrown here). */
    public static <T> T onFx(Supplier<T> action) {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(action.get());
            } catch (RuntimeException | Error e) {
                f.completeExceptionally(e);
            }
        });
        return f.join();
    }

    /** Polls {@code condition} every 50 ms; after {@code seconds} fails with "{@code what} did not finish within N s". */
    public static void waitUntil(BooleanSupplier condition, int seconds, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new IllegalStateException(what + " did not finish within " + seconds + " s");
            Thread.sleep(50);
        }
    }
}
