package org.saddlepoint.surface;

/**
 * Where each key and value of a loaded surface file was written, so that checks made later
 * (for example, parsing a preset's {@code schedule} in the optimizer package) can still report
 * {@code FILE:LINE:COL}. Paths name keys as in the file: {@code presets[1].schedule},
 * {@code domain[0]}, {@code title.en}.
 */
public final class SourceMap {
    private final String file;
    private final TomlLocator locator;

    SourceMap(String file, TomlLocator locator) {
        this.file = file;
        this.locator = locator;
    }

    /**
     * Scans {@code text} (TOML already accepted by a parser) so that other file kinds (scenes,
     * lessons) can report {@code FILE:LINE:COL} the same way surface files do.
     */
    public static SourceMap scan(String file, String text) { return new SourceMap(file, TomlLocator.scan(text)); }

    /** A map for a spec made in code: every position is 1:1. */
    static SourceMap none(String name) { return new SourceMap(name, TomlLocator.scan("")); }

    public String file() { return file; }

    /** [line, column] where the value at {@code path} starts (or its nearest written ancestor). */
    public int[] valuePosition(String path) {
        TomlLocator.Position p = locator.valuePosition(path);
        return new int[] {p.line(), p.column()};
    }

    /** An error located at the value of {@code path}. */
    public SurfaceFileException errorAt(String path, String reason) {
        TomlLocator.Position p = locator.valuePosition(path);
        return new SurfaceFileException(file, p.line(), p.column(), reason);
    }

    /** An error located at the key of {@code path}. */
    public SurfaceFileException errorAtKey(String path, String reason) {
        TomlLocator.Position p = locator.keyPosition(path);
        return new SurfaceFileException(file, p.line(), p.column(), reason);
    }

    /** An error at character {@code index} (0-based) inside the string value at {@code path}. */
    SurfaceFileException errorInString(String path, int index, String reason) {
        TomlLocator.Position p = locator.positionInString(path, index);
        return new SurfaceFileException(file, p.line(), p.column(), reason);
    }

    TomlLocator locator() { return locator; }
}
