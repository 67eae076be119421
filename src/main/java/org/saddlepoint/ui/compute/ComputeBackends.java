package org.saddlepoint.ui.compute;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.saddlepoint.compute.SelectableSampler;

/**
 * The app's one {@link SelectableSampler} (the user's backend choice lives as long as the
 * process, across rebuilt windows) and its state as FX properties: what ran the last grid
 * ({@link #inUseProperty()}) and the newest fallback notice ({@link #noticeProperty()}, each
 * reason once). The properties change on the FX thread only.
 */
public final class ComputeBackends {
    private static final SelectableSampler SAMPLER = new SelectableSampler();
    private static final ReadOnlyStringWrapper IN_USE = new ReadOnlyStringWrapper("");
    private static final ReadOnlyStringWrapper NOTICE = new ReadOnlyStringWrapper("");

    static {
        SAMPLER.addChangeListener(() -> fx(() -> IN_USE.set(SAMPLER.inUse())));
        SAMPLER.addNoticeListener(n -> fx(() -> NOTICE.set(n)));
        Thread probe = new Thread(org.saddlepoint.compute.Backend::available, "opencl-discovery"); // ~0.1 s, off the FX thread
        probe.setDaemon(true);
        probe.start();
    }

    private ComputeBackends() { }

    /** The sampler the views and maps use. */
    public static SelectableSampler sampler() { return SAMPLER; }

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
