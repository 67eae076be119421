package org.saddlepoint.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.saddlepoint.surface.ScalarGrid;

/**
 * Contour lines of a {@link ScalarGrid} by marching squares. For each cell with corners
 * v₀=(i,j), v₁=(i+1,j), v₂=(i+1,j+1), v₃=(i,j+1) the corners with v ≥ level form a 4-bit case;
 * an edge a→b whose ends lie on both sides is cut at the linear root
 * p = a + (level − v_a)/(v_b − v_a)·(b − a). The two ambiguous saddle cases (only diagonal
 * corners above) are resolved by the centre value (v₀+v₁+v₂+v₃)/4: if it is above the level
 * the two above-corners are joined. Cells with a non-finite corner are skipped (the line ends
 * at a hole). Each cut edge belongs to at most two cells, so joining the segments at shared edges
 * gives paths and loops: the polylines returned.
 *
 * <p>Not thread-safe (it reuses its work arrays); use one tracer per thread.
 */
public final class ContourTracer {
    /** ε of the log scale as a fraction of the value range: u = ln(z − z_min + ε). */
    public static final double LOG_EPSILON_FRACTION = 1e-3;

    // segment table: for each case, pairs of edges (0 bottom v0v1, 1 right v1v2, 2 top v3v2, 3 left v0v3)
    private static final int[][] SEGMENTS = {
        {}, {3, 0}, {0, 1}, {3, 1}, {1, 2}, null, {0, 2}, {3, 2},
        {2, 3}, {0, 2}, null, {1, 2}, {3, 1}, {0, 1}, {3, 0}, {},
    };

    private int[] link0 = new int[0], link1 = new int[0];
    private double[] px = new double[0], py = new double[0];
    // Edges cut at the current level, so that resetting the links and joining cost in proportion
    // to the line's length rather than to the grid's 2·n² edges per level; visited[e] == pass
    // stamp marks an edge joined in this call (no boolean[edges] per level).
    private int[] touched = new int[0], visited = new int[0];
    private int touchedCount, stamp;

    /** Traces every level; the result lists the lines of each level in the order given. */
    public List<ContourLine> trace(ScalarGrid grid, double[] levels) {
        List<ContourLine> out = new ArrayList<>();
        for (double level : levels) out.addAll(trace(grid, level));
        return out;
    }

    /** The polylines of {f = level} in data coordinates (empty if the level is not crossed). */
    public List<ContourLine> trace(ScalarGrid grid, double level) {
        int nx = grid.nx(), ny = grid.ny();
        int hEdges = (nx - 1) * ny, edges = hEdges + nx * (ny - 1);
        ensure(edges);
        for (int k = 0; k < touchedCount; k++) {
            link0[touched[k]] = -1;
            link1[touched[k]] = -1;
        }
        touchedCount = 0;
        double[] z = grid.values();
        if (!(level >= grid.finiteMin() && level <= grid.finiteMax())) return List.of();
        int[] cellEdges = new int[4];
        for (int j = 0; j < ny - 1; j++) {
            for (int i = 0; i < nx - 1; i++) {
                double v0 = z[j * nx + i], v1 = z[j * nx + i + 1], v2 = z[(j + 1) * nx + i + 1], v3 = z[(j + 1) * nx + i];
                if (!(Double.isFinite(v0) && Double.isFinite(v1) && Double.isFinite(v2) && Double.isFinite(v3))) continue;
                int c = (v0 >= level ? 1 : 0) | (v1 >= level ? 2 : 0) | (v2 >= level ? 4 : 0) | (v3 >= level ? 8 : 0);
                if (c == 0 || c == 15) continue;
                cellEdges[0] = j * (nx - 1) + i;
                cellEdges[1] = hEdges + j * nx + i + 1;
                cellEdges[2] = (j + 1) * (nx - 1) + i;
                cellEdges[3] = hEdges + j * nx + i;
                int[] seg = SEGMENTS[c];
                if (seg == null) {
                    boolean centreAbove = (v0 + v1 + v2 + v3) * 0.25 >= level;
                    // case 5 (v0,v2 above) joined ⇔ isolate v1 and v3; case 10 (v1,v3) joined ⇔ isolate v0 and v2
                    boolean isolateV1V3 = (c == 5) == centreAbove;
                    seg = isolateV1V3 ? new int[] {0, 1, 2, 3} : new int[] {3, 0, 1, 2};
                }
                for (int s = 0; s < seg.length; s += 2) {
                    int a = cellEdges[seg[s]], b = cellEdges[seg[s + 1]];
                    cut(grid, level, a, hEdges);
                    cut(grid, level, b, hEdges);
                    connect(a, b);
                    connect(b, a);
                }
            }
        }
        return join(level, edges);
    }

    private void cut(ScalarGrid grid, double level, int edge, int hEdges) {
        int nx = grid.nx();
        double[] z = grid.values();
        int i, j, di, dj;
        if (edge < hEdges) { j = edge / (nx - 1); i = edge % (nx - 1); di = 1; dj = 0; }
        else { int e = edge - hEdges; j = e / nx; i = e % nx; di = 0; dj = 1; }
        double va = z[j * nx + i], vb = z[(j + dj) * nx + i + di];
        double f = (level - va) / (vb - va);
        double xa = grid.x(i), ya = grid.y(j);
        px[edge] = xa + f * (grid.x(i + di) - xa);
        py[edge] = ya + f * (grid.y(j + dj) - ya);
    }

    private void connect(int from, int to) {
        if (link0[from] < 0) {
            link0[from] = to;
            if (touchedCount == touched.length) touched = Arrays.copyOf(touched, Math.max(64, 2 * touched.length));
            touched[touchedCount++] = from;
        } else {
            link1[from] = to;
        }
    }

    private List<ContourLine> join(double level, int edges) {
        List<ContourLine> lines = new ArrayList<>();
        if (++stamp == Integer.MAX_VALUE) {
            Arrays.fill(visited, 0);
            stamp = 1;
        }
        int mark = stamp;
        int[] cut = Arrays.copyOf(touched, touchedCount);
        Arrays.sort(cut); // the order a scan of every edge would meet them in
        double[] buf = new double[64];
        // open paths start at an edge with one neighbour, then the remaining loops
        for (int pass = 0; pass < 2; pass++) {
            for (int e : cut) {
                if (visited[e] == mark) continue;
                if (pass == 0 && link1[e] >= 0) continue;
                int n = 0, prev = -1, cur = e;
                while (cur >= 0 && visited[cur] != mark) {
                    visited[cur] = mark;
                    if (n + 2 > buf.length) buf = Arrays.copyOf(buf, buf.length * 2);
                    buf[n++] = px[cur];
                    buf[n++] = py[cur];
                    int next = link0[cur] != prev ? link0[cur] : link1[cur];
                    if (next == prev && link1[cur] == prev) next = -1;
                    prev = cur;
                    cur = next;
                }
                if (pass == 1 || cur == e) { // a loop: close it
                    if (n + 2 > buf.length) buf = Arrays.copyOf(buf, buf.length + 2);
                    buf[n++] = buf[0];
                    buf[n++] = buf[1];
                }
                if (n >= 4) lines.add(new ContourLine(level, Arrays.copyOf(buf, n)));
            }
        }
        return lines;
    }

    private void ensure(int edges) {
        if (link0.length < edges) {
            link0 = new int[edges];
            link1 = new int[edges];
            px = new double[edges];
            py = new double[edges];
            visited = new int[edges];
            Arrays.fill(link0, -1);
            Arrays.fill(link1, -1);
            touchedCount = 0;
        }
    }

    /** {@code count} levels for {@code grid}'s finite range; see {@link #levels(double, double, int, boolean)}. */
    public static double[] levels(ScalarGrid g, int count, boolean log) {
        if (!(g.finiteMin() < g.finiteMax())) return new double[0];
        return levels(g.finiteMin(), g.finiteMax(), count, log);
    }

    /**
     * About {@code count} levels strictly inside (lo, hi). Linear: multiples of a nice step
     * (1, 2, 2.5 or 5 × 10ᵏ) near (hi − lo)/count. Log: evenly spaced in u = ln(z − lo + ε),
     * ε = {@value #LOG_EPSILON_FRACTION}·(hi − lo), with z − lo rounded to two significant digits,
     * so the levels crowd near the minimum where a log-coloured valley has its detail.
     */
    public static double[] levels(double lo, double hi, int count, boolean log) {
        if (count <= 0 || !(lo < hi) || !Double.isFinite(lo) || !Double.isFinite(hi)) return new double[0];
        double range = hi - lo;
        if (log) {
            double eps = LOG_EPSILON_FRACTION * range;
            double u0 = Math.log(eps), u1 = Math.log(range + eps);
            double[] out = new double[count];
            int n = 0;
            for (int k = 1; k <= count; k++) {
                double d = roundSignificant(Math.exp(u0 + k * (u1 - u0) / (count + 1)) - eps, 2);
                double level = lo + d;
                if (level > lo && level < hi && (n == 0 || level > out[n - 1])) out[n++] = level;
            }
            return Arrays.copyOf(out, n);
        }
        double step = niceStep(range / count);
        double first = Math.ceil(lo / step) * step;
        List<Double> out = new ArrayList<>();
        for (int k = 0; ; k++) {
            double level = first + k * step;
            if (level >= hi) break;
            if (level > lo) out.add(Math.abs(level) < step * 1e-9 ? 0.0 : level);
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    static double niceStep(double raw) {
        double p = Math.pow(10, Math.floor(Math.log10(raw)));
        double m = raw / p;
        double nice = m < 1.5 ? 1 : m < 2.25 ? 2 : m < 3.5 ? 2.5 : m < 7.5 ? 5 : 10;
        return nice * p;
    }

    private static double roundSignificant(double v, int digits) {
        if (v <= 0 || !Double.isFinite(v)) return v;
        double p = Math.pow(10, Math.floor(Math.log10(v)) - digits + 1);
        return Math.round(v / p) * p;
    }
}
