package org.saddlepoint.ui.view3d;

/**
 * Drops the points of a 3D polyline that lie within a tolerance of the line kept
 * (Ramer–Douglas–Peucker): a span [a, b] keeps its farthest point p when
 * dist(p, segment ab) &gt; ε and is split there; otherwise all points strictly inside it go.
 * Every dropped point is then within ε of the simplified polyline, and the end points stay.
 * A closed polyline (last point = first) is split at the point farthest from its start, so
 * that it stays closed. Iterative (an explicit stack), so a long line cannot overflow the
 * call stack.
 *
 * <p>Contours traced on a 256² grid have a point in every cell they cross (about 0.4 scene
 * units apart); with ε a quarter of the tube radius most of them lie on a straight enough
 * stretch to go, which cuts the tube mesh the render thread must build on every surface switch.
 */
public final class PolylineSimplifier {
    private PolylineSimplifier() { }

    /**
     * @param xyz       {@code [x0,y0,z0, x1,…]}, at least two points
     * @param tolerance ε ≥ 0, in the units of {@code xyz}
     * @return the kept points in order (a new array; {@code xyz} itself when nothing goes)
     */
    public static float[] simplify(float[] xyz, double tolerance) {
        int n = xyz.length / 3;
        if (n <= 2) return xyz;
        boolean[] keep = new boolean[n];
        keep[0] = true;
        keep[n - 1] = true;
        double eps2 = tolerance * tolerance;
        if (same(xyz, 0, n - 1)) {
            int far = farthestFromPoint(xyz, 0, n - 1);
            if (far < 0) return xyz; // every point at the start: nothing to draw, nothing to drop
            keep[far] = true;
            mark(xyz, 0, far, eps2, keep);
            mark(xyz, far, n - 1, eps2, keep);
        } else {
            mark(xyz, 0, n - 1, eps2, keep);
        }
        int kept = 0;
        for (boolean k : keep) if (k) kept++;
        if (kept == n) return xyz;
        float[] out = new float[3 * kept];
        int o = 0;
        for (int i = 0; i < n; i++) {
            if (!keep[i]) continue;
            out[o++] = xyz[3 * i];
            out[o++] = xyz[3 * i + 1];
            out[o++] = xyz[3 * i + 2];
        }
        return out;
    }

    private static void mark(float[] xyz, int from, int to, double eps2, boolean[] keep) {
        int[] stack = new int[64];
        int top = 0;
        stack[top++] = from;
        stack[top++] = to;
        while (top > 0) {
            int b = stack[--top], a = stack[--top];
            if (b - a < 2) continue;
            int worst = -1;
            double worstD2 = eps2;
            for (int i = a + 1; i < b; i++) {
                double d2 = distanceToSegmentSquared(xyz, i, a, b);
                if (d2 > worstD2) { worstD2 = d2; worst = i; }
            }
            if (worst < 0) continue;
            keep[worst] = true;
            if (top + 4 > stack.length) stack = java.util.Arrays.copyOf(stack, 2 * stack.length);
            stack[top++] = a;
            stack[top++] = worst;
            stack[top++] = worst;
            stack[top++] = b;
        }
    }

    /** |p_i − closest point of segment p_a p_b|² (the distance to p_a when the segment is a point). */
    static double distanceToSegmentSquared(float[] xyz, int i, int a, int b) {
        double ax = xyz[3 * a], ay = xyz[3 * a + 1], az = xyz[3 * a + 2];
        double dx = xyz[3 * b] - ax, dy = xyz[3 * b + 1] - ay, dz = xyz[3 * b + 2] - az;
        double px = xyz[3 * i] - ax, py = xyz[3 * i + 1] - ay, pz = xyz[3 * i + 2] - az;
        double len2 = dx * dx + dy * dy + dz * dz;
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, (px * dx + py * dy + pz * dz) / len2));
        double ex = px - t * dx, ey = py - t * dy, ez = pz - t * dz;
        return ex * ex + ey * ey + ez * ez;
    }

    private static boolean same(float[] xyz, int i, int j) {
        return xyz[3 * i] == xyz[3 * j] && xyz[3 * i + 1] == xyz[3 * j + 1] && xyz[3 * i + 2] == xyz[3 * j + 2];
    }

    /** The index in (from, to) farthest from point {@code from}, or −1 when all coincide with it. */
    private static int farthestFromPoint(float[] xyz, int from, int to) {
        int best = -1;
        double bestD2 = 0;
        for (int i = from + 1; i < to; i++) {
            double d2 = distanceToSegmentSquared(xyz, i, from, from);
            if (d2 > bestD2) { bestD2 = d2; best = i; }
        }
        return best;
    }
}
