package org.saddlepoint.ui.view3d;

import java.util.List;

/**
 * Thin tubes along 3D polylines as one triangle mesh (pure Java): a triangular cross-section of
 * radius r around each vertex, perpendicular to the local direction, and two triangles per side
 * between consecutive rings (6 triangles = 36 face ints per segment, so a prefix of k segments
 * is the first 36·k face ints — used to show a path up to the current step).
 */
public final class TubeMeshBuilder {
    /** Face ints per polyline segment. */
    public static final int FACE_INTS_PER_SEGMENT = 36;

    private TubeMeshBuilder() { }

    /** Arrays for one polyline {@code xyz = [x0,y0,z0, x1,…]}; faces in segment order. */
    public static SurfaceMeshBuilder.Arrays tube(float[] xyz, float radius) {
        return tubes(List.of(xyz), radius);
    }

    /** Arrays for several polylines in one mesh (polylines with fewer than 2 points are skipped). */
    public static SurfaceMeshBuilder.Arrays tubes(List<float[]> polylines, float radius) {
        int points = 0, segments = 0;
        for (float[] l : polylines) {
            int n = l.length / 3;
            if (n >= 2) { points += 3 * n; segments += n - 1; }
        }
        float[] pts = new float[3 * points];
        int[] faces = new int[FACE_INTS_PER_SEGMENT * segments];
        int p = 0, f = 0, base = 0;
        for (float[] l : polylines) {
            int n = l.length / 3;
            if (n < 2) continue;
            float[] u = new float[3], v = new float[3];
            for (int k = 0; k < n; k++) {
                int a = Math.max(0, k - 1), b = Math.min(n - 1, k + 1);
                frame(l[3 * b] - l[3 * a], l[3 * b + 1] - l[3 * a + 1], l[3 * b + 2] - l[3 * a + 2], u, v);
                for (int s = 0; s < 3; s++) {
                    double ang = 2 * Math.PI * s / 3;
                    float cu = (float) (radius * Math.cos(ang)), sv = (float) (radius * Math.sin(ang));
                    pts[p++] = l[3 * k] + cu * u[0] + sv * v[0];
                    pts[p++] = l[3 * k + 1] + cu * u[1] + sv * v[1];
                    pts[p++] = l[3 * k + 2] + cu * u[2] + sv * v[2];
                }
            }
            for (int k = 0; k < n - 1; k++) {
                int r0 = base + 3 * k, r1 = r0 + 3;
                for (int s = 0; s < 3; s++) {
                    int a = r0 + s, b = r0 + (s + 1) % 3, c = r1 + s, d = r1 + (s + 1) % 3;
                    f = tri(faces, f, a, b, c);
                    f = tri(faces, f, b, d, c);
                }
            }
            base += 3 * n;
        }
        return new SurfaceMeshBuilder.Arrays(pts, new float[] {0.5f, 0.5f}, faces, 0, 0);
    }

    /** Two unit vectors u, v perpendicular to direction d and to each other. */
    private static void frame(float dx, float dy, float dz, float[] u, float[] v) {
        double len = Math.sqrt(dx * dx + dy * dy + dz * dz);
        if (len < 1e-12) { dx = 1; dy = 0; dz = 0; len = 1; }
        double x = dx / len, y = dy / len, z = dz / len;
        // any vector not parallel to d: the axis of d's smallest component
        double ax = Math.abs(x) <= Math.abs(y) && Math.abs(x) <= Math.abs(z) ? 1 : 0;
        double ay = ax == 0 && Math.abs(y) <= Math.abs(z) ? 1 : 0;
        double az = ax == 0 && ay == 0 ? 1 : 0;
        double ux = y * az - z * ay, uy = z * ax - x * az, uz = x * ay - y * ax;
        double ul = Math.sqrt(ux * ux + uy * uy + uz * uz);
        ux /= ul; uy /= ul; uz /= ul;
        u[0] = (float) ux; u[1] = (float) uy; u[2] = (float) uz;
        v[0] = (float) (y * uz - z * uy); v[1] = (float) (z * ux - x * uz); v[2] = (float) (x * uy - y * ux);
    }

    private static int tri(int[] faces, int f, int a, int b, int c) {
        faces[f++] = a; faces[f++] = 0;
        faces[f++] = b; faces[f++] = 0;
        faces[f++] = c; faces[f++] = 0;
        return f;
    }
}
