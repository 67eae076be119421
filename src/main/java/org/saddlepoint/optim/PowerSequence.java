package org.saddlepoint.optim;

/**
 * βᵗ for t = 1, 2, 3, … (Adam's bias corrections) at a fraction of the cost of {@link Math#pow}:
 * consecutive t multiply the previous power by β, and every {@value #RESYNC}-th t (or any t out
 * of sequence) recomputes {@code Math.pow(β, t)}, so the value stays within
 * {@value #RESYNC} roundings (≈ 2e-15 relative) of torch's {@code beta ** step}. Once βᵗ is
 * below 2⁻⁶⁰ it is returned as 0, which leaves 1 − βᵗ unchanged in double (it is 1 either way).
 */
final class PowerSequence {
    static final int RESYNC = 16;
    private static final double NEGLIGIBLE = 0x1p-60;
    private final double beta;
    private int lastT;
    private double last;

    PowerSequence(double beta) {
        this.beta = beta;
        reset();
    }

    /** βᵗ for t ≥ 1. */
    double at(int t) {
        double p;
        if (t == lastT) return last;
        if (t == lastT + 1 && (t & (RESYNC - 1)) != 0) {
            p = last < NEGLIGIBLE ? 0 : last * beta;
        } else {
            p = Math.pow(beta, t);
        }
        lastT = t;
        last = p;
        return p;
    }

    void reset() {
        lastT = 0;
        last = 1;
    }
}
