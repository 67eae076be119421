package org.saddlepoint.optim;

/** Parses schedule spec strings such as {@code step:step_size=100,gamma=0.5}. */
public final class Schedules {
    private Schedules() { }

    public static Schedule parse(String spec) {
        throw new UnsupportedOperationException("TODO(optim helper)");
    }
}
