package org.saddlepoint.ui.model;

import java.util.Locale;

/** A suggested start point with its label in English and Chinese. */
public record NamedStart(double x, double y, String en, String zh) {
    public String label(Locale locale) { return "zh".equals(locale.getLanguage()) && !zh.isEmpty() ? zh : en; }
}
