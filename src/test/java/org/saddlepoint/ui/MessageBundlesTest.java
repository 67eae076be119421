package org.saddlepoint.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The English and Chinese texts: the same keys, no empty text, and the same placeholders in each. */
class MessageBundlesTest {
    private final ResourceBundle en = bundle(I18n.ENGLISH), zh = bundle(I18n.CHINESE);

    private static ResourceBundle bundle(java.util.Locale l) {
        return ResourceBundle.getBundle("org.saddlepoint.ui.Messages", l, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
    }

    @Test void bothLanguagesHaveTheSameKeys() {
        Set<String> onlyEn = new TreeSet<>(en.keySet()), onlyZh = new TreeSet<>(zh.keySet());
        onlyEn.removeAll(zh.keySet());
        onlyZh.removeAll(en.keySet());
        assertEquals(Set.of(), onlyEn, "keys without a Chinese text");
        assertEquals(Set.of(), onlyZh, "keys without an English text");
    }

    @Test void everyTextIsNonEmptyAndUsesTheSamePlaceholders() {
        List<String> problems = new ArrayList<>();
        for (String k : new TreeSet<>(en.keySet())) {
            if (!zh.containsKey(k)) continue;
            String e = en.getString(k), c = zh.getString(k);
            if (e.isBlank() || c.isBlank()) problems.add(k + ": empty");
            int ne = placeholders(e), nc = placeholders(c);
            if (ne != nc) problems.add(k + ": " + ne + " placeholders in English, " + nc + " in Chinese");
        }
        assertFalse(en.keySet().isEmpty());
        assertEquals(List.of(), problems);
    }

    /** How many arguments a text takes, as I18n formats it (quotes are literal there). */
    private static int placeholders(String text) {
        return new MessageFormat(text.replace("'", "''")).getFormatsByArgumentIndex().length;
    }
}
