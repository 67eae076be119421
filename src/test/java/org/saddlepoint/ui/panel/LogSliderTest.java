package org.saddlepoint.ui.panel;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.chart.Axis;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.saddlepoint.ui.RequiresDisplay;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The slider's tick marks are a chart axis, which JavaFX animates: each time a new editor is
 * shown its tick labels would fade in over a second, one scene change per frame. The log slider
 * turns that off, and still shows its ticks and sets values on a log scale.
 */
@ExtendWith({RequiresDisplay.class, ApplicationExtension.class})
class LogSliderTest {
    private LogSlider slider;

    @Start void start(Stage stage) {
        slider = new LogSlider(1e-5, 10, 0.1);
        stage.setScene(new javafx.scene.Scene(slider, 320, 60));
        stage.show();
    }

    @Test void itsTickAxisIsNotAnimated(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<List<Axis<?>>> axes = new AtomicReference<>();
        robot.interact(() -> axes.set(slider.lookupAll(".axis").stream().filter(n -> n instanceof Axis<?>).<Axis<?>>map(n -> (Axis<?>) n).toList()));
        assertEquals(1, axes.get().size(), "the slider draws its tick marks with one axis");
        assertFalse(axes.get().get(0).getAnimated(), "the tick axis does not animate");
        assertTrue(axes.get().get(0).isTickMarkVisible());
        robot.interact(() -> slider.slider().setValue(-3));
        assertEquals(1e-3, slider.getValue(), 1e-15, "log₁₀ scale: the knob at −3 is 10⁻³");
    }
}
