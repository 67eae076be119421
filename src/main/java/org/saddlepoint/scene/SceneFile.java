package org.saddlepoint.scene;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import org.saddlepoint.surface.SurfaceCatalog;
import org.saddlepoint.surface.SurfaceFileException;
import org.saddlepoint.surface.SurfaceSpec;

/**
 * Scene files: {@link #read} (strict; every fault is one {@link SurfaceFileException}
 * {@code FILE:LINE:COL: message}) and {@link #write}/{@link #toToml} (writing then reading gives
 * an equal {@link Scene}). Surface ids are checked against the bundled catalogue, or against
 * surface files next to the scene.
 */
public final class SceneFile {
    /** Scene files larger than this are refused. */
    public static final int MAX_BYTES = 1 << 20;

    private SceneFile() { }

    public static Scene read(Path file) {
        String name = file.toString();
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new SurfaceFileException(name, 1, 1, "cannot read file: " + e.getMessage());
        }
        Path dir = file.toAbsolutePath().getParent();
        return parse(name, decode(bytes, name), id -> resolve(bundled(), id, dir));
    }

    /** Parses scene text named {@code fileName} in messages, checking ids against the bundled surfaces. */
    public static Scene parse(String fileName, String text) {
        return parse(fileName, text, id -> resolve(bundled(), id, null));
    }

    /** Parses with a surface resolver (returns null for an unknown id). */
    public static Scene parse(String fileName, String text, Function<String, SurfaceSpec> surfaces) {
        if (text.length() > MAX_BYTES) throw new SurfaceFileException(fileName, 1, 1, "scene file is larger than 1 MB");
        return SceneReader.parse(fileName, text, surfaces);
    }

    /** The scene as TOML text. */
    public static String toToml(Scene scene) { return SceneWriter.write(scene); }

    /** Writes the scene atomically (a temporary file beside {@code target}, moved into place). */
    public static void write(Path target, Scene scene) throws IOException {
        byte[] bytes = toToml(scene).getBytes(StandardCharsets.UTF_8);
        Path abs = target.toAbsolutePath();
        Path tmp = Files.createTempFile(abs.getParent(), "." + abs.getFileName() + ".", ".part");
        try {
            Files.write(tmp, bytes);
            Files.move(tmp, abs, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static volatile SurfaceCatalog bundled;

    /** The bundled surface catalogue, loaded once. */
    public static SurfaceCatalog bundled() {
        SurfaceCatalog c = bundled;
        if (c == null) bundled = c = SurfaceCatalog.bundled();
        return c;
    }

    static SurfaceSpec resolve(SurfaceCatalog catalog, String id, Path dir) {
        SurfaceSpec s = catalog.byId(id).orElse(null);
        if (s != null) return s;
        Path p = dir == null ? Path.of(id) : dir.resolve(id);
        if (id.endsWith(".toml") && Files.isRegularFile(p)) return SurfaceSpec.read(p);
        return null;
    }

    static String decode(byte[] bytes, String name) {
        if (bytes.length > MAX_BYTES) throw new SurfaceFileException(name, 1, 1, "scene file is larger than 1 MB");
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new SurfaceFileException(name, 1, 1, "file is not valid UTF-8 text");
        }
    }
}
