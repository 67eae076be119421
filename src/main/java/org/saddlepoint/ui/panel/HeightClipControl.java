package org.saddlepoint.ui.panel;

import java.util.Arrays;
import java.util.Locale;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.controlsfx.control.RangeSlider;
import org.saddlepoint.surface.ScalarGrid;
import org.saddlepoint.ui.I18n;
import org.saddlepoint.ui.Listeners;
import org.saddlepoint.ui.model.GridPair;
import org.saddlepoint.ui.model.LabModel;

/**
 * The height clip window of the views: a check box and a two-thumb slider over the heights of the
 * sampled surface. The thumbs move in percentiles of the sampled heights, not in height itself,
 * so a surface whose range is dominated by a few huge values (Rosenbrock's walls, a pole) can
 * still be clipped to its interesting low part; the label shows the window in heights.
 */
public final class HeightClipControl extends VBox {
    private final LabModel model;
    private final I18n i18n;
    private final CheckBox enabled;
    private final RangeSlider slider = new RangeSlider(0, 100, 0, 100);
    private final Label window = new Label();
    /** Sorted finite heights of the current 3D grid (the percentile scale), sorted when first needed. */
    private double[] sorted = new double[0];
    private ScalarGrid grid;
    private boolean updating;

    public HeightClipControl(LabModel model, I18n i18n, Listeners listeners) {
        super(4);
        this.model = model;
        this.i18n = i18n;
        setId("height-clip");
        enabled = new CheckBox(i18n.get("surface.clip"));
        enabled.setId("height-clip-enabled");
        slider.setId("height-clip-slider");
        slider.setShowTickMarks(false);
        slider.setMaxWidth(Double.MAX_VALUE);
        window.setId("height-clip-window");
        window.getStyleClass().add("hint");
        enabled.selectedProperty().addListener((o, a, on) -> {
            if (updating) return;
            if (on) {
                if (slider.getLowValue() <= 0 && slider.getHighValue() >= 100) {
                    updating = true;
                    try {
                        slider.setHighValue(95);
                    } finally {
                        updating = false;
                    }
                }
                apply();
            } else {
                model.setZClip(Double.NaN, Double.NaN);
            }
        });
        slider.lowValueProperty().addListener((o, a, v) -> { if (!updating && enabled.isSelected()) apply(); });
        slider.highValueProperty().addListener((o, a, v) -> { if (!updating && enabled.isSelected()) apply(); });
        listeners.bindAll(this::showGrid, model.gridProperty());
        listeners.bindAll(this::showClip, model.zClipLowProperty(), model.zClipHighProperty());
        getChildren().addAll(enabled, slider, window);
    }

    /** The height at percentile {@code p} ∈ [0, 100] of the sampled heights (linear between samples). */
    static double heightAt(double[] sorted, double p) {
        if (sorted.length == 0) return Double.NaN;
        double pos = Math.max(0, Math.min(100, p)) / 100 * (sorted.length - 1);
        int i = (int) Math.floor(pos);
        if (i >= sorted.length - 1) return sorted[sorted.length - 1];
        return sorted[i] + (pos - i) * (sorted[i + 1] - sorted[i]);
    }

    /** The percentile ∈ [0, 100] at which {@code z} lies among the sampled heights (inverse of {@link #heightAt}). */
    static double percentileOf(double[] sorted, double z) {
        if (Double.isNaN(z)) return Double.NaN;
        if (sorted.length < 2) return z <= (sorted.length == 0 ? 0 : sorted[0]) ? 0 : 100;
        if (z <= sorted[0]) return 0;
        if (z >= sorted[sorted.length - 1]) return 100;
        int i = Arrays.binarySearch(sorted, z);
        if (i < 0) i = -i - 2;
        while (i + 1 < sorted.length && sorted[i + 1] == sorted[i] && sorted[i] < z) i++;
        double frac = sorted[i + 1] > sorted[i] ? (z - sorted[i]) / (sorted[i + 1] - sorted[i]) : 0;
        return 100.0 * (i + frac) / (sorted.length - 1);
    }

    /** The sorted finite values of {@code grid}. */
    static double[] sortedHeights(ScalarGrid grid) {
        double[] v = Arrays.stream(grid.values()).filter(Double::isFinite).toArray();
        Arrays.sort(v);
        return v;
    }

    /** The percentile scale of the current grid (sorting 65,536 heights only once clipping is used). */
    private double[] sorted() {
        if (grid != null) {
            sorted = sortedHeights(grid);
            grid = null;
        }
        return sorted;
    }

    private void apply() {
        double[] sorted = sorted();
        double lo = heightAt(sorted, slider.getLowValue()), hi = heightAt(sorted, slider.getHighValue());
        if (lo < hi) model.setZClip(lo, hi);
    }

    private void showGrid() {
        GridPair g = model.gridProperty().get();
        grid = g == null ? null : g.grid3d();
        sorted = new double[0];
        setDisable(g == null || !(g.grid3d().finiteMin() < g.grid3d().finiteMax()));
        showClip();
    }

    private void showClip() {
        double lo = model.zClipLowProperty().get(), hi = model.zClipHighProperty().get();
        boolean on = !Double.isNaN(lo) && !Double.isNaN(hi); // (setZClip sets one end, then the other)
        double[] sorted = on ? sorted() : this.sorted;
        updating = true;
        try {
            enabled.setSelected(on);
            slider.setDisable(!on);
            if (on && sorted.length >= 2) {
                slider.setHighValue(percentileOf(sorted, hi));
                slider.setLowValue(percentileOf(sorted, lo));
            }
        } finally {
            updating = false;
        }
        GridPair g = model.gridProperty().get();
        window.setText(on ? i18n.fmt("surface.clipWindow", num(lo), num(hi))
                : g != null ? i18n.fmt("surface.clipRange", num(g.grid3d().finiteMin()), num(g.grid3d().finiteMax())) : "");
    }

    private static String num(double v) { return String.format(Locale.ROOT, "%.4g", v); }
}
