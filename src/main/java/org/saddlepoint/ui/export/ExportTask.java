package org.saddlepoint.ui.export;

import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.concurrent.Task;
import org.saddlepoint.render.ExportProgress;
import org.saddlepoint.scene.ComputedScene;
import org.saddlepoint.scene.Scene;
import org.saddlepoint.scene.SceneRunner;

/**
 * An export as a JavaFX {@link Task}: computes the scene, writes the file, reports progress
 * (frames done / total) and message; {@link #cancel()} stops it and leaves nothing at the target.
 * The value is the written path.
 */
public final class ExportTask extends Task<Path> {
    private final Supplier<ComputedScene> scene;
    private final ExportRequest request;

    public ExportTask(Scene scene, ExportRequest request) {
        this(() -> new SceneRunner().run(scene, () -> false), request);
    }

    public ExportTask(Supplier<ComputedScene> scene, ExportRequest request) {
        this.scene = scene;
        this.request = request;
        updateTitle("Export " + request.target().getFileName());
    }

    @Override protected Path call() throws Exception {
        updateMessage("computing the scene…");
        ComputedScene c = scene.get();
        ExportJobs.run(c, request, new ExportProgress() {
            @Override public void progress(int done, int total, String what) {
                updateProgress(done, total);
                updateMessage(what);
            }

            @Override public boolean cancelled() { return isCancelled(); }
        });
        updateMessage("wrote " + request.target());
        return request.target();
    }
}
