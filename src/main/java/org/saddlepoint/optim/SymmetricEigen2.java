package org.saddlepoint.optim;

/**
 * Closed-form eigendecomposition of a symmetric 2×2 matrix H = [[a, b], [b, c]], without
 * trigonometry or allocation:
 * <pre>
 *   m = (a+c)/2,  r = hypot((a−c)/2, b),  λ₁ = m + r ≥ λ₂ = m − r
 *   cos 2φ = (a−c)/(2r),  sin 2φ = b/r      (φ = 0 when r = 0)
 *   v₁ = (cos φ, sin φ),  v₂ = (−sin φ, cos φ)
 * </pre>
 * The eigenvalue of smaller magnitude is computed as det(H)/λ_big (det by a fused multiply-add)
 * so it keeps its relative accuracy when m and r nearly cancel.
 */
public final class SymmetricEigen2 {
    private SymmetricEigen2() { }

    /**
     * Writes {@code out = [λ₁, λ₂, v₁x, v₁y]} with λ₁ ≥ λ₂ and v₁ the unit eigenvector of λ₁
     * (v₂ = (−v₁y, v₁x)). Non-finite input gives NaN output.
     */
    public static void decompose(double a, double b, double c, double[] out) {
        double m = 0.5 * (a + c);
        double h = 0.5 * (a - c);
        double r = Math.hypot(h, b);
        double l1, l2;
        if (r == 0) {
            l1 = l2 = m;
        } else if (m >= 0) {
            l1 = m + r;
            l2 = l1 == 0 ? 0 : determinant(a, b, c) / l1;
        } else {
            l2 = m - r;
            l1 = determinant(a, b, c) / l2;
        }
        double cos2 = r == 0 ? 1 : h / r;
        double sin2 = r == 0 ? 0 : b / r;
        // half-angle: cos φ = √((1+cos2φ)/2), sin φ = sign(sin2φ)·√((1−cos2φ)/2), computed from
        // the larger one to avoid cancellation
        double cs, sn;
        if (cos2 >= 0) {
            cs = Math.sqrt(0.5 * (1 + cos2));
            sn = sin2 / (2 * cs);
        } else {
            sn = Math.copySign(Math.sqrt(0.5 * (1 - cos2)), sin2 == 0 ? 1 : sin2);
            cs = sin2 / (2 * sn);
        }
        out[0] = l1;
        out[1] = l2;
        out[2] = cs;
        out[3] = sn;
    }

    /** det [[a, b], [b, c]] = a·c − b², with one rounding for a·c. */
    public static double determinant(double a, double b, double c) {
        return Math.fma(a, c, -(b * b));
    }
}
