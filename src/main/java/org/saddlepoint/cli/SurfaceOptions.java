package org.saddlepoint.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.saddlepoint.expr.ExprException;
import org.saddlepoint.surface.ExpressionSurface;
import org.saddlepoint.surface.Surface;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** Options that choose a surface: {@code --expr E} or {@code --surface ID_OR_FILE}, plus {@code --param}. */
public final class SurfaceOptions {
    static final class Choice {
        @Option(names = "--expr", paramLabel = "E", description = "An expression in x and y, e.g. 'x^2 - y^2'.")
        String expression;

        @Option(names = "--surface", paramLabel = "ID_OR_FILE", description = "A bundled surface id (see 'list') or a surface .toml file.")
        String surface;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Choice choice;

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "A surface parameter value (repeatable), e.g. --param kappa=50.")
    Map<String, Double> parameters = new LinkedHashMap<>();

    @Option(names = "--surfaces-dir", paramLabel = "DIR", description = "An extra folder of surface files to search.")
    java.nio.file.Path surfacesDir;

    /** The chosen surface, parameters bound; bad input becomes a one-line {@link UserError}. */
    Surface resolve() {
        if (choice.expression != null) {
            if (!parameters.isEmpty()) throw new UserError("--param applies to --surface; write the numbers into --expr");
            try {
                return ExpressionSurface.of(choice.expression);
            } catch (ExprException e) {
                throw new UserError("--expr " + e.getMessage());
            }
        }
        return SurfaceLookup.resolve(choice.surface, parameters, surfacesDir).surface();
    }

    /**
     * The domain to use: {@code --domain XMIN,XMAX,YMIN,YMAX} when given, else the one the chosen
     * surface declares; with {@code --expr} the option is required.
     */
    org.saddlepoint.surface.Domain domain(String domainOption) {
        if (domainOption != null) {
            try {
                return org.saddlepoint.surface.Domain.parse(domainOption);
            } catch (IllegalArgumentException e) {
                throw new UserError("--domain: " + e.getMessage());
            }
        }
        return declaredDomain().orElseThrow(() -> new UserError("--domain is required with --expr"));
    }

    /** The domain the chosen surface declares, if it is a catalogued surface. */
    java.util.Optional<org.saddlepoint.surface.Domain> declaredDomain() {
        if (choice.expression != null) return java.util.Optional.empty();
        return java.util.Optional.of(SurfaceLookup.resolve(choice.surface, parameters, surfacesDir).domain());
    }
}
