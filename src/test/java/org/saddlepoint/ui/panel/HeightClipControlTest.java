package org.saddlepoint.ui.panel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.saddlepoint.surface.Domain;
import org.saddlepoint.surface.ScalarGrid;

/** The clip slider's percentile scale: known quantiles, and heightAt/percentileOf are inverses. */
class HeightClipControlTest {
    @Test void percentilesOfKnownValues() {
        double[] z = new double[101];
        for (int i = 0; i <= 100; i++) z[i] = i * i; // 0, 1, 4, …, 10000
        assertEquals(0, HeightClipControl.heightAt(z, 0), 0);
        assertEquals(2500, HeightClipControl.heightAt(z, 50), 0);
        assertEquals(10000, HeightClipControl.heightAt(z, 100), 0);
        assertEquals(0.5 * (81 + 100), HeightClipControl.heightAt(z, 9.5), 1e-12);
        assertEquals(50, HeightClipControl.percentileOf(z, 2500), 1e-12);
        assertEquals(0, HeightClipControl.percentileOf(z, -3), 0);
        assertEquals(100, HeightClipControl.percentileOf(z, 1e9), 0);
    }

    @Test void heightAtAndPercentileOfAreInverses() {
        double[] z = {-2, -2, 0.5, 1, 1, 1, 7, 40, 1e6};
        for (double p = 0; p <= 100; p += 2.5) {
            double h = HeightClipControl.heightAt(z, p);
            assertEquals(h, HeightClipControl.heightAt(z, HeightClipControl.percentileOf(z, h)), 1e-9 * Math.max(1, Math.abs(h)), "p=" + p);
        }
    }

    @Test void holesAreLeftOutOfTheScale() {
        ScalarGrid g = new ScalarGrid(new Domain(0, 1, 0, 1), 2, 2, new double[] {3, Double.NaN, 1, Double.POSITIVE_INFINITY});
        double[] s = HeightClipControl.sortedHeights(g);
        assertEquals(2, s.length);
        assertEquals(1, s[0], 0);
        assertEquals(3, s[1], 0);
    }
}
