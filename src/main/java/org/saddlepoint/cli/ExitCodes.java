package org.saddlepoint.cli;

/** Process exit codes of the CLI. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int INTERNAL = 1;
    public static final int BAD_INPUT = 2;

    private ExitCodes() { }
}
