package org.saddlepoint.ui.model;

import java.awt.Color;
import java.util.Locale;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.Observable;
import org.saddlepoint.optim.Noise;
import org.saddlepoint.optim.OptimizerSpec;
import org.saddlepoint.optim.RunSpec;
import org.saddlepoint.optim.Schedule;
import org.saddlepoint.optim.Schedules;
import org.saddlepoint.surface.LocalizedText;

/**
 * One racing optimizer as the UI edits it: hyperparameters, schedule spec, noise (σ for analytic
 * surfaces, batch size for data surfaces), seed, number of steps, its colour and, when a scene
 * gives it one, a start of its own (NaN: the common start).
 */
public final class OptimizerEntry {
    private final ObjectProperty<OptimizerSpec> spec;
    private final StringProperty schedule = new SimpleStringProperty("constant");
    private final DoubleProperty noiseSigma = new SimpleDoubleProperty(0);
    private final IntegerProperty batchSize = new SimpleIntegerProperty(0);
    private final IntegerProperty seed = new SimpleIntegerProperty(1);
    private final IntegerProperty steps;
    private final DoubleProperty ownStartX = new SimpleDoubleProperty(Double.NaN), ownStartY = new SimpleDoubleProperty(Double.NaN);
    private final ObjectProperty<Color> color;
    private final ObjectProperty<LocalizedText> name = new SimpleObjectProperty<>();

    public OptimizerEntry(OptimizerSpec spec, int steps, Color color) {
        this.spec = new SimpleObjectProperty<>(spec);
        this.steps = new SimpleIntegerProperty(steps);
        this.color = new SimpleObjectProperty<>(color);
        // a name such as "SGD + momentum" stops being true when the optimizer kind changes
        this.spec.addListener((o, old, now) -> {
            if (old != null && now != null && old.kind() != now.kind()) name.set(null);
        });
    }

    /** The name a surface or scene file gives this racer (e.g. "SGD + momentum" / "SGD + 动量"); null = none. */
    public ObjectProperty<LocalizedText> nameProperty() { return name; }

    public ObjectProperty<OptimizerSpec> specProperty() { return spec; }

    public OptimizerSpec spec() { return spec.get(); }

    public StringProperty scheduleProperty() { return schedule; }

    public DoubleProperty noiseSigmaProperty() { return noiseSigma; }

    public IntegerProperty batchSizeProperty() { return batchSize; }

    public IntegerProperty seedProperty() { return seed; }

    public IntegerProperty stepsProperty() { return steps; }

    public ObjectProperty<Color> colorProperty() { return color; }

    /** This racer's own start x (NaN: it starts at the common start). */
    public DoubleProperty ownStartXProperty() { return ownStartX; }

    public DoubleProperty ownStartYProperty() { return ownStartY; }

    public boolean hasOwnStart() { return Double.isFinite(ownStartX.get()) && Double.isFinite(ownStartY.get()); }

    /** Gives this racer a start of its own; NaN, NaN returns it to the common start. */
    public void setOwnStart(double x, double y) {
        ownStartX.set(x);
        ownStartY.set(y);
    }

    public Color color() { return color.get(); }

    /** The optimizer's kind and hyperparameters (for a tooltip beside a {@link #label(Locale) name}). */
    public String settingsLabel() { return spec.get().label(); }

    /** Everything whose change needs a re-run. */
    public Observable[] dependencies() { return new Observable[] {spec, schedule, noiseSigma, batchSize, seed, steps, ownStartX, ownStartY}; }

    /** {@link #label(Locale)} in English. */
    public String label() { return label(Locale.ENGLISH); }

    /**
     * The racer's name from its file in {@code locale} when it has one, otherwise the optimizer's
     * label (kind and hyperparameters); then the noise (σ or batch size) and the schedule when
     * they are not the defaults.
     */
    public String label(Locale locale) {
        LocalizedText n = name.get();
        String s = n != null ? n.get(locale) : spec.get().label();
        if (noiseSigma.get() > 0) s += " σ=" + num(noiseSigma.get());
        if (batchSize.get() > 0) s += " B=" + batchSize.get();
        String sched = schedule.get();
        return sched == null || sched.isBlank() || "constant".equals(sched) ? s : s + " · " + sched;
    }

    private static String num(double v) {
        String t = String.format(java.util.Locale.ROOT, "%.3g", v);
        return t.contains("e") || !t.contains(".") ? t : t.replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    /** Parses a schedule spec; blank or {@code constant} is the constant rate. */
    public static Schedule parseSchedule(String text) {
        if (text == null || text.isBlank() || "constant".equals(text.trim())) return Schedule.CONSTANT;
        return Schedules.parse(text.trim());
    }

    /**
     * The run this entry describes from the common start {@code (x, y)}, or from its own start if it
     * has one; throws IllegalArgumentException for a bad schedule.
     */
    public RunSpec toRunSpec(double x, double y, boolean dataSurface) {
        if (hasOwnStart()) {
            x = ownStartX.get();
            y = ownStartY.get();
        }
        Noise noise;
        if (dataSurface && batchSize.get() > 0) noise = Noise.minibatch(batchSize.get(), seed.get());
        else if (!dataSurface && noiseSigma.get() > 0) noise = Noise.gaussian(noiseSigma.get(), seed.get());
        else noise = Noise.NONE;
        return new RunSpec(x, y, spec.get(), parseSchedule(schedule.get()), noise, steps.get());
    }
}
