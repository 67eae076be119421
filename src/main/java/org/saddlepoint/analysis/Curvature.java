package org.saddlepoint.analysis;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.saddlepoint.surface.PointFunction;

/**
 * Second-order picture of a surface at one point θ' = (x, y): value, gradient g, Hessian H and
 * its eigen-decomposition H = λ₁v₁v₁ᵀ + λ₂v₂v₂ᵀ (λ₁ ≤ λ₂, v unit, computed with EJML's
 * symmetric eigen-decomposition), plus the {@link CriticalType} H would give if θ' is critical.
 *
 * <p>Tolerance: an eigenvalue counts as zero when |λ| ≤ 1e-8·max(1, max(|λ₁|, |λ₂|))
 * ({@link #DEGENERATE_TOLERANCE}); then the type is {@link CriticalType#DEGENERATE}.
 *
 * <p>Eigenvector sign: each v is flipped so its first non-zero component is positive, so the
 * same point always gives the same arrows.
 *
 * @param x      x of θ'
 * @param y      y of θ'
 * @param value  L(θ')
 * @param gx     ∂L/∂x at θ'
 * @param gy     ∂L/∂y at θ'
 * @param hxx    ∂²L/∂x²
 * @param hxy    ∂²L/∂x∂y
 * @param hyy    ∂²L/∂y²
 * @param lambda1 smaller eigenvalue λ₁
 * @param lambda2 larger eigenvalue λ₂
 * @param v1x    x component of the unit eigenvector of λ₁
 * @param v1y    y component of the unit eigenvector of λ₁
 * @param v2x    x component of the unit eigenvector of λ₂
 * @param v2y    y component of the unit eigenvector of λ₂
 * @param type   classification of H by the signs of λ₁, λ₂
 */
public record Curvature(double x, double y, double value, double gx, double gy, double hxx, double hxy, double hyy,
                        double lambda1, double lambda2, double v1x, double v1y, double v2x, double v2y,
                        CriticalType type) {
    /** Relative tolerance under which an eigenvalue counts as zero (see class doc). */
    public static final double DEGENERATE_TOLERANCE = 1e-8;

    /** Evaluates value, exact gradient and exact Hessian of {@code f} at (x, y) and decomposes H. */
    public static Curvature at(PointFunction f, double x, double y) {
        double[] g = new double[2];
        double[] h = new double[3];
        double value = f.gradient(x, y, g);
        f.hessian(x, y, h);
        return of(x, y, value, g[0], g[1], h[0], h[1], h[2]);
    }

    /** Builds the record from known derivatives (e.g. a network landscape's directional ones). */
    public static Curvature of(double x, double y, double value, double gx, double gy, double hxx, double hxy, double hyy) {
        if (!(Double.isFinite(hxx) && Double.isFinite(hxy) && Double.isFinite(hyy))) {
            throw new IllegalArgumentException("Hessian at (" + x + ", " + y + ") is not finite");
        }
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(2, true, true);
        DMatrixRMaj h = new DMatrixRMaj(new double[][] {{hxx, hxy}, {hxy, hyy}});
        if (!eig.decompose(h)) throw new IllegalStateException("EJML eigen-decomposition failed at (" + x + ", " + y + ")");
        double e0 = eig.getEigenvalue(0).real, e1 = eig.getEigenvalue(1).real;
        int lo = e0 <= e1 ? 0 : 1;
        double[] v1 = unit(eig.getEigenVector(lo));
        double[] v2 = unit(eig.getEigenVector(1 - lo));
        double l1 = Math.min(e0, e1), l2 = Math.max(e0, e1);
        return new Curvature(x, y, value, gx, gy, hxx, hxy, hyy, l1, l2, v1[0], v1[1], v2[0], v2[1], classify(l1, l2));
    }

    /** The type of a symmetric 2×2 Hessian with eigenvalues λ₁ ≤ λ₂ (tolerance in class doc). */
    public static CriticalType classify(double lambda1, double lambda2) {
        double tol = DEGENERATE_TOLERANCE * Math.max(1.0, Math.max(Math.abs(lambda1), Math.abs(lambda2)));
        if (Math.abs(lambda1) <= tol || Math.abs(lambda2) <= tol) return CriticalType.DEGENERATE;
        if (lambda1 > 0) return CriticalType.MINIMUM;
        if (lambda2 < 0) return CriticalType.MAXIMUM;
        return CriticalType.SADDLE;
    }

    /** ‖∇L(θ')‖. */
    public double gradientNorm() { return Math.hypot(gx, gy); }

    /**
     * The local quadratic model q(θ) = L(θ') + gᵀ(θ−θ') + ½(θ−θ')ᵀH(θ−θ') at θ = (px, py); the
     * translucent patch the views draw.
     */
    public double quadratic(double px, double py) {
        double dx = px - x, dy = py - y;
        return value + gx * dx + gy * dy + 0.5 * (hxx * dx * dx + 2 * hxy * dx * dy + hyy * dy * dy);
    }

    /**
     * Fills {@code out[offset + iy·n + ix]} with q on the n×n grid of the square
     * [x−r, x+r] × [y−r, y+r] (x ascending along a row, rows by ascending y); allocation-free.
     */
    public void quadraticPatch(double r, int n, double[] out, int offset) {
        if (n < 2) throw new IllegalArgumentException("a patch needs n ≥ 2, got " + n);
        double step = 2 * r / (n - 1);
        for (int iy = 0; iy < n; iy++) {
            double py = y - r + iy * step;
            for (int ix = 0; ix < n; ix++) out[offset + iy * n + ix] = quadratic(x - r + ix * step, py);
        }
    }

    private static double[] unit(DMatrixRMaj v) {
        double a = v.get(0), b = v.get(1);
        double n = Math.hypot(a, b);
        a /= n;
        b /= n;
        if (a < 0 || (a == 0 && b < 0)) {
            a = -a;
            b = -b;
        }
        return new double[] {a + 0.0, b + 0.0};
    }
}
