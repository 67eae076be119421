package org.saddlepoint.compute;

/**
 * How closely a sampler's values agree with the CPU reference: a value v agrees with the
 * reference r when both are NaN, both are the same infinity, or |v − r| ≤ absolute + relative·|r|.
 * The absolute part covers values near 0, where a relative bound alone is meaningless.
 */
public record Tolerance(double relative, double absolute) {
    /** The CPU reference itself. */
    public static final Tolerance EXACT = new Tolerance(0, 0);
    /** A device computing in double precision (cl_khr_fp64). */
    public static final Tolerance FP64 = new Tolerance(1e-12, 1e-12);
    /** A device computing in single precision. */
    public static final Tolerance FP32 = new Tolerance(1e-5, 1e-5);

    public Tolerance {
        if (!(relative >= 0) || !(absolute >= 0)) throw new IllegalArgumentException("tolerances must be ≥ 0");
    }

    /** Whether {@code value} agrees with {@code reference} within this tolerance (NaN only with NaN). */
    public boolean agrees(double reference, double value) {
        if (Double.isNaN(reference) || Double.isNaN(value)) return Double.isNaN(reference) && Double.isNaN(value);
        if (Double.isInfinite(reference) || Double.isInfinite(value)) return reference == value;
        return Math.abs(value - reference) <= absolute + relative * Math.abs(reference);
    }

    /** For the UI: e.g. {@code "±1e-12 relative"}, or {@code "exact"}. */
    public String describe() {
        if (relative == 0 && absolute == 0) return "exact (CPU reference)";
        return String.format(java.util.Locale.ROOT, "±%.0e relative (+%.0e absolute near 0)", relative, absolute);
    }
}
