package org.saddlepoint.ui.curvature;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.CullFace;
import javafx.scene.shape.MeshView;
import javafx.scene.shape.Sphere;
import javafx.scene.shape.TriangleMesh;
import org.saddlepoint.analysis.CriticalPoint;
import org.saddlepoint.analysis.CriticalType;
import org.saddlepoint.analysis.Curvature;
import org.saddlepoint.ui.view3d.SceneBox;

/**
 * 3D overlays: the local quadratic model q(θ) = L(θ') + gᵀΔ + ½ΔᵀHΔ on the square
 * |Δx|, |Δy| ≤ r as a translucent mesh, and critical points as small spheres coloured by type.
 * Heights go through the view's own height scale, so the patch touches the surface at θ'.
 */
public final class Curvature3D {
    /** Patch resolution (n×n vertices). */
    public static final int PATCH_N = 25;
    private static final double SPHERE_RADIUS = 1.3;

    private Curvature3D() { }

    /**
     * Vertex positions (x, y, z per vertex, scene units) of the patch of {@code c} with half-side
     * {@code r}; vertex iy·n + ix sits over (x − r + ix·2r/(n−1), y − r + iy·2r/(n−1)).
     */
    public static float[] patchPoints(Curvature c, double r, int n, SceneBox box) {
        double[] q = new double[n * n];
        c.quadraticPatch(r, n, q, 0);
        float[] pts = new float[3 * n * n];
        double step = 2 * r / (n - 1);
        for (int iy = 0; iy < n; iy++) {
            for (int ix = 0; ix < n; ix++) {
                int k = iy * n + ix;
                double h = box.sceneY(q[k]);
                pts[3 * k] = (float) box.sceneX(c.x() - r + ix * step);
                pts[3 * k + 1] = (float) (Double.isFinite(h) ? h : box.sceneY(c.value()));
                pts[3 * k + 2] = (float) box.sceneZ(c.y() - r + iy * step);
            }
        }
        return pts;
    }

    /** The patch as a translucent, double-sided mesh. */
    public static MeshView patch(Curvature c, double r, SceneBox box) {
        int n = PATCH_N;
        TriangleMesh m = new TriangleMesh();
        m.getPoints().setAll(patchPoints(c, r, n, box));
        m.getTexCoords().setAll(0, 0);
        int[] faces = new int[(n - 1) * (n - 1) * 12];
        int f = 0;
        for (int iy = 0; iy < n - 1; iy++) {
            for (int ix = 0; ix < n - 1; ix++) {
                int a = iy * n + ix, b = a + 1, d = a + n, e = d + 1;
                for (int v : new int[] {a, d, b, b, d, e}) {
                    faces[f++] = v;
                    faces[f++] = 0;
                }
            }
        }
        m.getFaces().setAll(faces);
        MeshView view = new MeshView(m);
        PhongMaterial mat = new PhongMaterial(Color.color(0.85, 0.2, 0.75, 0.62));
        mat.setSpecularColor(Color.color(1, 1, 1, 0.3));
        view.setMaterial(mat);
        view.setCullFace(CullFace.NONE);
        view.setId("curvature-patch");
        return view;
    }

    /** A sphere on the surface at a critical point (or the inspected point), coloured by type. */
    public static Sphere marker(double x, double y, double value, CriticalType type, SceneBox box) {
        Sphere s = new Sphere(SPHERE_RADIUS, 12);
        s.setMaterial(new PhongMaterial(color(type)));
        s.setTranslateX(box.sceneX(x));
        double h = box.sceneY(value);
        s.setTranslateY((Double.isFinite(h) ? h : 0) - SPHERE_RADIUS * 0.5);
        s.setTranslateZ(box.sceneZ(y));
        return s;
    }

    public static Color color(CriticalType t) {
        return switch (t) {
            case MINIMUM -> Color.web("#2b83ba");
            case MAXIMUM -> Color.web("#d7191c");
            case SADDLE -> Color.web("#fdae61");
            case DEGENERATE -> Color.web("#9e9e9e");
        };
    }

    /** Overlay nodes: one sphere per critical point, then the patch of the inspected point (if any). */
    public static List<Node> overlay(List<CriticalPoint> points, Curvature inspected, double patchRadius, SceneBox box) {
        List<Node> out = new ArrayList<>();
        for (CriticalPoint p : points) out.add(marker(p.x(), p.y(), p.value(), p.type(), box));
        if (inspected != null) out.add(patch(inspected, patchRadius, box));
        return out;
    }
}
