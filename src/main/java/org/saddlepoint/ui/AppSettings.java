package org.saddlepoint.ui;

import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** How the app looks: language, theme ({@code light} or {@code dark}) and presentation mode. */
public final class AppSettings {
    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(I18n.forDefaultLocale().locale());
    private final StringProperty theme = new SimpleStringProperty("light");
    private final BooleanProperty presentation = new SimpleBooleanProperty(false);

    public ObjectProperty<Locale> localeProperty() { return locale; }

    public StringProperty themeProperty() { return theme; }

    public BooleanProperty presentationProperty() { return presentation; }

    /** The chart/CSS theme in effect: {@code presentation} overrides light/dark. */
    public String effectiveTheme() { return presentation.get() ? "presentation" : theme.get(); }
}
