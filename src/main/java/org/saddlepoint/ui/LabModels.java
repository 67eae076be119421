package org.saddlepoint.ui;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import org.saddlepoint.ui.model.CatalogChoice;
import org.saddlepoint.ui.model.GridComputer;
import org.saddlepoint.ui.model.LabModel;
import org.saddlepoint.ui.model.SurfaceChoice;
import org.saddlepoint.ui.model.TrajectoryComputer;

/** Wires a {@link LabModel} to daemon worker threads and the FX thread. */
public final class LabModels {
    private LabModels() { }

    /** The surface the app opens on the first time: Himmelblau, with SGD, SGD + momentum and Adam racing. */
    public static final String DEFAULT_SURFACE = "himmelblau";

    private static volatile CompletableFuture<List<SurfaceChoice>> loading;

    /**
     * Starts reading the bundled surface files on a background thread, so that it overlaps the
     * start of the JavaFX toolkit; {@link #catalog()} then only waits for the rest.
     */
    public static synchronized void preload() {
        if (loading == null) loading = CompletableFuture.supplyAsync(CatalogChoice::bundled);
    }

    /** The surfaces the app lists: the bundled surface files. */
    public static List<SurfaceChoice> catalog() {
        preload();
        return loading.join();
    }

    public static LabModel create() {
        ExecutorService runs = Executors.newSingleThreadExecutor(daemon("saddlepoint-trajectories"));
        ExecutorService grids = Executors.newSingleThreadExecutor(daemon("saddlepoint-grids"));
        LabModel model = new LabModel(catalog(), new TrajectoryComputer(runs, Platform::runLater),
                new GridComputer(org.saddlepoint.ui.compute.ComputeBackends.sampler(), grids, Platform::runLater,
                        new org.saddlepoint.ui.model.PacedFxExecutor(Integer.getInteger("saddlepoint.cachedGridSkipPulses", 2)), GridComputer.GRID_3D, GridComputer.GRID_2D, GridComputer.CACHE_ENTRIES));
        if (!"false".equals(System.getProperty(PACED_SWITCH_PROPERTY))) model.setSwitchResults(new org.saddlepoint.ui.model.PacedFxExecutor(1));
        return model;
    }

    /**
     * {@code -Dsaddlepoint.pacedSwitchResults=false} applies the first trajectories of a surface
     * switch as soon as they come, for comparison; by default they wait for an idle render thread.
     */
    static final String PACED_SWITCH_PROPERTY = "saddlepoint.pacedSwitchResults";

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
