package org.saddlepoint.cli;

import java.nio.file.Path;
import java.util.Map;
import org.saddlepoint.surface.Domain;
import org.saddlepoint.surface.Surface;
import org.saddlepoint.surface.SurfaceCatalog;
import org.saddlepoint.surface.SurfaceFileException;
import org.saddlepoint.surface.SurfaceSpec;

/** Finds a surface by bundled id or by file path and binds its parameters. */
final class SurfaceLookup {
    record Resolved(SurfaceSpec spec, Surface surface, Domain domain) { }

    private SurfaceLookup() { }

    static SurfaceSpec spec(String idOrFile, Path extraDir) {
        if (extraDir != null && !java.nio.file.Files.isDirectory(extraDir)) {
            throw new UserError("--surfaces-dir: " + extraDir + " is not a folder");
        }
        try {
            return SurfaceCatalog.load(extraDir).find(idOrFile);
        } catch (SurfaceFileException e) {
            throw new UserError(e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new UserError("--surface: " + e.getMessage(), e);
        }
    }

    static Resolved resolve(String idOrFile, Map<String, Double> parameters, Path extraDir) {
        SurfaceSpec spec = spec(idOrFile, extraDir);
        try {
            return new Resolved(spec, spec.build(parameters), spec.domain());
        } catch (IllegalArgumentException e) {
            throw new UserError("--param: " + e.getMessage(), e);
        }
    }
}
