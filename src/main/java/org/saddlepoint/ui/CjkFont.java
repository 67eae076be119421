package org.saddlepoint.ui;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;

/**
 * The font family for the Chinese UI. JavaFX's fallback for its default font follows
 * fontconfig's order for the process locale, and under a non-Chinese locale (a C.UTF-8 session,
 * a lab machine set to English) that list may stop before any CJK font, so every Chinese label
 * draws as boxes. With the Chinese UI chosen, the window therefore names an installed CJK family
 * outright (glyphs it lacks, such as some math subscripts, still come from the fallback list).
 */
final class CjkFont {
    static final List<String> PREFERRED = List.of("Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Source Han Sans CN",
            "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Microsoft YaHei", "PingFang SC", "SimHei");

    /** Monospaced families with Chinese glyphs, for the explainer's formulas. */
    static final List<String> PREFERRED_MONO = List.of("Noto Sans Mono CJK SC", "Sarasa Mono SC", "WenQuanYi Zen Hei Mono");

    private CjkFont() { }

    /** The first of {@link #PREFERRED_MONO} that is installed, or null. */
    static String installedMonoFamily(Set<String> installed) {
        for (String f : PREFERRED_MONO) if (installed.contains(f)) return f;
        return null;
    }

    /** The first of {@link #PREFERRED} that is installed, or null. */
    static String installedFamily(Set<String> installed) {
        for (String f : PREFERRED) if (installed.contains(f)) return f;
        return null;
    }

    /**
     * A stylesheet (data URI) that sets {@code family} on the whole scene, popups included, and
     * {@code mono} (if not null) on the monospaced formula text.
     */
    static String stylesheet(String family, String mono) {
        String css = ".root { -fx-font-family: \"" + family.replace("\"", "") + "\"; }\n";
        if (mono != null) css += ".mono, .formula, .mono-text { -fx-font-family: \"" + mono.replace("\"", "") + "\"; }\n";
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8));
    }
}
