package org.saddlepoint.render;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.Set;

/** The font family for charts: one that renders Chinese labels where such a font is installed. */
public final class ChartFonts {
    private static final String[] PREFERRED = {"Noto Sans CJK SC", "Noto Sans SC", "WenQuanYi Micro Hei", "Source Han Sans SC"};
    private static volatile String family;

    private ChartFonts() { }

    /** "Noto Sans CJK SC" (or another CJK family) if installed, else the logical "SansSerif". */
    public static String family() {
        String f = family;
        if (f == null) {
            f = Font.SANS_SERIF;
            Set<String> installed = Set.of(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
            for (String p : PREFERRED) {
                if (installed.contains(p)) { f = p; break; }
            }
            family = f;
        }
        return f;
    }

    public static Font plain(float size) { return new Font(family(), Font.PLAIN, Math.round(size)).deriveFont(size); }

    public static Font bold(float size) { return new Font(family(), Font.BOLD, Math.round(size)).deriveFont(size); }
}
