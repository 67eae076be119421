package org.saddlepoint.surface;

import java.util.Locale;

/** A text in English and Simplified Chinese, as written in a surface file ({@code en}, {@code zh}). */
public record LocalizedText(String en, String zh) {
    public LocalizedText {
        if (en == null || zh == null) throw new IllegalArgumentException("both en and zh texts are required");
    }

    /** The same text in both languages (labels such as "A" that need no translation). */
    public static LocalizedText of(String both) { return new LocalizedText(both, both); }

    /** The Chinese text for a {@code zh} locale, the English one otherwise. */
    public String get(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? zh : en;
    }

    @Override public String toString() { return en; }
}
