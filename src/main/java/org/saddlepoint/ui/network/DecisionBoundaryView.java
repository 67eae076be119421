package org.saddlepoint.ui.network;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import org.saddlepoint.nn.Dataset;
import org.saddlepoint.surface.Domain;

/**
 * The trained network's decision regions over the data: each pixel of the probability grid is
 * tinted with its most likely class, faded toward white as max P(c | x) → 1/K, the boundary
 * (where the arg-max changes) drawn dark; training points filled, test points as rings.
 */
public final class DecisionBoundaryView extends Pane {
    static final Color[] CLASS_COLORS = {Color.web("#E69F00"), Color.web("#0072B2"), Color.web("#009E73"), Color.web("#CC79A7"),
            Color.web("#D55E00"), Color.web("#56B4E9")};
    private final Canvas canvas = new Canvas();
    private NetworkResult result;
    private int boundaryPixels;

    public DecisionBoundaryView() {
        getChildren().add(canvas);
        setMinSize(120, 120);
        setPrefSize(260, 260);
        setId("decision-boundary");
        canvas.widthProperty().addListener(o -> draw());
        canvas.heightProperty().addListener(o -> draw());
    }

    public void show(NetworkResult r) {
        result = r;
        draw();
    }

    /** Pixels of the probability grid on the boundary in the last image (0 without a result). */
    public int boundaryPixels() { return boundaryPixels; }

    @Override protected void layoutChildren() {
        double side = Math.min(getWidth(), getHeight());
        canvas.setWidth(side);
        canvas.setHeight(side);
        canvas.relocate((getWidth() - side) / 2, (getHeight() - side) / 2);
    }

    /** Class with the largest probability at grid cell k, and that probability (in out[0]). */
    static int argmax(double[] p, int k, int classes, double[] best) {
        int c = 0;
        for (int j = 1; j < classes; j++) if (p[k * classes + j] > p[k * classes + c]) c = j;
        best[0] = p[k * classes + c];
        return c;
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth(), h = canvas.getHeight();
        g.clearRect(0, 0, w, h);
        if (result == null || w < 2 || h < 2) return;
        int n = result.decisionN(), classes = result.mlp().classes();
        double[] p = result.decision(), best = new double[1];
        int[] cls = new int[n * n];
        WritableImage img = new WritableImage(n, n);
        PixelWriter px = img.getPixelWriter();
        for (int iy = 0; iy < n; iy++) {
            for (int ix = 0; ix < n; ix++) {
                int k = iy * n + ix;
                cls[k] = argmax(p, k, classes, best);
                double conf = classes > 1 ? (best[0] - 1.0 / classes) / (1 - 1.0 / classes) : 1;
                px.setColor(ix, n - 1 - iy, Color.WHITE.interpolate(CLASS_COLORS[cls[k] % CLASS_COLORS.length], 0.15 + 0.45 * conf));
            }
        }
        boundaryPixels = 0;
        for (int iy = 0; iy < n; iy++) {
            for (int ix = 0; ix < n; ix++) {
                int k = iy * n + ix;
                boolean edge = (ix + 1 < n && cls[k + 1] != cls[k]) || (iy + 1 < n && cls[k + n] != cls[k]);
                if (edge) {
                    boundaryPixels++;
                    px.setColor(ix, n - 1 - iy, Color.gray(0.15));
                }
            }
        }
        g.setImageSmoothing(false);
        g.drawImage(img, 0, 0, w, h);
        Domain d = result.decisionDomain();
        points(g, result.data().train(), d, w, h, true);
        points(g, result.data().test(), d, w, h, false);
        g.setStroke(Color.gray(0.4));
        g.strokeRect(0.5, 0.5, w - 1, h - 1);
    }

    private static void points(GraphicsContext g, Dataset data, Domain d, double w, double h, boolean filled) {
        double r = 2.6;
        g.setLineWidth(1);
        for (int i = 0; i < data.size(); i++) {
            double x = (data.x0(i) - d.xMin()) / d.width() * w, y = h - (data.x1(i) - d.yMin()) / d.height() * h;
            Color c = CLASS_COLORS[data.label(i) % CLASS_COLORS.length].darker();
            if (filled) {
                g.setFill(c);
                g.fillOval(x - r, y - r, 2 * r, 2 * r);
                g.setStroke(Color.WHITE);
                g.strokeOval(x - r, y - r, 2 * r, 2 * r);
            } else {
                g.setStroke(c);
                g.strokeOval(x - r, y - r, 2 * r, 2 * r);
            }
        }
    }
}
