package org.saddlepoint.ui;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import javafx.animation.PauseTransition;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import javafx.util.Duration;

/**
 * Spares software OpenGL (Mesa's llvmpipe) a new back buffer for the main window on every frame.
 *
 * <p>Why. After presenting a window's frame, JavaFX's ES2 pipeline makes a 1 × 1 "dummy"
 * drawable current ({@code ES2SwapChain.present} → {@code ES2Context.makeCurrent(null)}), and the
 * window's drawable current again for its next frame. Mesa's software path (drisw; Mesa 22.3 in
 * Debian 12) allocates the window's back buffer anew on each such switch: a new System V
 * shared-memory segment (5.4 MB for a 1400 × 900 window) that llvmpipe's threads fault in page by
 * page, and that the X server attaches, copies out of and detaches. On the project's 2-core VM,
 * where a page fault is expensive, presenting a frame of a 1400 × 900 window took 42–64 ms, even
 * when a single label changed; about 1,400 page faults in the app and 820 in Xvfb per frame, seen
 * with {@code perf stat -e page-faults}, and a new {@code shmget} from
 * {@code X11GLContext.nMakeCurrent} on every frame, seen with gdb (README, "Limits and errors").
 * Each frame the window waited for, and each wait for the previous frame at a pulse, was that
 * much longer.
 *
 * <p>What. While the main window is shown, JavaFX's context is given the window's own drawable as
 * its dummy, so presenting leaves the window current and the next frame draws into the same back
 * buffer (8–15 ms to present the same frame). Pop-up windows still switch: each has its own
 * drawable. Before the window hides, the real dummy is put back and made current on the render
 * thread, and the FX thread waits for that, so that a closed window is never made current.
 *
 * <p>Only under a software renderer ({@code GL_RENDERER} names llvmpipe, softpipe or a software
 * rasterizer): GPU drivers keep their buffers across such switches. It reaches into JavaFX 21's
 * {@code com.sun.prism.es2} and {@code com.sun.javafx.tk.quantum} by reflection; if anything is
 * missing or closed (another JavaFX version, JavaFX on the module path, another pipeline), it does
 * nothing. {@code -Dsaddlepoint.keepWindowGlCurrent=false} turns it off, for comparison.
 */
public final class KeepWindowGlCurrent {
    static final String PROPERTY = "saddlepoint.keepWindowGlCurrent";
    /** How often, and how far apart, the first frame of a new scene is waited for. */
    static final int TRIES = 50;
    static final Duration RETRY = Duration.millis(100);

    /** Where the main window stands. */
    public enum State {
        /** Not tried yet, or waiting for the scene's first frame. */
        PENDING,
        /** The window's drawable is JavaFX's dummy: it stays current between frames. */
        KEPT,
        /** Turned off, not the ES2 pipeline, not a software renderer, or JavaFX's internals differ. */
        NOT_APPLIED,
        /** Put back before the window hid. */
        RESTORED
    }

    /** Found on the first {@link #install}, once the toolkit runs; null if not applicable. */
    private static Internals internals;
    private static boolean searched;

    /** Render-thread state, for all windows: the context changed, and JavaFX's own dummy drawable. */
    private static Object context, originalDummy;
    private static final Object STAGE_KEY = KeepWindowGlCurrent.class;

    private final Stage stage;
    private volatile State state = State.PENDING;
    private volatile String renderer;
    private PauseTransition retry;

    private KeepWindowGlCurrent(Stage stage) { this.stage = stage; }

    /**
     * Keeps {@code stage}'s drawable current between its frames for as long as it shows, for each
     * scene it is given (unless turned off or not applicable). Call on the FX thread; a stage
     * installed before gets the same keeper back.
     */
    public static KeepWindowGlCurrent install(Stage stage) {
        if (stage.getProperties().get(STAGE_KEY) instanceof KeepWindowGlCurrent k) return k;
        KeepWindowGlCurrent k = new KeepWindowGlCurrent(stage);
        stage.getProperties().put(STAGE_KEY, k);
        boolean off = "false".equals(System.getProperty(PROPERTY));
        if (!searched && !off) {
            searched = true;
            internals = Internals.find();
        }
        if (off || internals == null) {
            k.state = State.NOT_APPLIED;
            return k;
        }
        stage.sceneProperty().addListener((o, a, b) -> k.schedule());
        stage.showingProperty().addListener((o, a, showing) -> { if (showing) k.schedule(); });
        stage.addEventHandler(WindowEvent.WINDOW_HIDING, e -> k.restore());
        if (stage.isShowing()) k.schedule();
        return k;
    }

    public State state() { return state; }

    /** The GL renderer JavaFX draws with, once known (null before the first try, or without ES2). */
    public String renderer() { return renderer; }

    /** Tries, on the render thread, after each {@link #RETRY}, until the scene has drawn a frame. */
    private void schedule() {
        if (state == State.NOT_APPLIED) return;
        state = State.PENDING; // retried until this scene's drawable is kept
        if (retry != null) retry.stop();
        int[] tries = {0};
        retry = new PauseTransition(RETRY);
        retry.setOnFinished(e -> {
            Scene scene = stage.getScene();
            if (!stage.isShowing() || scene == null) return;
            Object peer = internals.peer(scene);
            CompletableFuture<Boolean> done = new CompletableFuture<>();
            internals.renderer().execute(() -> done.complete(keepOnRenderThread(peer)));
            done.whenComplete((applied, failure) -> javafx.application.Platform.runLater(() -> {
                if (failure == null && !applied && state == State.PENDING && ++tries[0] < TRIES && retry != null) retry.playFromStart();
            }));
        });
        retry.playFromStart();
    }

    /** Render thread: the scene's drawable becomes the dummy; false while it has no drawable yet. */
    private boolean keepOnRenderThread(Object scenePeer) {
        try {
            Object drawable = internals.drawable(scenePeer);
            if (drawable == null) return false; // no frame drawn yet
            Object ctx = internals.context(scenePeer);
            if (renderer == null) renderer = internals.rendererName();
            if (!isSoftware(renderer)) {
                state = State.NOT_APPLIED;
                return true;
            }
            if (context == null) {
                context = ctx;
                originalDummy = internals.dummy.get(ctx);
            } else if (context != ctx) {
                return true; // another context than the one changed before (another screen): left alone
            }
            internals.dummy.set(ctx, drawable);
            state = State.KEPT;
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            state = State.NOT_APPLIED;
            return true;
        }
    }

    /** FX thread, before the window hides: the real dummy back, made current, and waited for. */
    private void restore() {
        if (retry != null) retry.stop();
        retry = null;
        if (state == State.NOT_APPLIED) return;
        CompletableFuture<Void> done = new CompletableFuture<>();
        internals.renderer().execute(() -> { // after any try still queued there
            try {
                if (context != null && internals.dummy.get(context) != originalDummy) {
                    internals.dummy.set(context, originalDummy);
                    internals.makeCurrent.invoke(context, (Object) null);
                    state = State.RESTORED;
                }
                done.complete(null);
            } catch (ReflectiveOperationException | RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        try {
            done.get(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            // the render thread is gone (the toolkit exits) or stuck: nothing more can be done here
        }
    }

    /** Whether {@code glRenderer} is Mesa's (or another) software rasterizer. */
    static boolean isSoftware(String glRenderer) {
        if (glRenderer == null) return false;
        String r = glRenderer.toLowerCase(Locale.ROOT);
        return r.contains("llvmpipe") || r.contains("softpipe") || r.contains("software rasterizer") || r.contains("swrast");
    }

    /** The JavaFX 21 fields and methods this needs, found once; null if any is missing or closed. */
    private record Internals(Field scenePeer, Field painter, Field presentable, Class<?> swapChain, Field swapDrawable,
                             Field swapContext, Field dummy, Method makeCurrent, Method rendererInstance,
                             Field factoryCtxInfo, Method rendererString, Object glFactory) {
        static Internals find() {
            try {
                Object pipeline = Class.forName("com.sun.prism.GraphicsPipeline").getMethod("getPipeline").invoke(null);
                if (pipeline == null || !pipeline.getClass().getName().equals("com.sun.prism.es2.ES2Pipeline")) return null;
                Field scenePeer = open(Scene.class.getDeclaredField("peer"));
                Field painter = open(Class.forName("com.sun.javafx.tk.quantum.ViewScene").getDeclaredField("painter"));
                Field presentable = open(Class.forName("com.sun.javafx.tk.quantum.ViewPainter").getDeclaredField("presentable"));
                Class<?> swapChain = Class.forName("com.sun.prism.es2.ES2SwapChain");
                Class<?> es2Context = Class.forName("com.sun.prism.es2.ES2Context");
                Class<?> glDrawable = Class.forName("com.sun.prism.es2.GLDrawable");
                Class<?> glFactoryClass = Class.forName("com.sun.prism.es2.GLFactory");
                Method rendererInstance = open(Class.forName("com.sun.javafx.tk.quantum.QuantumRenderer").getDeclaredMethod("getInstance"));
                return new Internals(scenePeer, painter, presentable, swapChain,
                        open(swapChain.getDeclaredField("drawable")), open(swapChain.getDeclaredField("context")),
                        open(es2Context.getDeclaredField("dummyGLDrawable")), open(es2Context.getDeclaredMethod("makeCurrent", glDrawable)),
                        rendererInstance, open(glFactoryClass.getDeclaredField("nativeCtxInfo")),
                        open(glFactoryClass.getDeclaredMethod("nGetGLRenderer", long.class)),
                        pipeline.getClass().getField("glFactory").get(null));
            } catch (ReflectiveOperationException | RuntimeException | LinkageError e) { // missing, closed, or no ES2 pipeline
                return null;
            }
        }

        private static <T extends java.lang.reflect.AccessibleObject> T open(T member) {
            member.setAccessible(true);
            return member;
        }

        Object peer(Scene scene) {
            try {
                return scenePeer.get(scene);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }

        Executor renderer() {
            try {
                return (Executor) rendererInstance.invoke(null);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }

        /** The scene's ES2 swap chain's drawable, or null (not drawn yet, or not ES2). */
        Object drawable(Object scenePeer) throws IllegalAccessException {
            Object chain = swapChain(scenePeer);
            return chain == null ? null : swapDrawable.get(chain);
        }

        Object context(Object scenePeer) throws IllegalAccessException { return swapContext.get(swapChain(scenePeer)); }

        private Object swapChain(Object scenePeer) throws IllegalAccessException {
            if (scenePeer == null || !painter.getDeclaringClass().isInstance(scenePeer)) return null;
            Object p = painter.get(scenePeer);
            Object chain = p == null ? null : presentable.get(p);
            return swapChain.isInstance(chain) ? chain : null;
        }

        String rendererName() throws ReflectiveOperationException {
            return (String) rendererString.invoke(null, factoryCtxInfo.getLong(glFactory));
        }
    }
}
