package org.saddlepoint.analysis;

/**
 * The type of a critical point by the signs of the Hessian's eigenvalues λ₁ ≤ λ₂ (lecture:
 * L(θ) ≈ L(θ') + ½(θ−θ')ᵀH(θ−θ') when ∇L(θ') = 0). An eigenvalue counts as zero when
 * |λ| ≤ {@link Curvature#DEGENERATE_TOLERANCE}·max(1, max|λ|); any zero eigenvalue makes the
 * point {@link #DEGENERATE} (the second-order test cannot decide, e.g. the monkey saddle).
 */
public enum CriticalType {
    /** λ₁ > 0 and λ₂ > 0: the quadratic term is positive in every direction. */
    MINIMUM("minimum"),
    /** λ₁ < 0 and λ₂ < 0: negative in every direction. */
    MAXIMUM("maximum"),
    /** λ₁ < 0 < λ₂: some directions go up, some go down. */
    SADDLE("saddle"),
    /** Some |λ| is within tolerance of 0: higher-order terms decide. */
    DEGENERATE("degenerate");

    private final String label;

    CriticalType(String label) { this.label = label; }

    /** Lower-case name used in files and on the command line. */
    public String label() { return label; }
}
