package org.saddlepoint.optim;

/**
 * A learning-rate schedule: the rate used by optimizer step {@code k+1} after {@code k}
 * scheduler steps, as {@code torch.optim.lr_scheduler} gives it when {@code scheduler.step()}
 * follows every {@code optimizer.step()}. Immutable. Parse spec strings with
 * {@link Schedules#parse(String)}.
 */
public interface Schedule {
    /** Learning rate at scheduler step {@code k ≥ 0} for base rate {@code baseLr}. */
    double lr(int k, double baseLr);

    /** The spec string this schedule was parsed from (canonical form), e.g. {@code exp:gamma=0.99}. */
    String spec();

    Schedule CONSTANT = new Schedule() {
        @Override public double lr(int k, double baseLr) { return baseLr; }

        @Override public String spec() { return "constant"; }

        @Override public String toString() { return spec(); }
    };
}
