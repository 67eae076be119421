package org.saddlepoint.ui.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.awt.Font;
import org.junit.jupiter.api.Test;

/** On-screen charts draw the logical sans-serif fonts in the named CJK family, keeping style and size. */
class ChartCanvasFontsTest {
    @Test void logicalSansSerifFontsAreMappedWithTheirStyleAndSize() {
        Font bold = new Font(Font.SANS_SERIF, Font.BOLD, 15).deriveFont(15.5f);
        Font mapped = ChartCanvasFonts.map(bold, "Noto Sans CJK SC");
        assertEquals("Noto Sans CJK SC", mapped.getName());
        assertEquals(Font.BOLD, mapped.getStyle());
        assertEquals(15.5f, mapped.getSize2D(), 0f);
        assertEquals("Noto Sans CJK SC", ChartCanvasFonts.map(new Font(Font.DIALOG, Font.PLAIN, 11), "Noto Sans CJK SC").getName());
    }

    @Test void otherFamiliesAreLeftAlone() {
        Font mono = new Font(Font.MONOSPACED, Font.PLAIN, 12);
        assertSame(mono, ChartCanvasFonts.map(mono, "Noto Sans CJK SC"));
    }
}
