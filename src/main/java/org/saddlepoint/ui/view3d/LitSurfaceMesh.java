package org.saddlepoint.ui.view3d;

import java.util.Arrays;
import javafx.scene.shape.TriangleMesh;
import javafx.scene.shape.VertexFormat;

/**
 * The surface as one {@code POINT_NORMAL_TEXCOORD} {@link TriangleMesh} that is updated in place.
 * A new surface of the same grid side and the same holes has the same faces; then only the
 * points, normals and texture coordinates are replaced, and JavaFX's render thread updates its
 * vertex buffer in place instead of rebuilding the geometry (welding vertices, smoothing normals
 * and tangent frames for 130k triangles held the render thread, and with it the next pulse of the
 * FX thread, for a few hundred ms under software GL). New faces (another side, other holes) build
 * a new mesh. {@link #prepare} runs off the FX thread; {@link #apply} on it.
 */
final class LitSurfaceMesh {
    /** Arrays ready for {@link #apply}: {@code faces} in p,n,t layout, null when the shown faces still hold. */
    record Prepared(float[] points, float[] normals, float[] texCoords, int[] ptFaces, int[] faces, int[] sameAs) { }

    private TriangleMesh mesh;
    private volatile int[] shownPtFaces;

    /**
     * Converts builder arrays (faces p,t with t = p, normals per point); compares the faces with
     * those shown now (a 130k-triangle comparison is well under a millisecond) so that the FX
     * thread only swaps arrays. Any thread.
     */
    Prepared prepare(SurfaceMeshBuilder.Arrays a) {
        if (a.normals() == null) throw new IllegalArgumentException("a lit surface needs normals");
        int[] shown = shownPtFaces;
        if (shown != null && Arrays.equals(shown, a.faces())) {
            return new Prepared(a.points(), a.normals(), a.texCoords(), shown, null, shown);
        }
        return new Prepared(a.points(), a.normals(), a.texCoords(), a.faces(), withNormals(a.faces()), null);
    }

    /** Faces p,t → p,n,t with each point's own normal (n = p). */
    static int[] withNormals(int[] pt) {
        int[] pnt = new int[pt.length / 2 * 3];
        for (int v = 0, o = 0; v < pt.length; v += 2) {
            pnt[o++] = pt[v];
            pnt[o++] = pt[v];
            pnt[o++] = pt[v + 1];
        }
        return pnt;
    }

    /**
     * Shows {@code p}: in place when its faces are still those shown, else as a new mesh. Returns
     * the mesh to show (the same object after an in-place update). FX thread.
     */
    TriangleMesh apply(Prepared p) {
        if (mesh != null && p.sameAs() != null && p.sameAs() == shownPtFaces
                && mesh.getPoints().size() == p.points().length && mesh.getTexCoords().size() == p.texCoords().length) {
            mesh.getPoints().setAll(p.points());
            mesh.getNormals().setAll(p.normals());
            mesh.getTexCoords().setAll(p.texCoords());
            return mesh;
        }
        int[] faces = p.faces() != null ? p.faces() : withNormals(p.ptFaces()); // the shown mesh changed meanwhile
        TriangleMesh m = new TriangleMesh(VertexFormat.POINT_NORMAL_TEXCOORD);
        m.getPoints().setAll(p.points());
        m.getNormals().setAll(p.normals());
        m.getTexCoords().setAll(p.texCoords());
        m.getFaces().setAll(faces);
        mesh = m;
        shownPtFaces = p.ptFaces();
        return m;
    }
}
