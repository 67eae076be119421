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
     * {@link IOException} with a one-line message naming the target is thrown.
     */
    public static void write(Path target, Content content) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        if (dir == null || !Files.isDirectory(dir)) throw new IOException("cannot write " + target + ": folder " + dir + " does not exist");
        if (Files.isDirectory(abs)) throw new IOException("cannot write " + target + ": it is a folder");
        Path tmp;
        try {
            tmp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".part");
        } catch (AccessDeniedException | NoSuchFileException e) {
            throw new IOException("cannot write " + target + ": folder " + dir + " is not writable", e);
        } catch (IOException e) { // e.g. a read-only file system
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
            throw new IOException("cannot write " + target + ": folder " + dir + " is not writable (" + why + ")", e);
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
        } catch (IOException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new IOException("cannot write " + target + ": " + why, e);
        } finally {
            if (!done) Files.deleteIfExists(tmp);
        }
    }
}
