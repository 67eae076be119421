package org.saddlepoint.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The Chinese UI names the first installed CJK family, in a stylesheet that covers the formulas too. */
class CjkFontTest {
    @Test void firstPreferredInstalledFamilyWins() {
        assertEquals("Noto Sans CJK SC", CjkFont.installedFamily(Set.of("DejaVu Sans", "WenQuanYi Zen Hei", "Noto Sans CJK SC")));
        assertEquals("WenQuanYi Zen Hei", CjkFont.installedFamily(Set.of("DejaVu Sans", "WenQuanYi Zen Hei")));
        assertNull(CjkFont.installedFamily(Set.of("DejaVu Sans")));
        assertEquals("Noto Sans Mono CJK SC", CjkFont.installedMonoFamily(Set.of("Noto Sans Mono CJK SC", "DejaVu Sans Mono")));
    }

    @Test void stylesheetSetsRootAndFormulaFamilies() {
        String uri = CjkFont.stylesheet("Noto Sans CJK SC", "Noto Sans Mono CJK SC");
        assertTrue(uri.startsWith("data:text/css;base64,"));
        String css = new String(Base64.getDecoder().decode(uri.substring(uri.indexOf(',') + 1)), StandardCharsets.UTF_8);
        assertTrue(css.contains(".root { -fx-font-family: \"Noto Sans CJK SC\"; }"), css);
        assertTrue(css.contains(".formula"), css);
        assertTrue(css.contains("\"Noto Sans Mono CJK SC\""), css);
    }
}
