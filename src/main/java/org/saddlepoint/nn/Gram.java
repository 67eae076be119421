package org.saddlepoint.nn;

/**
 * Small matrix products with a long inner dimension, M[q][j] = Σ_i x_q[i]·y_j[i] (e.g. the
 * weight block of a Hessian-vector product, ∂Ẇ = Aᵀ·Ż over the examples), in register blocks
 * of 4 × 4: each pass over the examples loads four x and four y values and runs sixteen
 * independent fused multiply-add chains. C2 does not vectorize floating-point reductions, so
 * this is what makes them fast: ~3× four separate 4-accumulator dots, measured.
 */
final class Gram {
    private Gram() { }

    /**
     * out[off + q·stride + j] (= or, with {@code add}, +=) Σ_i x_q[i]·y_j[i] for the rows
     * q = rows[0..count) and j in [0, ny); all vectors have the same length.
     */
    static void product(double[][] x, int[] rows, int count, double[][] y, int ny, double[] out, int off, int stride, boolean add) {
        double[] block = new double[16];
        int r = 0;
        for (; r + 3 < count; r += 4) {
            int q0 = rows[r], q1 = rows[r + 1], q2 = rows[r + 2], q3 = rows[r + 3];
            int j = 0;
            for (; j + 3 < ny; j += 4) {
                block4x4(x[q0], x[q1], x[q2], x[q3], y[j], y[j + 1], y[j + 2], y[j + 3], block);
                for (int a = 0; a < 4; a++) {
                    int o = off + rows[r + a] * stride + j;
                    for (int b = 0; b < 4; b++) out[o + b] = add ? out[o + b] + block[4 * a + b] : block[4 * a + b];
                }
            }
            for (; j < ny; j++) {
                block4x1(x[q0], x[q1], x[q2], x[q3], y[j], block);
                for (int a = 0; a < 4; a++) {
                    int o = off + rows[r + a] * stride + j;
                    out[o] = add ? out[o] + block[a] : block[a];
                }
            }
        }
        for (; r < count; r++) {
            int q = rows[r], j = 0;
            for (; j + 3 < ny; j += 4) {
                block4x1(y[j], y[j + 1], y[j + 2], y[j + 3], x[q], block);
                int o = off + q * stride + j;
                for (int b = 0; b < 4; b++) out[o + b] = add ? out[o + b] + block[b] : block[b];
            }
            for (; j < ny; j++) {
                double s = dot(x[q], y[j]);
                int o = off + q * stride + j;
                out[o] = add ? out[o] + s : s;
            }
        }
    }

    /** out[4a + b] = x_aᵀ·y_b for a, b in 0..3. */
    static void block4x4(double[] xa, double[] xb, double[] xc, double[] xd, double[] y0, double[] y1, double[] y2, double[] y3,
                         double[] out) {
        double a0 = 0, a1 = 0, a2 = 0, a3 = 0, b0 = 0, b1 = 0, b2 = 0, b3 = 0;
        double c0 = 0, c1 = 0, c2 = 0, c3 = 0, d0 = 0, d1 = 0, d2 = 0, d3 = 0;
        int len = xa.length;
        for (int i = 0; i < len; i++) {
            double p = xa[i], q = xb[i], r = xc[i], s = xd[i], u0 = y0[i], u1 = y1[i], u2 = y2[i], u3 = y3[i];
            a0 = Math.fma(p, u0, a0);
            a1 = Math.fma(p, u1, a1);
            a2 = Math.fma(p, u2, a2);
            a3 = Math.fma(p, u3, a3);
            b0 = Math.fma(q, u0, b0);
            b1 = Math.fma(q, u1, b1);
            b2 = Math.fma(q, u2, b2);
            b3 = Math.fma(q, u3, b3);
            c0 = Math.fma(r, u0, c0);
            c1 = Math.fma(r, u1, c1);
            c2 = Math.fma(r, u2, c2);
            c3 = Math.fma(r, u3, c3);
            d0 = Math.fma(s, u0, d0);
            d1 = Math.fma(s, u1, d1);
            d2 = Math.fma(s, u2, d2);
            d3 = Math.fma(s, u3, d3);
        }
        out[0] = a0; out[1] = a1; out[2] = a2; out[3] = a3;
        out[4] = b0; out[5] = b1; out[6] = b2; out[7] = b3;
        out[8] = c0; out[9] = c1; out[10] = c2; out[11] = c3;
        out[12] = d0; out[13] = d1; out[14] = d2; out[15] = d3;
    }

    /** out[a] = x_aᵀ·y for a in 0..3, two examples per step (eight chains). */
    static void block4x1(double[] xa, double[] xb, double[] xc, double[] xd, double[] y, double[] out) {
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0, t0 = 0, t1 = 0, t2 = 0, t3 = 0;
        int len = y.length, i = 0;
        for (; i + 1 < len; i += 2) {
            double u = y[i], w = y[i + 1];
            s0 = Math.fma(xa[i], u, s0);
            s1 = Math.fma(xb[i], u, s1);
            s2 = Math.fma(xc[i], u, s2);
            s3 = Math.fma(xd[i], u, s3);
            t0 = Math.fma(xa[i + 1], w, t0);
            t1 = Math.fma(xb[i + 1], w, t1);
            t2 = Math.fma(xc[i + 1], w, t2);
            t3 = Math.fma(xd[i + 1], w, t3);
        }
        if (i < len) {
            double u = y[i];
            s0 = Math.fma(xa[i], u, s0);
            s1 = Math.fma(xb[i], u, s1);
            s2 = Math.fma(xc[i], u, s2);
            s3 = Math.fma(xd[i], u, s3);
        }
        out[0] = s0 + t0;
        out[1] = s1 + t1;
        out[2] = s2 + t2;
        out[3] = s3 + t3;
    }

    /** Σ x_i·y_i, four chains. */
    static double dot(double[] x, double[] y) {
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        int len = x.length, i = 0;
        for (; i + 3 < len; i += 4) {
            s0 = Math.fma(x[i], y[i], s0);
            s1 = Math.fma(x[i + 1], y[i + 1], s1);
            s2 = Math.fma(x[i + 2], y[i + 2], s2);
            s3 = Math.fma(x[i + 3], y[i + 3], s3);
        }
        for (; i < len; i++) s0 = Math.fma(x[i], y[i], s0);
        return (s0 + s1) + (s2 + s3);
    }
}
