package org.saddlepoint.render;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds an {@code ffmpeg} executable: the system property {@code saddlepoint.ffmpeg} (a path, or
 * {@code none} to force the pure-Java encoder), else the first {@code ffmpeg} on {@code PATH}.
 */
public final class Ffmpeg {
    private Ffmpeg() { }

    public static Optional<Path> find() {
        String prop = System.getProperty("saddlepoint.ffmpeg");
        if (prop != null) {
            if (prop.isBlank() || prop.equalsIgnoreCase("none")) return Optional.empty();
            Path p = Path.of(prop);
            return Files.isExecutable(p) ? Optional.of(p) : Optional.empty();
        }
        return onPath("ffmpeg");
    }

    /** The first executable named {@code name} on PATH. */
    public static Optional<Path> onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) return Optional.empty();
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) continue;
            Path p = Path.of(dir, name);
            if (Files.isRegularFile(p) && Files.isExecutable(p)) return Optional.of(p);
        }
        return Optional.empty();
    }
}
