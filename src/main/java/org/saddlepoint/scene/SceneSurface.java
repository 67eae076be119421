package org.saddlepoint.scene;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.saddlepoint.surface.Domain;

/**
 * The surface of a scene: a catalogued surface by {@code id} (a bundled id or a surface file
 * path) or an inline {@code expression} in x and y, with parameter values and an optional domain
 * (required for an expression; overrides the surface's own otherwise).
 */
public record SceneSurface(String id, String expression, Domain domain, Map<String, Double> parameters) {
    public SceneSurface {
        if ((id == null) == (expression == null)) throw new IllegalArgumentException("give exactly one of surface id and expression");
        if (expression != null && domain == null) throw new IllegalArgumentException("an expression surface needs a domain");
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters == null ? Map.of() : parameters));
    }

    public static SceneSurface of(String id) { return new SceneSurface(id, null, null, Map.of()); }

    public static SceneSurface expression(String expression, Domain domain) { return new SceneSurface(null, expression, domain, Map.of()); }

    public SceneSurface withParameters(Map<String, Double> p) { return new SceneSurface(id, expression, domain, p); }
}
