package org.saddlepoint.render;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Why a file could not be written, as a kind the UI can put in the user's language, plus the
 * English one-line message the command line prints. {@code detail} is the operating system's own
 * words (e.g. "No space left on device"), empty when there are none.
 */
public final class ExportTargetException extends IOException {
    private static final long serialVersionUID = 1L;

    /** What went wrong. */
    public enum Kind { FOLDER_MISSING, IS_FOLDER, FOLDER_NOT_WRITABLE, WRITE_FAILED }

    private final Kind kind;
    private final transient Path target, folder;
    private final String detail;

    ExportTargetException(Kind kind, Path target, Path folder, String detail, Throwable cause) {
        super(message(kind, target, folder, detail), cause);
        this.kind = kind;
        this.target = target;
        this.folder = folder;
        this.detail = detail == null ? "" : detail;
    }

    private static String message(Kind kind, Path target, Path folder, String detail) {
        String d = detail == null || detail.isEmpty() ? "" : " (" + detail + ")";
        return switch (kind) {
            case FOLDER_MISSING -> "cannot write " + target + ": folder " + folder + " does not exist";
            case IS_FOLDER -> "cannot write " + target + ": it is a folder";
            case FOLDER_NOT_WRITABLE -> "cannot write " + target + ": folder " + folder + " is not writable" + d;
            case WRITE_FAILED -> "cannot write " + target + ": " + (detail == null || detail.isEmpty() ? "write failed" : detail);
        };
    }

    public Kind kind() { return kind; }

    public Path target() { return target; }

    public Path folder() { return folder; }

    /** The operating system's words, or "". */
    public String detail() { return detail; }
}
