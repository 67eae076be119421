package org.saddlepoint.ui.export;

import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.concurrent.Task;
import org.saddlepoint.render.ExportProgress;
import org.saddlepoint.scene.ComputedScene;
import org.saddlepoint.scene.Scene;
import org.saddlepoint.scene.SceneRunner;
import org.saddlepoint.ui.I18n;

/**
 * An export as a JavaFX {@link Task}: computes the scene, writes the file, reports progress
 * (frames done / total) and message; {@link #cancel()} stops it and leaves nothing at the target.
 * The value is the written path.
 */
public final class ExportTask extends Task<Path> {
    private final Supplier<ComputedScene> scene;
    private final ExportRequest request;
    private final I18n i18n;

    public ExportTask(Scene scene, ExportRequest request) {
        this(() -> new SceneRunner().run(scene, () -> false), request, new I18n(I18n.ENGLISH));
    }

    /** @param i18n the language of the progress messages */
    public ExportTask(Supplier<ComputedScene> scene, ExportRequest request, I18n i18n) {
        this.scene = scene;
        this.request = request;
        this.i18n = i18n;
        updateTitle(i18n.get("export.title") + " " + request.target().getFileName());
    }

    @Override protected Path call() throws Exception {
        updateMessage(i18n.get("export.computing"));
        ComputedScene c = scene.get();
        ExportJobs.run(c, request, new ExportProgress() {
            @Override public void progress(int done, int total, String what) {
                updateProgress(done, total);
                if (total > 1) updateMessage(i18n.fmt("export.frame", done, total));
            }

            @Override public boolean cancelled() { return isCancelled(); }
        });
        updateMessage(i18n.fmt("export.wrote", request.target()));
        return request.target();
    }
}
