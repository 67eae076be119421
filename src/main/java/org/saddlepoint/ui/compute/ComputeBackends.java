package org.saddlepoint.ui.compute;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.saddlepoint.compute.SelectableOptimizerBatch;
import org.saddlepoint.compute.SelectableSampler;

/**
 * The app's one {@link SelectableSampler} (the user's backend choice lives as long as the
 * process, across rebuilt windows) and its state as FX properties: what ran the last grid
 * ({@link #inUseProperty()}) and the newest fallback notice ({@link #noticeProperty()}, each
 * reason once), and the optimizer batch of the basin maps ({@link #optimizerBatch()}), which
 * follows the same choice. The properties change on the FX thread only.
 */
public final class ComputeBackends {
    private static final SelectableSampler SAMPLER = new SelectableSampler();
    private static final ReadOnlyStringWrapper IN_USE = new ReadOnlyStringWrapper("");
    private static final ReadOnlyStringWrapper NOTICE = new ReadOnlyStringWrapper("");
    private static final SelectableOptimizerBatch BATCH = new SelectableOptimizerBatch(SAMPLER::selected);
    private static final ReadOnlyStringWrapper MAP_NOTICE = new ReadOnlyStringWrapper("");

    static {
        SAMPLER.addChangeListener(() -> fx(() -> IN_USE.set(SAMPLER.inUse())));
        SAMPLER.addNoticeListener(n -> fx(() -> NOTICE.set(n)));
        BATCH.addNoticeListener(n -> fx(() -> MAP_NOTICE.set(n)));
        Thread probe = new Thread(org.saddlepoint.compute.Backend::available, "opencl-discovery"); // ~0.1 s, off the FX thread
        probe.setDaemon(true);
        probe.start();
    }

    private ComputeBackends() { }

    /** The sampler the views and maps use. */
    public static SelectableSampler sampler() { return SAMPLER; }

    /** The optimizer batch the basin maps run on: it follows the same backend choice as the sampler. */
    public static SelectableOptimizerBatch optimizerBatch() { return BATCH; }

    /** The newest notice of the maps' optimizer batch (a fallback, or a job OpenCL cannot take), each once. */
    public static ReadOnlyStringProperty mapNoticeProperty() { return MAP_NOTICE.getReadOnlyProperty(); }

    /** What sampled the last grid, e.g. {@code Auto → OpenCL 0:0 — … } or {@code CPU (2 cores) — fallback}. */
    public static ReadOnlyStringProperty inUseProperty() {
        if (IN_USE.get().isEmpty()) IN_USE.set(SAMPLER.inUse());
        return IN_USE.getReadOnlyProperty();
    }

    /** The newest fallback notice (empty until the first). */
    public static ReadOnlyStringProperty noticeProperty() { return NOTICE.getReadOnlyProperty(); }

    private static void fx(Runnable r) {
        if (Platform.isFxApplicationThread()) r.run();
        else Platform.runLater(r);
    }
}
