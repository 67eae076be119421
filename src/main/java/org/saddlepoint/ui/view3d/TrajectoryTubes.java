package org.saddlepoint.ui.view3d;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Group;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.CullFace;
import javafx.scene.shape.MeshView;
import javafx.scene.shape.Sphere;
import javafx.scene.shape.TriangleMesh;
import javafx.scene.shape.VertexFormat;
import org.saddlepoint.optim.Trajectory;
import org.saddlepoint.render.TrajectoryStyle;

/**
 * Trajectories in 3D: each a tube along (x_k, y_k, loss_k) lifted slightly above the surface, in
 * its colour, with a ball at the current step. The tube of the whole path is built once; a step
 * change only shortens the face list to the first k segments and moves the ball.
 *
 * <p>New trajectories with the same number of paths and of steps each (a slider drag: the
 * optimizers rerun from the same start) reuse the shown nodes: the tubes are
 * {@code POINT_NORMAL_TEXCOORD} meshes with their own normals, so only their points and
 * normals are replaced and JavaFX updates them in place, instead of new nodes, materials and
 * meshes built from scratch for every change.
 */
final class TrajectoryTubes {
    private static final float RADIUS = 0.45f, LIFT = 0.9f;
    private static final double BALL = 2.2;
    /** Face ints per segment of a shown tube (p, n, t per corner). */
    static final int SHOWN_FACE_INTS_PER_SEGMENT = TubeMeshBuilder.FACE_INTS_PER_SEGMENT / 2 * 3;

    private final Group group;
    private final List<Entry> entries = new ArrayList<>();

    /** A shown path: its nodes, all its faces (p,n,t), its centres, and how many segments show now. */
    private static final class Entry {
        final MeshView tube;
        final PhongMaterial material, ballMaterial;
        final Sphere ball;
        final int[] faces;
        float[] centres;
        int shownSegments = -1;

        Entry(MeshView tube, PhongMaterial material, Sphere ball, PhongMaterial ballMaterial, int[] faces, float[] centres) {
            this.tube = tube;
            this.material = material;
            this.ball = ball;
            this.ballMaterial = ballMaterial;
            this.faces = faces;
            this.centres = centres;
        }

        TriangleMesh mesh() { return (TriangleMesh) tube.getMesh(); }
    }

    TrajectoryTubes(Group group) { this.group = group; }

    void rebuild(List<TrajectoryStyle> list, SceneBox box, int step) {
        if (box == null) {
            group.getChildren().clear();
            entries.clear();
            return;
        }
        List<float[]> paths = new ArrayList<>();
        for (TrajectoryStyle s : list) paths.add(centres(s.trajectory(), box));
        if (!sameShape(paths)) {
            group.getChildren().clear();
            entries.clear();
            for (int i = 0; i < list.size(); i++) add(paths.get(i), list.get(i).color());
        } else {
            for (int i = 0; i < list.size(); i++) update(entries.get(i), paths.get(i), list.get(i).color());
        }
        setStep(step);
    }

    private boolean sameShape(List<float[]> paths) {
        if (paths.size() != entries.size()) return false;
        for (int i = 0; i < paths.size(); i++) if (paths.get(i).length != entries.get(i).centres.length) return false;
        return true;
    }

    private static float[] centres(Trajectory t, SceneBox box) {
        int n = t.size();
        float[] xyz = new float[3 * n];
        for (int k = 0; k < n; k++) {
            double y = box.sceneY(t.loss(k));
            xyz[3 * k] = (float) box.sceneX(t.x(k));
            xyz[3 * k + 1] = (float) ((Double.isFinite(y) ? y : -SceneBox.HEIGHT / 2) - LIFT);
            xyz[3 * k + 2] = (float) box.sceneZ(t.y(k));
        }
        return xyz;
    }

    private void add(float[] xyz, java.awt.Color colour) {
        SurfaceMeshBuilder.Arrays a = TubeMeshBuilder.tube(xyz, RADIUS);
        TriangleMesh m = new TriangleMesh(VertexFormat.POINT_NORMAL_TEXCOORD);
        m.getPoints().setAll(a.points());
        m.getNormals().setAll(a.normals());
        m.getTexCoords().setAll(a.texCoords());
        MeshView tube = new MeshView(m);
        tube.setCullFace(CullFace.NONE);
        PhongMaterial mat = new PhongMaterial();
        mat.setSpecularColor(Color.gray(0.6));
        tube.setMaterial(mat);
        Sphere ball = new Sphere(BALL, 16);
        PhongMaterial ballMat = new PhongMaterial();
        ballMat.setSpecularColor(Color.WHITE);
        ball.setMaterial(ballMat);
        Entry e = new Entry(tube, mat, ball, ballMat, LitSurfaceMesh.withNormals(a.faces()), xyz);
        colour(e, colour);
        entries.add(e);
        group.getChildren().addAll(tube, ball);
    }

    private static void update(Entry e, float[] xyz, java.awt.Color colour) {
        SurfaceMeshBuilder.Arrays a = TubeMeshBuilder.tube(xyz, RADIUS);
        e.mesh().getPoints().setAll(a.points());
        e.mesh().getNormals().setAll(a.normals());
        e.centres = xyz;
        colour(e, colour);
    }

    private static void colour(Entry e, java.awt.Color c) {
        Color fx = Color.rgb(c.getRed(), c.getGreen(), c.getBlue(), c.getAlpha() / 255.0);
        if (!fx.equals(e.material.getDiffuseColor())) {
            e.material.setDiffuseColor(fx);
            e.ballMaterial.setDiffuseColor(fx.brighter());
        }
    }

    void setStep(int step) {
        for (Entry e : entries) {
            int n = e.centres.length / 3;
            int last = Math.min(step, n - 1);
            if (last != e.shownSegments) { // unchanged faces keep JavaFX on its in-place update
                e.mesh().getFaces().setAll(e.faces, 0, last * SHOWN_FACE_INTS_PER_SEGMENT);
                e.shownSegments = last;
            }
            e.ball.setTranslateX(e.centres[3 * last]);
            e.ball.setTranslateY(e.centres[3 * last + 1]);
            e.ball.setTranslateZ(e.centres[3 * last + 2]);
        }
    }
}
