package org.saddlepoint.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the CLI in-process and captures exit code, stdout (writer) and stderr. */
final class CliTestSupport {
    record Result(int exit, String out, String err) { }

    private CliTestSupport() { }

    static Result run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = SaddlepointCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }
}
