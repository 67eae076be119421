package org.saddlepoint.ui.panel;

import static org.junit.jupiter.api.Assertions.*;

import java.awt.Color;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.saddlepoint.optim.OptimizerKind;
import org.saddlepoint.optim.OptimizerSpec;
import org.saddlepoint.ui.I18n;
import org.saddlepoint.ui.RequiresDisplay;
import org.saddlepoint.ui.chart.ChartStyle;
import org.saddlepoint.ui.model.OptimizerEntry;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Another entry of the same kind is shown in the controls already built (no new nodes), with the
 * new entry's values, without writing anything back to either entry; a later edit changes the
 * entry now shown. Another kind builds its own controls.
 */
@ExtendWith({RequiresDisplay.class, ApplicationExtension.class})
class OptimizerEditorTest {
    @Start void start(Stage stage) { }

    @Test void sameKindRefreshesInPlaceAndWritesNothingBack(FxRobot robot) {
        OptimizerSpec specA = OptimizerSpec.defaults(OptimizerKind.SGD).withLr(0.1).withMomentum(0.9);
        OptimizerSpec specB = OptimizerSpec.defaults(OptimizerKind.SGD).withLr(0.003).withMomentum(0.25);
        OptimizerEntry a = new OptimizerEntry(specA, 200, Color.RED), b = new OptimizerEntry(specB, 77, Color.BLUE);
        AtomicReference<OptimizerEditor> editor = new AtomicReference<>();
        AtomicReference<Node> firstLabel = new AtomicReference<>();
        robot.interact(() -> {
            OptimizerEditor e = new OptimizerEditor(new I18n(I18n.ENGLISH), ChartStyle.LIGHT, false);
            new Stage().setScene(new javafx.scene.Scene(e, 400, 700));
            e.edit(a);
            editor.set(e);
            firstLabel.set(e.lookupAll(".label").iterator().next());
            e.edit(b);
        });
        OptimizerEditor e = editor.get();
        assertSame(firstLabel.get(), e.lookupAll(".label").iterator().next(), "the same controls, refreshed");
        assertEquals(0.003, e.lrSlider().getValue(), 1e-12);
        assertEquals(specA, a.spec(), "nothing written back to the entry shown before");
        assertEquals(specB, b.spec(), "nothing written to the new one either");
        assertEquals(77, b.stepsProperty().get());
        assertTrue(e.lookupAll(".text-field").stream().anyMatch(n -> "0.25".equals(((javafx.scene.control.TextField) n).getText())
                || "0.250".equals(((javafx.scene.control.TextField) n).getText())), "momentum shows B's 0.25");
        robot.interact(() -> e.lrSlider().setValue(0.05));
        assertEquals(0.05, b.spec().lr(), 1e-12, "the entry now shown takes the edit");
        assertEquals(0.1, a.spec().lr(), 1e-12);
        OptimizerEntry adam = new OptimizerEntry(OptimizerSpec.defaults(OptimizerKind.ADAM), 100, Color.GREEN);
        robot.interact(() -> e.edit(adam));
        assertNotSame(firstLabel.get(), e.lookupAll(".label").iterator().next(), "another kind builds its own controls");
        assertTrue(e.lookupAll(".label").stream().anyMatch(n -> ((Label) n).getText().startsWith("β")), "Adam's β rows");
    }
}
