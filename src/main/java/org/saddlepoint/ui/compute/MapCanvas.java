package org.saddlepoint.ui.compute;

import java.util.function.BiConsumer;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * A square map that fills its region: a cell image (one pixel per cell, row 0 = the top, i.e.
 * the largest y), axes with ticks, and an overlay drawn in the axes' coordinates. A click on
 * the map reports the cell (ix, iy) with iy counted from the bottom.
 */
class MapCanvas extends Region {
    static final double LEFT = 58, BOTTOM = 40, TOP = 10, RIGHT = 12;
    private final Canvas canvas = new Canvas();
    private Image image;
    private MapAxis x, y;
    private Overlay overlay;
    private BiConsumer<Integer, Integer> onCell;
    private double px, py, side;
    private boolean centred = true;

    /** Draws on top of the image; use {@link #sx}/{@link #sy} for positions. */
    interface Overlay { void draw(GraphicsContext g, MapCanvas c); }

    MapCanvas() {
        getChildren().add(canvas);
        setMinSize(160, 160);
        setPrefSize(420, 420);
        canvas.setOnMouseClicked(e -> {
            if (onCell == null || image == null || side <= 0) return;
            double u = (e.getX() - px) / side, v = 1 - (e.getY() - py) / side;
            if (u < 0 || u > 1 || v < 0 || v > 1) return;
            onCell.accept(x.cell(u), y.cell(v));
        });
    }

    void show(Image cells, MapAxis xAxis, MapAxis yAxis, Overlay over) {
        this.image = cells;
        this.x = xAxis;
        this.y = yAxis;
        this.overlay = over;
        redraw();
    }

    /** Whether the square map is centred in the region's width (else at its left). */
    void setCentred(boolean c) {
        centred = c;
        redraw();
    }

    void setOnCell(BiConsumer<Integer, Integer> action) { this.onCell = action; }

    Image image() { return image; }

    /** Screen position of the x-value {@code v}. */
    double sx(double v) { return px + x.u(v) * side; }

    double sy(double v) { return py + (1 - y.u(v)) * side; }

    /** Screen centre of cell (ix, iy): for tests that click a cell. */
    double[] cellCentre(int ix, int iy) {
        return new double[] {px + (ix + 0.5) / x.cells() * side, py + (1 - (iy + 0.5) / y.cells()) * side};
    }

    Canvas canvas() { return canvas; }

    @Override protected void layoutChildren() {
        double w = getWidth(), h = getHeight();
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            redraw();
        }
    }

    void redraw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth(), h = canvas.getHeight();
        g.clearRect(0, 0, w, h);
        side = Math.max(0, Math.min(w - LEFT - RIGHT, h - TOP - BOTTOM));
        px = LEFT + (centred ? Math.max(0, (w - LEFT - RIGHT - side) / 2) : 0);
        py = TOP;
        if (image == null || side <= 0) return;
        g.setImageSmoothing(false);
        g.drawImage(image, px, py, side, side);
        g.setStroke(Color.gray(0.35));
        g.setLineWidth(1);
        g.strokeRect(px, py, side, side);
        ticks(g);
        if (overlay != null) {
            g.save();
            g.beginPath();
            g.rect(px - 6, py - 6, side + 12, side + 12);
            g.clip();
            overlay.draw(g, this);
            g.restore();
        }
    }

    private void ticks(GraphicsContext g) {
        g.setFill(Color.gray(0.25));
        g.setFont(Font.font(11));
        for (int k = 0; k <= 4; k++) {
            double t = k / 4.0;
            double vx = x.value(t), vy = y.value(t);
            double sxk = sx(vx), syk = sy(vy);
            g.strokeLine(sxk, py + side, sxk, py + side + 4);
            g.setTextAlign(TextAlignment.CENTER);
            g.fillText(MapAxis.num(vx), sxk, py + side + 16);
            g.strokeLine(px - 4, syk, px, syk);
            g.setTextAlign(TextAlignment.RIGHT);
            g.fillText(MapAxis.num(vy), px - 6, syk + 4);
        }
        g.setTextAlign(TextAlignment.CENTER);
        g.fillText(x.label(), px + side / 2, py + side + 32);
        g.save();
        g.translate(px - 46, py + side / 2);
        g.rotate(-90);
        g.fillText(y.label(), 0, 0);
        g.restore();
    }
}
