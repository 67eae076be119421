package org.saddlepoint.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.saddlepoint.surface.SurfaceFileException;
import org.saddlepoint.surface.SurfaceSpec;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code check FILE...}: validates surface files; one line per fault, exit 2 if any. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Validate surface files: prints 'FILE: ok' or 'FILE:LINE:COL: message' per file; exit 2 on any error.")
final class CheckCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Surface .toml files.")
    List<Path> files;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override public Integer call() {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        int bad = 0;
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                err.println(f + ": no such file");
                bad++;
                continue;
            }
            try {
                SurfaceSpec s = SurfaceSpec.read(f);
                s.build();
                out.println(f + ": ok (" + s.id() + ")");
            } catch (SurfaceFileException e) {
                err.println(e.getMessage());
                bad++;
            } catch (IllegalArgumentException e) {
                err.println(f + ": " + SaddlepointCli.oneLine(e.getMessage()));
                bad++;
            }
        }
        out.flush();
        err.flush();
        return bad == 0 ? ExitCodes.OK : ExitCodes.BAD_INPUT;
    }
}
