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
import org.saddlepoint.optim.Trajectory;
import org.saddlepoint.render.TrajectoryStyle;

/**
 * Trajectories in 3D: each a tube along (x_k, y_k, loss_k) lifted slightly above the surface, in
 * its colour, with a ball at the current step. The tube of the whole path is built once; a step
 * change only shortens the face list to the first k segments and moves the ball.
 */
final class TrajectoryTubes {
    private static final float RADIUS = 0.45f, LIFT = 0.9f;
    private static final double BALL = 2.2;

    private final Group group;
    private final List<Entry> entries = new ArrayList<>();

    private record Entry(MeshView tube, int[] faces, float[] centres, Sphere ball) { }

    TrajectoryTubes(Group group) { this.group = group; }

    void rebuild(List<TrajectoryStyle> list, SceneBox box, int step) {
        group.getChildren().clear();
        entries.clear();
        if (box == null) return;
        for (TrajectoryStyle s : list) {
            Trajectory t = s.trajectory();
            int n = t.size();
            float[] xyz = new float[3 * n];
            for (int k = 0; k < n; k++) {
                double y = box.sceneY(t.loss(k));
                xyz[3 * k] = (float) box.sceneX(t.x(k));
                xyz[3 * k + 1] = (float) ((Double.isFinite(y) ? y : -SceneBox.HEIGHT / 2) - LIFT);
                xyz[3 * k + 2] = (float) box.sceneZ(t.y(k));
            }
            SurfaceMeshBuilder.Arrays a = TubeMeshBuilder.tube(xyz, RADIUS);
            TriangleMesh m = new TriangleMesh();
            m.getPoints().setAll(a.points());
            m.getTexCoords().setAll(a.texCoords());
            MeshView tube = new MeshView(m);
            tube.setCullFace(CullFace.NONE);
            java.awt.Color c = s.color();
            Color fx = Color.rgb(c.getRed(), c.getGreen(), c.getBlue(), c.getAlpha() / 255.0);
            PhongMaterial mat = new PhongMaterial(fx);
            mat.setSpecularColor(Color.gray(0.6));
            tube.setMaterial(mat);
            Sphere ball = new Sphere(BALL, 16);
            PhongMaterial ballMat = new PhongMaterial(fx.brighter());
            ballMat.setSpecularColor(Color.WHITE);
            ball.setMaterial(ballMat);
            Entry e = new Entry(tube, a.faces(), xyz, ball);
            entries.add(e);
            group.getChildren().addAll(tube, ball);
        }
        setStep(step);
    }

    void setStep(int step) {
        for (Entry e : entries) {
            int n = e.centres().length / 3;
            int last = Math.min(step, n - 1);
            ((TriangleMesh) e.tube().getMesh()).getFaces().setAll(e.faces(), 0, last * TubeMeshBuilder.FACE_INTS_PER_SEGMENT);
            e.ball().setTranslateX(e.centres()[3 * last]);
            e.ball().setTranslateY(e.centres()[3 * last + 1]);
            e.ball().setTranslateZ(e.centres()[3 * last + 2]);
        }
    }
}
