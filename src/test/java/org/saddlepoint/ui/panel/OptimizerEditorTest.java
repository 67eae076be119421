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

    /**
     * Each kind's form is built once: going back to a kind shown before brings back its controls
     * (no new nodes to style and lay out), filled with the new entry's values, its kind box showing
     * that kind, and the schedule picker in it; edits then reach the entry shown.
     */
    @Test void aKindShownBeforeGetsItsFormBackWithTheNewValues(FxRobot robot) {
        OptimizerEntry sgd = new OptimizerEntry(OptimizerSpec.defaults(OptimizerKind.SGD).withLr(0.1).withMomentum(0.9), 200, Color.RED);
        OptimizerEntry adam = new OptimizerEntry(OptimizerSpec.defaults(OptimizerKind.ADAM).withLr(0.01), 100, Color.GREEN);
        OptimizerEntry sgd2 = new OptimizerEntry(OptimizerSpec.defaults(OptimizerKind.SGD).withLr(0.004).withMomentum(0.5), 50, Color.BLUE);
        AtomicReference<OptimizerEditor> editor = new AtomicReference<>();
        AtomicReference<Node> sgdForm = new AtomicReference<>(), adamForm = new AtomicReference<>();
        robot.interact(() -> {
            OptimizerEditor e = new OptimizerEditor(new I18n(I18n.ENGLISH), ChartStyle.LIGHT, false);
            new Stage().setScene(new javafx.scene.Scene(e, 400, 700));
            editor.set(e);
            e.edit(sgd);
            sgdForm.set(e.getChildren().get(0));
            e.edit(adam);
            adamForm.set(e.getChildren().get(0));
            e.edit(sgd2);
        });
        OptimizerEditor e = editor.get();
        assertNotSame(sgdForm.get(), adamForm.get(), "each kind has its own form");
        assertSame(sgdForm.get(), e.getChildren().get(0), "SGD's form is back, not built again");
        assertEquals(2, e.getChildren().size(), "one form shown, and the error line");
        assertEquals(0.004, e.lrSlider().getValue(), 1e-12);
        assertEquals(50, sgd2.stepsProperty().get());
        var kindBox = (javafx.scene.control.ChoiceBox<?>) e.lookup("#opt-kind");
        assertEquals(OptimizerKind.SGD, kindBox.getValue());
        assertTrue(e.lookupAll(".text-field").stream().anyMatch(n -> ((javafx.scene.control.TextField) n).getText().startsWith("0.5")),
                "momentum shows the new entry's 0.5");
        assertTrue(((javafx.scene.layout.GridPane) sgdForm.get()).getChildren().stream().anyMatch(n -> n instanceof SchedulePicker),
                "the schedule picker is in the form shown");
        assertEquals(OptimizerSpec.defaults(OptimizerKind.SGD).withLr(0.1).withMomentum(0.9), sgd.spec(), "nothing written back");
        robot.interact(() -> e.lrSlider().setValue(0.02));
        assertEquals(0.02, sgd2.spec().lr(), 1e-12, "the entry now shown takes the edit");
        assertEquals(0.1, sgd.spec().lr(), 1e-12);
        robot.interact(() -> e.edit(adam));
        assertSame(adamForm.get(), e.getChildren().get(0));
        assertEquals(0.01, e.lrSlider().getValue(), 1e-12);
        assertEquals(OptimizerKind.ADAM, ((javafx.scene.control.ChoiceBox<?>) e.lookup("#opt-kind")).getValue());
    }
}
