package org.saddlepoint.render;

/** Progress and cancel of a long export: the exporter reports, the caller may cancel. */
public interface ExportProgress {
    ExportProgress NONE = new ExportProgress() {
        @Override public void progress(int done, int total, String what) { }

        @Override public boolean cancelled() { return false; }
    };

    /** {@code done} of {@code total} units (frames) are finished; {@code what} says what is running. */
    void progress(int done, int total, String what);

    /** Whether the caller asked to stop; the exporter then stops, leaves nothing at the target and throws CancellationException. */
    boolean cancelled();
}
