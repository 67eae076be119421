package org.saddlepoint.ui;

import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** How the app looks: language, theme ({@code light} or {@code dark}), presentation mode, 3D overlays. */
public final class AppSettings {
    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(I18n.forDefaultLocale().locale());
    private final StringProperty theme = new SimpleStringProperty("light");
    private final BooleanProperty presentation = new SimpleBooleanProperty(false);
    private final BooleanProperty wireframe = new SimpleBooleanProperty(false);
    private final BooleanProperty contours = new SimpleBooleanProperty(true);
    private final StringProperty meshDetail = new SimpleStringProperty("auto");
    private final BooleanProperty meshLowered = new SimpleBooleanProperty(false);

    public ObjectProperty<Locale> localeProperty() { return locale; }

    public StringProperty themeProperty() { return theme; }

    public BooleanProperty presentationProperty() { return presentation; }

    /** 3D: draw the wireframe over the surface. */
    public BooleanProperty wireframeProperty() { return wireframe; }

    /** 3D: draw contour lines on the surface. */
    public BooleanProperty contoursProperty() { return contours; }

    /** 3D mesh detail: {@code auto}, {@code fine} or {@code coarse} (see {@link AdaptiveMeshDetail}). */
    public StringProperty meshDetailProperty() { return meshDetail; }

    /** Whether automatic 3D detail has found playback slow in this session (not saved). */
    public BooleanProperty meshLoweredProperty() { return meshLowered; }

    /** The chart/CSS theme in effect: {@code presentation} overrides light/dark. */
    public String effectiveTheme() { return presentation.get() ? "presentation" : theme.get(); }
}
