package org.saddlepoint.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file so that a failure or cancellation leaves nothing at the target: the content goes
 * to a temporary file beside the target, which is moved into place only when complete.
 */
public final class AtomicFileWriter {
    /** Writes the content into the stream it is given. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFileWriter() { }

    /**
     * Writes {@code target} atomically. On any failure the temporary file is deleted and an
     * {@link ExportTargetException} (a one-line message naming the target, and its kind for a
     * translated message) is thrown; an IOException of {@code content} (an encoder's) is passed
     * on wrapped as {@link ExportTargetException.Kind#WRITE_FAILED} with its first line.
     */
    public static void write(Path target, Content content) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        if (dir == null || !Files.isDirectory(dir)) throw new ExportTargetException(ExportTargetException.Kind.FOLDER_MISSING, target, dir, "", null);
        if (Files.isDirectory(abs)) throw new ExportTargetException(ExportTargetException.Kind.IS_FOLDER, target, dir, "", null);
        Path tmp;
        try {
            tmp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".part");
        } catch (AccessDeniedException | NoSuchFileException e) {
            throw new ExportTargetException(ExportTargetException.Kind.FOLDER_NOT_WRITABLE, target, dir, "", e);
        } catch (IOException e) { // e.g. a read-only file system
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
            throw new ExportTargetException(ExportTargetException.Kind.FOLDER_NOT_WRITABLE, target, dir, why, e);
        }
        boolean done = false;
        try {
            try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                content.writeTo(out);
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
            done = true;
        } catch (ExportTargetException e) {
            throw e;
        } catch (IOException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
            throw new ExportTargetException(ExportTargetException.Kind.WRITE_FAILED, target, dir, why, e);
        } finally {
            if (!done) Files.deleteIfExists(tmp);
        }
    }
}
