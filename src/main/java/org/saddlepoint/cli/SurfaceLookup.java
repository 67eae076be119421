package org.saddlepoint.cli;

import java.nio.file.Path;
import java.util.Map;
import org.saddlepoint.surface.Domain;
import org.saddlepoint.surface.Surface;

/** Finds a surface by bundled id or file path (wired to the surface catalog when it lands). */
final class SurfaceLookup {
    record Resolved(Surface surface, Domain domain) { }

    private SurfaceLookup() { }

    static Resolved resolve(String idOrFile, Map<String, Double> parameters, Path extraDir) {
        throw new UserError("--surface is not available yet in this build; use --expr");
    }
}
