package org.saddlepoint.render;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class ColorMapTest {
    /** Entries of matplotlib's 256-entry tables (× 255, rounded), index i at t = i/255. */
    private static final Object[][] MATPLOTLIB = {
        {ColorMap.VIRIDIS, 0, new int[] {68, 1, 84}}, {ColorMap.VIRIDIS, 37, new int[] {70, 51, 127}},
        {ColorMap.VIRIDIS, 128, new int[] {33, 145, 140}}, {ColorMap.VIRIDIS, 201, new int[] {115, 208, 86}},
        {ColorMap.VIRIDIS, 255, new int[] {253, 231, 37}},
        {ColorMap.CIVIDIS, 0, new int[] {0, 34, 78}}, {ColorMap.CIVIDIS, 37, new int[] {35, 60, 110}},
        {ColorMap.CIVIDIS, 128, new int[] {125, 124, 120}}, {ColorMap.CIVIDIS, 201, new int[] {197, 181, 104}},
        {ColorMap.CIVIDIS, 255, new int[] {254, 232, 56}},
        {ColorMap.MAGMA, 0, new int[] {0, 0, 4}}, {ColorMap.MAGMA, 37, new int[] {36, 18, 83}},
        {ColorMap.MAGMA, 128, new int[] {183, 55, 121}}, {ColorMap.MAGMA, 201, new int[] {253, 154, 106}},
        {ColorMap.MAGMA, 255, new int[] {252, 253, 191}},
    };

    @Test void matchesMatplotlibTablesIncludingBetweenAnchors() {
        for (Object[] row : MATPLOTLIB) {
            ColorMap m = (ColorMap) row[0];
            int i = (Integer) row[1];
            int[] rgb = (int[]) row[2];
            int c = m.argb(i / 255.0);
            assertEquals(0xFF, c >>> 24);
            assertEquals(rgb[0], (c >> 16) & 0xFF, 2, m + " red at " + i);
            assertEquals(rgb[1], (c >> 8) & 0xFF, 2, m + " green at " + i);
            assertEquals(rgb[2], c & 0xFF, 2, m + " blue at " + i);
        }
    }

    @Test void coolwarmIsMorelandsDivergingMap() {
        assertRgb(ColorMap.COOLWARM.argb(0), 59, 76, 192);
        assertRgb(ColorMap.COOLWARM.argb(0.5), 221, 221, 221);
        assertRgb(ColorMap.COOLWARM.argb(1), 180, 4, 38);
    }

    @Test void clampsAndMarksHoles() {
        for (ColorMap m : ColorMap.values()) {
            assertEquals(m.argb(0), m.argb(-3));
            assertEquals(m.argb(1), m.argb(7.5));
            assertEquals(m.argb(1), m.argb(Double.POSITIVE_INFINITY));
            assertEquals(ColorMap.HOLE_ARGB, m.argb(Double.NaN));
            assertTrue(m.anchorCount() >= 32);
            assertFalse(m.displayName().isBlank());
            int[] lut = m.lookupTable(new int[256]);
            for (int c : lut) assertNotEquals(ColorMap.HOLE_ARGB, c, m + " must not produce the hole colour");
        }
    }

    @Test void sequentialMapsGetBrighterMonotonically() {
        for (ColorMap m : new ColorMap[] {ColorMap.VIRIDIS, ColorMap.CIVIDIS, ColorMap.MAGMA}) {
            double prev = -1;
            for (int i = 0; i <= 100; i++) {
                int c = m.argb(i / 100.0);
                double luma = 0.2126 * ((c >> 16) & 0xFF) + 0.7152 * ((c >> 8) & 0xFF) + 0.0722 * (c & 0xFF);
                assertTrue(luma >= prev - 1.0, m + " luma dropped at t=" + i / 100.0);
                prev = luma;
            }
        }
    }

    private static void assertRgb(int c, int r, int g, int b) {
        assertEquals(r, (c >> 16) & 0xFF, 1);
        assertEquals(g, (c >> 8) & 0xFF, 1);
        assertEquals(b, c & 0xFF, 1);
    }
}
