package org.saddlepoint.ui.compute;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import org.saddlepoint.compute.Backend;
import org.saddlepoint.compute.SelectableSampler;
import org.saddlepoint.ui.I18n;

/**
 * The menu "Compute › Backend": Auto, CPU and every OpenCL device found (radio items), and a
 * line saying what sampled the last grid. Picking one resamples the views on it.
 */
public final class BackendMenu {
    private BackendMenu() { }

    public static Menu create(I18n i18n) { return create(i18n, ComputeBackends.sampler()); }

    /** The menu; its items are filled when it first opens (OpenCL discovery runs in the background meanwhile). */
    static Menu create(I18n i18n, SelectableSampler sampler) {
        Menu backend = new Menu(i18n.get("compute.backend"));
        backend.setId("menu-backend");
        MenuItem inUse = new MenuItem();
        inUse.setId("backend-in-use");
        inUse.setDisable(true);
        Menu compute = new Menu(i18n.get("menu.compute"), null, backend, new SeparatorMenuItem(), inUse);
        compute.setId("menu-compute");
        compute.setOnShowing(e -> {
            if (backend.getItems().isEmpty()) populate(backend, i18n, sampler);
            inUse.setText(i18n.fmt("compute.inUse", sampler.inUse()));
        });
        return compute;
    }

    /** Fills {@code backend} with a radio item per backend found, the chosen one selected. */
    static void populate(Menu backend, I18n i18n, SelectableSampler sampler) {
        ToggleGroup group = new ToggleGroup();
        java.util.List<Backend> all = Backend.available();
        for (Backend b : all) {
            String text = switch (b.kind()) {
                case AUTO -> i18n.get("compute.auto");
                case CPU -> i18n.fmt("compute.cpu", Runtime.getRuntime().availableProcessors());
                case OPENCL -> b.describe();
            };
            RadioMenuItem item = new RadioMenuItem(text);
            item.setId("backend-" + b.id().replace(':', '-'));
            item.setUserData(b);
            item.setToggleGroup(group);
            item.setSelected(b.equals(sampler.selected()));
            item.setOnAction(e -> {
                item.setSelected(true);
                sampler.select(b);
            });
            backend.getItems().add(item);
        }
        if (all.size() == 2) {
            MenuItem none = new MenuItem(i18n.get("compute.noOpenCl"));
            none.setDisable(true);
            backend.getItems().add(none);
        }
    }
}
