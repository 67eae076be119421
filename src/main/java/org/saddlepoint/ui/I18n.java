package org.saddlepoint.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The UI texts of one language: {@code org/saddlepoint/ui/Messages[_zh_CN].properties} (UTF-8).
 * Immutable; switching language builds a new instance and a new scene.
 */
public final class I18n {
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static final String BUNDLE = "org.saddlepoint.ui.Messages";

    private final Locale locale;
    private final ResourceBundle bundle;

    public I18n(Locale locale) {
        this.locale = isChinese(locale) ? CHINESE : ENGLISH;
        this.bundle = ResourceBundle.getBundle(BUNDLE, this.locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
    }

    /** The language a fresh start chooses: Chinese when the default locale is Chinese, otherwise English. */
    public static I18n forDefaultLocale() { return new I18n(Locale.getDefault()); }

    public static boolean isChinese(Locale l) { return l != null && "zh".equals(l.getLanguage()); }

    public Locale locale() { return locale; }

    public boolean chinese() { return isChinese(locale); }

    /** The text for {@code key}; a missing key shows as {@code !key!} so it is seen, never crashes. */
    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }

    /** {@link MessageFormat} of the text for {@code key} with {@code args}. */
    public String fmt(String key, Object... args) {
        MessageFormat f = new MessageFormat(get(key).replace("'", "''"), locale);
        return f.format(args);
    }

    /** Whether a key exists (for optional texts such as per-kind help). */
    public boolean has(String key) { return bundle.containsKey(key); }
}
