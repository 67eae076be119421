package org.saddlepoint.surface;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The surfaces the app and CLI can show: the bundled files (classpath {@code /surfaces/}, listed
 * in {@code /surfaces/index.txt}, so the jar works from any folder) and, optionally, every
 * {@code *.toml} in a user folder. A broken file never stops the others: it becomes an entry of
 * {@link #errors()}. A user file whose id is already taken is an error too (bundled ids win).
 */
public final class SurfaceCatalog {
    public static final String BUNDLED_ROOT = "/surfaces/";
    private final Map<String, SurfaceSpec> byId;
    private final List<SurfaceFileException> errors;

    private SurfaceCatalog(Map<String, SurfaceSpec> byId, List<SurfaceFileException> errors) {
        this.byId = Collections.unmodifiableMap(byId);
        this.errors = List.copyOf(errors);
    }

    /** The bundled surfaces only. */
    public static SurfaceCatalog bundled() { return load(null); }

    /** The bundled surfaces plus every {@code *.toml} in {@code userFolder} (null: none), in name order. */
    public static SurfaceCatalog load(Path userFolder) {
        Map<String, SurfaceSpec> specs = new LinkedHashMap<>();
        List<SurfaceFileException> errors = new ArrayList<>();
        for (String name : bundledNames(errors)) {
            String file = "surfaces/" + name;
            try (InputStream in = SurfaceCatalog.class.getResourceAsStream(BUNDLED_ROOT + name)) {
                if (in == null) {
                    errors.add(new SurfaceFileException(file, 1, 1, "listed in surfaces/index.txt but missing from the classpath"));
                    continue;
                }
                add(SurfaceSpecReader.parse(file, SurfaceSpecReader.decode(SurfaceSpec.readLimited(in, file), file)), specs, errors);
            } catch (SurfaceFileException e) {
                errors.add(e);
            } catch (IOException e) {
                errors.add(new SurfaceFileException(file, 1, 1, "cannot read: " + e.getMessage()));
            }
        }
        if (userFolder != null) {
            for (Path p : tomlFiles(userFolder, errors)) {
                try {
                    add(SurfaceSpec.read(p), specs, errors);
                } catch (SurfaceFileException e) {
                    errors.add(e);
                }
            }
        }
        return new SurfaceCatalog(specs, errors);
    }

    private static void add(SurfaceSpec s, Map<String, SurfaceSpec> specs, List<SurfaceFileException> errors) {
        SurfaceSpec old = specs.get(s.id());
        if (old != null) {
            errors.add(s.source().errorAt("id", "id '" + s.id() + "' is already used by " + old.file()));
        } else {
            specs.put(s.id(), s);
        }
    }

    private static List<String> bundledNames(List<SurfaceFileException> errors) {
        List<String> names = new ArrayList<>();
        try (InputStream in = SurfaceCatalog.class.getResourceAsStream(BUNDLED_ROOT + "index.txt")) {
            if (in == null) {
                errors.add(new SurfaceFileException("surfaces/index.txt", 1, 1, "bundled surface index is missing from the classpath"));
                return names;
            }
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R");
            for (String line : lines) {
                String n = line.strip();
                if (n.isEmpty() || n.startsWith("#")) continue;
                if (!n.matches("[A-Za-z0-9_.-]+\\.toml")) {
                    errors.add(new SurfaceFileException("surfaces/index.txt", 1, 1, "not a surface file name: '" + n + "'"));
                    continue;
                }
                names.add(n);
            }
        } catch (IOException e) {
            errors.add(new SurfaceFileException("surfaces/index.txt", 1, 1, "cannot read: " + e.getMessage()));
        }
        return names;
    }

    private static List<Path> tomlFiles(Path folder, List<SurfaceFileException> errors) {
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(folder, "*.toml")) {
            for (Path p : ds) if (Files.isRegularFile(p)) out.add(p);
        } catch (IOException e) {
            errors.add(new SurfaceFileException(folder.toString(), 1, 1, "cannot list folder: " + e.getMessage()));
        }
        out.sort(null);
        return out;
    }

    /** The loaded surfaces, bundled first, in index/name order. */
    public List<SurfaceSpec> specs() { return List.copyOf(byId.values()); }

    /** One error per file that did not load. */
    public List<SurfaceFileException> errors() { return errors; }

    public Optional<SurfaceSpec> byId(String id) { return Optional.ofNullable(byId.get(id)); }

    /**
     * The surface with id {@code idOrPath}, or else the surface file at that path (read now).
     *
     * @throws SurfaceFileException     if it names a file that is broken
     * @throws IllegalArgumentException if it is neither a known id nor an existing file
     */
    public SurfaceSpec find(String idOrPath) {
        SurfaceSpec s = byId.get(idOrPath);
        if (s != null) return s;
        Path p;
        try {
            p = Path.of(idOrPath);
        } catch (RuntimeException e) {
            p = null;
        }
        if (p != null && Files.isRegularFile(p)) return SurfaceSpec.read(p);
        throw new IllegalArgumentException("unknown surface '" + idOrPath + "'" + Suggestions.hint(idOrPath, byId.keySet())
                + "; known: " + String.join(", ", byId.keySet()) + ", or give the path of a .toml file");
    }
}
