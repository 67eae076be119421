package org.saddlepoint.nn;

/** A symmetric linear operator v ↦ H·v on ℝⁿ (a Hessian reached through HVPs). */
public interface HessianOperator {
    int dimension();

    /** out = H·v (out and v distinct, length {@link #dimension()}). */
    void apply(double[] v, double[] out);
}
