package org.saddlepoint.cli;

/** A fault in what the user gave (option, file): reported as one line, exit code 2. */
public final class UserError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UserError(String message) { super(message); }

    public UserError(String message, Throwable cause) { super(message, cause); }
}
