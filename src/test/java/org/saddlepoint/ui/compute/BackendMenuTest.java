package org.saddlepoint.ui.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.saddlepoint.compute.Backend;
import org.saddlepoint.compute.SelectableSampler;
import org.saddlepoint.compute.opencl.OpenClRuntime;
import org.saddlepoint.ui.I18n;
import org.saddlepoint.ui.RequiresDisplay;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Compute › Backend lists Auto, CPU and every OpenCL device found here, and picking one selects it. */
@ExtendWith({RequiresDisplay.class, ApplicationExtension.class})
class BackendMenuTest {
    @Start void start(Stage stage) { }

    @Test void listsEveryBackendAndSelects(FxRobot robot) {
        SelectableSampler sampler = new SelectableSampler();
        Menu backend = new Menu();
        robot.interact(() -> BackendMenu.populate(backend, new I18n(I18n.ENGLISH), sampler));
        int devices = OpenClRuntime.discover().devices().size();
        long radios = backend.getItems().stream().filter(i -> i instanceof RadioMenuItem).count();
        assertEquals(2 + devices, radios);
        RadioMenuItem auto = (RadioMenuItem) backend.getItems().get(0), cpu = (RadioMenuItem) backend.getItems().get(1);
        assertTrue(auto.isSelected());
        assertEquals("Auto (OpenCL for grids from 1024², else CPU)", auto.getText());
        robot.interact(cpu::fire);
        assertEquals(Backend.CPU, sampler.selected());
        assertTrue(cpu.isSelected());
        if (devices == 0) assertEquals("(no OpenCL device found)", backend.getItems().get(2).getText());
        else {
            RadioMenuItem first = (RadioMenuItem) backend.getItems().get(2);
            robot.interact(first::fire);
            assertEquals(Backend.of(OpenClRuntime.discover().devices().get(0)), sampler.selected());
        }
    }
}
