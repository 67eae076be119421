package org.saddlepoint.surface;

/**
 * Grid rows of a sigmoid unit's loss without an exponential per point and example. With
 * z = x·u + y·v,
 * <pre>
 *   e^(−z) = e^(−x·u) · e^(−y·v)
 * </pre>
 * so the first factor is tabulated once per column (and kept while the columns stay the same)
 * and the second once per row; a point then costs, per example, a product and a division (MSE:
 * σ(z) = 1/(1 + e^(−z)), σ(−z) = e^(−z)/(1 + e^(−z))) or a logarithm (cross-entropy:
 * softplus(z) = log1p(1/e^(−z))). The values agree with {@link DataSurface}'s point evaluator to
 * a few units in the last place, not bit for bit. Where a factor could overflow or underflow
 * (|x·u| or |y·v| over 345: a huge domain or data set), the row is evaluated point by point.
 * One per thread.
 */
final class SigmoidUnitRows implements RowEvaluator {
    /** Factors within [e^−345, e^345]: products stay far from overflow and underflow. */
    private static final double SAFE_EXPONENT = 345;
    private final double[] u, v, t;
    private final boolean crossEntropy;
    private final PointFunction pointByPoint;
    private final double[] rowFactor;
    private double[] columnFactors = new double[0];
    private double tabulatedX0 = Double.NaN, tabulatedDx = Double.NaN;
    private int tabulatedNx = -1;
    private boolean columnsSafe;

    SigmoidUnitRows(double[] u, double[] v, double[] t, boolean crossEntropy, PointFunction pointByPoint) {
        this.u = u;
        this.v = v;
        this.t = t;
        this.crossEntropy = crossEntropy;
        this.pointByPoint = pointByPoint;
        this.rowFactor = new double[u.length];
    }

    @Override public void valueRow(double y, double x0, double dx, int nx, double[] out, int offset) {
        int n = u.length;
        if (n == 0 || !safeRow(y) || !tabulate(x0, dx, nx)) {
            for (int i = 0; i < nx; i++) out[offset + i] = pointByPoint.value(x0 + i * dx, y);
            return;
        }
        double[] a = columnFactors, b = rowFactor;
        for (int col = 0; col < nx; col++) {
            double x = x0 + col * dx, s = 0;
            int base = col * n;
            if (crossEntropy) {
                for (int i = 0; i < n; i++) {
                    double e = a[base + i] * b[i]; // e^(−z)
                    s += Math.log1p(1.0 / e) - t[i] * (x * u[i] + y * v[i]);
                }
            } else {
                for (int i = 0; i < n; i++) {
                    double e = a[base + i] * b[i];
                    double r = t[i] >= 0.5 ? (1 - t[i]) - e / (1.0 + e) : 1.0 / (1.0 + e) - t[i];
                    s += r * r;
                }
            }
            out[offset + col] = s / n;
        }
    }

    /** Fills e^(−y·v) for this row; false if a factor leaves the safe range. */
    private boolean safeRow(double y) {
        for (int i = 0; i < u.length; i++) {
            double p = y * v[i];
            if (!(Math.abs(p) <= SAFE_EXPONENT)) return false;
            rowFactor[i] = Math.exp(-p);
        }
        return true;
    }

    /** Tabulates e^(−x·u) per column and example (once per set of columns); false if unsafe. */
    private boolean tabulate(double x0, double dx, int nx) {
        if (x0 == tabulatedX0 && dx == tabulatedDx && nx == tabulatedNx) return columnsSafe;
        int n = u.length;
        if (columnFactors.length < nx * n) columnFactors = new double[nx * n];
        columnsSafe = true;
        for (int col = 0; col < nx && columnsSafe; col++) {
            double x = x0 + col * dx;
            for (int i = 0; i < n; i++) {
                double p = x * u[i];
                if (!(Math.abs(p) <= SAFE_EXPONENT)) {
                    columnsSafe = false;
                    break;
                }
                columnFactors[col * n + i] = Math.exp(-p);
            }
        }
        tabulatedX0 = x0;
        tabulatedDx = dx;
        tabulatedNx = nx;
        return columnsSafe;
    }
}
