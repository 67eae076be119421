package org.saddlepoint.ui.view3d;

import org.saddlepoint.render.ColorScale;
import org.saddlepoint.surface.ScalarGrid;

/**
 * Builds the arrays of a height-field triangle mesh in pure Java (off the FX thread): one point per
 * grid sample (X, Y, Z from {@link SceneBox}), one texture coordinate per point
 * (u = colour coordinate t, v = ½, for a 1-D colour map texture), two triangles per cell whose four
 * corners are all finite (cells touching a hole are left out). Grids finer than {@code maxN} per
 * side are subsampled (every k-th sample, always keeping the last row and column).
 *
 * <p>The surface also gets one unit normal per point (central differences of the scene-space
 * points, one-sided next to an edge or a hole): n = (P[i+1,j] − P[i−1,j]) × (P[i,j+1] − P[i,j−1]),
 * the same orientation as the faces' winding. With its own normals the mesh can be shown as a
 * {@code POINT_NORMAL_TEXCOORD} mesh, which JavaFX updates in place when only points, normals and
 * texture coordinates change ({@link LitSurfaceMesh}); without them it rebuilds the whole
 * geometry on the render thread for every new surface.
 */
public final class SurfaceMeshBuilder {
    /**
     * The arrays for a {@code javafx.scene.shape.TriangleMesh} (faces as p0,t0,p1,t1,p2,t2);
     * {@code normals} (x, y, z per point) for a surface, null for lines and tubes.
     */
    public record Arrays(float[] points, float[] texCoords, int[] faces, int nx, int ny, float[] normals) {
        public Arrays(float[] points, float[] texCoords, int[] faces, int nx, int ny) {
            this(points, texCoords, faces, nx, ny, null);
        }

        public int triangleCount() { return faces.length / 6; }
    }

    private SurfaceMeshBuilder() { }

    public static Arrays build(ScalarGrid g, SceneBox box, ColorScale colour, int maxN) {
        int[] xs = indices(g.nx(), maxN), ys = indices(g.ny(), maxN);
        int nx = xs.length, ny = ys.length;
        float[] points = new float[3 * nx * ny];
        float[] tex = new float[2 * nx * ny];
        boolean[] finite = new boolean[nx * ny];
        double[] z = g.values();
        int p = 0, t = 0;
        for (int j = 0; j < ny; j++) {
            double y = g.y(ys[j]);
            float sz = (float) box.sceneZ(y);
            for (int i = 0; i < nx; i++) {
                double v = z[ys[j] * g.nx() + xs[i]];
                boolean ok = Double.isFinite(v);
                finite[j * nx + i] = ok;
                points[p++] = (float) box.sceneX(g.x(xs[i]));
                points[p++] = ok ? (float) box.sceneY(v) : 0f;
                points[p++] = sz;
                double c = ok ? colour.t(v) : 0.5;
                tex[t++] = (float) (0.5 / 256 + c * (255.0 / 256)); // texel centres of a 256-wide map
                tex[t++] = 0.5f;
            }
        }
        int[] faces = new int[12 * (nx - 1) * (ny - 1)];
        int f = 0;
        for (int j = 0; j < ny - 1; j++) {
            for (int i = 0; i < nx - 1; i++) {
                int a = j * nx + i, b = a + 1, c = a + nx, d = c + 1;
                if (!(finite[a] && finite[b] && finite[c] && finite[d])) continue;
                // (b − a) × (c − a) = (Δx,0,0) × (0,0,Δz) points to −Y (up): the upper side is the front
                f = tri(faces, f, a, b, c);
                f = tri(faces, f, b, d, c);
            }
        }
        return new Arrays(points, tex, f == faces.length ? faces : java.util.Arrays.copyOf(faces, f), nx, ny,
                normals(points, finite, nx, ny));
    }

    /** Unit normals per point (see the class comment); (0, −1, 0), i.e. up, where no neighbour is finite. */
    static float[] normals(float[] p, boolean[] finite, int nx, int ny) {
        float[] n = new float[p.length];
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                int k = j * nx + i;
                int right = i + 1 < nx && finite[k + 1] ? k + 1 : k, left = i > 0 && finite[k - 1] ? k - 1 : k;
                int up = j + 1 < ny && finite[k + nx] ? k + nx : k, down = j > 0 && finite[k - nx] ? k - nx : k;
                float ax = p[3 * right] - p[3 * left], ay = p[3 * right + 1] - p[3 * left + 1], az = p[3 * right + 2] - p[3 * left + 2];
                float bx = p[3 * up] - p[3 * down], by = p[3 * up + 1] - p[3 * down + 1], bz = p[3 * up + 2] - p[3 * down + 2];
                float cx = ay * bz - az * by, cy = az * bx - ax * bz, cz = ax * by - ay * bx;
                float len = (float) Math.sqrt(cx * cx + cy * cy + cz * cz);
                if (!finite[k] || !(len > 0)) {
                    n[3 * k + 1] = -1f;
                } else {
                    n[3 * k] = cx / len;
                    n[3 * k + 1] = cy / len;
                    n[3 * k + 2] = cz / len;
                }
            }
        }
        return n;
    }

    /**
     * A coarse wireframe as degenerate triangles (a, b, b), which {@code DrawMode.LINE} draws as
     * the segment a–b: about {@code lines} grid lines per direction, lifted by {@code lift} (−Y).
     */
    public static Arrays wireframe(ScalarGrid g, SceneBox box, int lines, float lift) {
        int[] xs = indices(g.nx(), lines), ys = indices(g.ny(), lines);
        int nx = xs.length, ny = ys.length;
        float[] points = new float[3 * nx * ny];
        boolean[] finite = new boolean[nx * ny];
        int p = 0;
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                double v = g.at(xs[i], ys[j]);
                finite[j * nx + i] = Double.isFinite(v);
                points[p++] = (float) box.sceneX(g.x(xs[i]));
                points[p++] = Double.isFinite(v) ? (float) box.sceneY(v) - lift : 0f;
                points[p++] = (float) box.sceneZ(g.y(ys[j]));
            }
        }
        int[] faces = new int[6 * (2 * nx * ny)];
        int f = 0;
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                int a = j * nx + i;
                if (i + 1 < nx && finite[a] && finite[a + 1]) f = segment(faces, f, a, a + 1);
                if (j + 1 < ny && finite[a] && finite[a + nx]) f = segment(faces, f, a, a + nx);
            }
        }
        return new Arrays(points, new float[] {0.5f, 0.5f}, java.util.Arrays.copyOf(faces, f), nx, ny);
    }

    private static int segment(int[] faces, int f, int a, int b) {
        faces[f++] = a; faces[f++] = 0; // one texture coordinate for the whole wireframe
        faces[f++] = b; faces[f++] = 0;
        faces[f++] = b; faces[f++] = 0;
        return f;
    }

    private static int tri(int[] faces, int f, int a, int b, int c) {
        faces[f++] = a; faces[f++] = a; // texcoord index = point index for the surface
        faces[f++] = b; faces[f++] = b;
        faces[f++] = c; faces[f++] = c;
        return f;
    }

    /** Sample indices 0 … n−1 with at most {@code max} entries, evenly strided, always ending at n−1. */
    static int[] indices(int n, int max) {
        if (max < 2) throw new IllegalArgumentException("need at least 2 samples per side, got " + max);
        int stride = (n - 1 + max - 2) / (max - 1);
        int count = (n - 1 + stride - 1) / stride + 1;
        int[] idx = new int[count];
        for (int k = 0; k < count - 1; k++) idx[k] = k * stride;
        idx[count - 1] = n - 1;
        return idx;
    }
}
