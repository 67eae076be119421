package org.saddlepoint.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.saddlepoint.surface.SurfaceCatalog;
import org.saddlepoint.surface.SurfaceFileException;
import org.saddlepoint.surface.SurfaceSpec;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code list}: the bundled surfaces (and those of an extra folder), one line each. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the surfaces, one line each: id, kind, title.")
final class ListCommand implements Callable<Integer> {
    @Option(names = "--surfaces-dir", paramLabel = "DIR", description = "Also list the surface files in this folder.")
    Path surfacesDir;

    @Option(names = "--lang", description = "en (default) or zh.")
    String lang = "en";

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override public Integer call() {
        if (!lang.equals("en") && !lang.equals("zh")) throw new UserError("--lang must be en or zh, got '" + lang + "'");
        if (surfacesDir != null && !java.nio.file.Files.isDirectory(surfacesDir)) {
            throw new UserError("--surfaces-dir: " + surfacesDir + " is not a folder");
        }
        Locale locale = lang.equals("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        SurfaceCatalog catalog = SurfaceCatalog.load(surfacesDir);
        PrintWriter out = spec.commandLine().getOut();
        for (SurfaceSpec s : catalog.specs().stream().sorted(Comparator.comparing(SurfaceSpec::id)).toList()) {
            out.printf("%-28s %-10s %s%n", s.id(), s.isDataSurface() ? "data" : "expression", s.title().get(locale));
        }
        for (SurfaceFileException e : catalog.errors()) spec.commandLine().getErr().println(e.getMessage());
        out.flush();
        return catalog.errors().isEmpty() ? ExitCodes.OK : ExitCodes.BAD_INPUT;
    }
}
