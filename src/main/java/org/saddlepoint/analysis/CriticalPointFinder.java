package org.saddlepoint.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import org.saddlepoint.surface.Domain;
import org.saddlepoint.surface.PointFunction;
import org.saddlepoint.surface.Surface;

/**
 * Finds the critical points ∇f = 0 of a surface inside a {@link Domain} by multi-start Newton:
 * from each start of a {@code startsX × startsY} grid (cell centres) it iterates
 * θ ← θ + t·Δ with HΔ = −g, the step length capped at {@code maxStep·diag} (diag = the domain's
 * diagonal) and t halved (up to 30 times) until ½‖∇f‖² decreases (Newton's Δ is a descent
 * direction of ½‖∇f‖², because ∇(½‖g‖²)ᵀΔ = gᵀHΔ = −‖g‖²). Where H is (nearly) singular the
 * step uses the pseudo-inverse of H (eigenvalues below 1e-12·max|λ| are dropped), and where
 * that gives no step, a gradient step on ½‖g‖².
 *
 * <p>A run has converged when ‖∇f‖ ≤ {@code gradientTolerance} and the last step was shorter
 * than 1e-10·diag (so degenerate points, where Newton is only linear, are polished as well).
 * Converged points outside the domain are dropped; points closer than {@code mergeTolerance·diag}
 * are merged (the one with the smallest ‖∇f‖ is kept). Each point is classified by
 * {@link Curvature}. The finder is stateless; {@link #find} may run on a worker thread and
 * reports progress in [0, 1] and checks {@code cancelled} after each start.
 *
 * @param startsX           starts along x (≥ 1)
 * @param startsY           starts along y (≥ 1)
 * @param maxIterations     Newton iterations per start
 * @param gradientTolerance ‖∇f‖ below which a point counts as critical
 * @param maxStep           largest step as a fraction of the domain's diagonal
 * @param mergeTolerance    merge distance as a fraction of the domain's diagonal
 */
public record CriticalPointFinder(int startsX, int startsY, int maxIterations, double gradientTolerance,
                                  double maxStep, double mergeTolerance) {
    public CriticalPointFinder {
        if (startsX < 1 || startsY < 1) throw new IllegalArgumentException("need at least one start per axis");
        if (maxIterations < 1) throw new IllegalArgumentException("maxIterations must be ≥ 1");
        if (!(gradientTolerance > 0) || !(maxStep > 0) || !(mergeTolerance > 0)) {
            throw new IllegalArgumentException("tolerances and maxStep must be > 0");
        }
    }

    /** 12×12 starts, 200 iterations, ‖∇f‖ ≤ 1e-8, steps ≤ 0.1·diag, merge within 1e-6·diag. */
    public static CriticalPointFinder defaults() { return new CriticalPointFinder(12, 12, 200, 1e-8, 0.1, 1e-6); }

    /** Critical points of {@code surface} in {@code domain}, sorted by value then x then y. */
    public List<CriticalPoint> find(Surface surface, Domain domain) {
        return find(surface, domain, p -> { }, () -> false);
    }

    /** As {@link #find(Surface, Domain)}, with progress and cancel (throws CancellationException). */
    public List<CriticalPoint> find(Surface surface, Domain domain, DoubleConsumer progress, BooleanSupplier cancelled) {
        PointFunction f = surface.newEvaluator();
        double diag = Math.hypot(domain.width(), domain.height());
        List<double[]> found = new ArrayList<>(); // x, y, |g|, iterations
        int total = startsX * startsY;
        for (int j = 0; j < startsY; j++) {
            for (int i = 0; i < startsX; i++) {
                if (cancelled.getAsBoolean()) throw new CancellationException("critical point search cancelled");
                double x0 = domain.xMin() + (i + 0.5) * domain.width() / startsX;
                double y0 = domain.yMin() + (j + 0.5) * domain.height() / startsY;
                double[] r = newton(f, x0, y0, diag);
                if (r != null && domain.contains(r[0], r[1])) merge(found, r, mergeTolerance * diag);
                progress.accept((j * startsX + i + 1) / (double) total);
            }
        }
        List<CriticalPoint> out = new ArrayList<>();
        for (double[] r : found) out.add(new CriticalPoint(Curvature.at(f, r[0], r[1]), (int) r[3]));
        out.sort(Comparator.comparingDouble(CriticalPoint::value).thenComparingDouble(CriticalPoint::x)
                .thenComparingDouble(CriticalPoint::y));
        return out;
    }

    private static void merge(List<double[]> found, double[] r, double tol) {
        for (int k = 0; k < found.size(); k++) {
            double[] q = found.get(k);
            if (Math.hypot(q[0] - r[0], q[1] - r[1]) <= tol) {
                if (r[2] < q[2]) found.set(k, r);
                return;
            }
        }
        found.add(r);
    }

    /** Returns {x, y, ‖g‖, iterations} on convergence, null otherwise. */
    private double[] newton(PointFunction f, double x, double y, double diag) {
        double[] g = new double[2], h = new double[3], gt = new double[2];
        double stepCap = maxStep * diag, stepTol = 1e-10 * diag;
        f.gradient(x, y, g);
        double merit = g[0] * g[0] + g[1] * g[1];
        for (int it = 1; it <= maxIterations; it++) {
            if (!Double.isFinite(merit)) return null;
            if (merit == 0) return new double[] {x, y, 0, it - 1};
            f.hessian(x, y, h);
            double[] d = newtonStep(g, h);
            double len = Math.hypot(d[0], d[1]);
            if (!(len > 0)) return null;
            if (len > stepCap) {
                d[0] *= stepCap / len;
                d[1] *= stepCap / len;
                len = stepCap;
            }
            double t = 1, nx = x, ny = y, nm = merit;
            for (int k = 0; k < 30; k++) {
                nx = x + t * d[0];
                ny = y + t * d[1];
                f.gradient(nx, ny, gt);
                nm = gt[0] * gt[0] + gt[1] * gt[1];
                if (nm < merit) break;
                t *= 0.5;
            }
            if (!(nm < merit)) {
                return Math.sqrt(merit) <= gradientTolerance ? new double[] {x, y, Math.sqrt(merit), it} : null;
            }
            x = nx;
            y = ny;
            g[0] = gt[0];
            g[1] = gt[1];
            merit = nm;
            if (Math.sqrt(merit) <= gradientTolerance && t * len <= stepTol) return new double[] {x, y, Math.sqrt(merit), it};
        }
        return Math.sqrt(merit) <= gradientTolerance ? new double[] {x, y, Math.sqrt(merit), maxIterations} : null;
    }

    /** Δ = −H⁺g by the closed-form eigen-decomposition of the symmetric 2×2 H. */
    static double[] newtonStep(double[] g, double[] h) {
        double a = h[0], b = h[1], c = h[2];
        double mean = 0.5 * (a + c), r = Math.hypot(0.5 * (a - c), b);
        double l1 = mean - r, l2 = mean + r;
        double big = Math.max(Math.abs(l1), Math.abs(l2));
        // eigenvector of l2: (b, l2 - a) or (l2 - c, b), whichever is better conditioned
        double ux, uy;
        if (r == 0) {
            ux = 1;
            uy = 0;
        } else if (Math.abs(l2 - a) + Math.abs(b) >= Math.abs(l2 - c) + Math.abs(b) && (b != 0 || l2 != a)) {
            ux = b;
            uy = l2 - a;
        } else {
            ux = l2 - c;
            uy = b;
        }
        double n = Math.hypot(ux, uy);
        ux /= n;
        uy /= n;
        double vx = -uy, vy = ux; // eigenvector of l1
        double cut = 1e-12 * big;
        double gu = g[0] * ux + g[1] * uy, gv = g[0] * vx + g[1] * vy;
        double su = Math.abs(l2) > cut ? -gu / l2 : 0, sv = Math.abs(l1) > cut ? -gv / l1 : 0;
        double dx = su * ux + sv * vx, dy = su * uy + sv * vy;
        if (dx == 0 && dy == 0) {
            // H ≈ 0 (all eigenvalues dropped): no Newton information; try −g, the backtracking decides
            dx = -g[0];
            dy = -g[1];
        }
        return new double[] {dx, dy};
    }
}
