package org.saddlepoint.ui;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.saddlepoint.ui.explain.StepExplanation;
import org.saddlepoint.ui.model.LabModel;

/** Interim centre until the landscape views land: tabs with the grid and trajectory summary. */
public final class CentreViews extends TabPane {
    private final Tab tab3d, tab2d;

    public CentreViews(LabModel model, I18n i18n, Listeners listeners, ReadOnlyObjectProperty<StepExplanation> explanation) {
        Label l3 = new Label(), l2 = new Label();
        tab3d = new Tab(i18n.get("view.3d"), l3);
        tab2d = new Tab(i18n.get("view.2d"), l2);
        for (Tab t : new Tab[] {tab3d, tab2d}) t.setClosable(false);
        getTabs().addAll(tab3d, tab2d);
        listeners.bindAll(() -> l3.setText(model.gridProperty().get() == null ? "" : model.gridProperty().get().grid3d().nx() + "² grid"), model.gridProperty());
        listeners.bindAll(() -> l2.setText(model.snapshot().trajectories().size() + " trajectories; " + explanation.get().arrows().size() + " arrows"),
                model.snapshotProperty(), explanation);
    }

    public void show3d() { getSelectionModel().select(tab3d); }

    public void show2d() { getSelectionModel().select(tab2d); }

    public void resetCamera() { }
}
