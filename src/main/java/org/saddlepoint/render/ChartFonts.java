package org.saddlepoint.render;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.Set;

/**
 * The font family for charts: one that renders Chinese labels and math (θ₁, −η·∇f) where such
 * fonts are installed. The logical "SansSerif" font is preferred when its fallback chain covers
 * both (it then draws θ₁ from a Latin font and 最小值 from a CJK one); otherwise the first installed
 * CJK family ("Noto Sans CJK SC", …), which lacks some math glyphs; otherwise "SansSerif".
 */
public final class ChartFonts {
    private static final String[] PREFERRED = {"Noto Sans CJK SC", "Noto Sans SC", "WenQuanYi Micro Hei", "Source Han Sans SC"};
    private static final String PROBE = "θ₁θ₂−η·∇f 最小值鞍点";
    private static volatile String family;

    private ChartFonts() { }

    /** "Noto Sans CJK SC" (or another CJK family) if installed, else the logical "SansSerif". */
    public static String family() {
        String f = family;
        if (f == null) {
            f = Font.SANS_SERIF;
            if (new Font(Font.SANS_SERIF, Font.PLAIN, 12).canDisplayUpTo(PROBE) == -1) {
                family = f;
                return f;
            }
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
