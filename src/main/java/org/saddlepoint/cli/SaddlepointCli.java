package org.saddlepoint.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command-line interface: {@code saddlepoint COMMAND [OPTIONS]}. Exit codes: 0 ok, 2 bad
 * input (one line on stderr saying what and where), 1 internal error (one line, no stack trace).
 */
@Command(name = "saddlepoint", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Saddlepoint: loss landscapes and optimizers, from the command line.%n"
                + "Run without arguments to open the desktop app.",
        subcommands = {ListCommand.class, CheckCommand.class, TrajectoryCommand.class, SampleCommand.class,
            DevicesCommand.class, BenchCommand.class, BasinsCommand.class, SweepCommand.class, LrRangeCommand.class,
            CriticalCommand.class, LandscapeCommand.class, RenderCommand.class,
            CommandLine.HelpCommand.class})
public final class SaddlepointCli implements Runnable {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command (try --help)");
    }

    /** Runs the CLI with {@code args} and returns the exit code; never exits the JVM. */
    public static int run(String[] args) {
        return run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new SaddlepointCli());
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("error: " + oneLine(ex.getMessage()));
            return ExitCodes.BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof UserError || ex instanceof IllegalArgumentException
                    || ex instanceof org.saddlepoint.expr.ExprException || ex instanceof java.io.IOException) {
                err.println("error: " + oneLine(ex.getMessage()));
                return ExitCodes.BAD_INPUT;
            }
            err.println("internal error: " + ex.getClass().getSimpleName() + (ex.getMessage() == null ? "" : ": " + oneLine(ex.getMessage())));
            return ExitCodes.INTERNAL;
        });
        return cl.execute(args);
    }

    static String oneLine(String s) {
        if (s == null) return "";
        String t = s.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl);
    }
}
