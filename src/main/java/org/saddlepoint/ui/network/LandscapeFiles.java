package org.saddlepoint.ui.network;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.Node;
import javafx.stage.FileChooser;
import javafx.util.Duration;
import org.saddlepoint.ui.NoticeToasts;
import org.saddlepoint.analysis.LandscapeFileReader;
import org.saddlepoint.surface.Domain;
import org.saddlepoint.surface.ScalarGrid;
import org.saddlepoint.ui.I18n;

/**
 * File ▸ Open landscape…: loss-landscape HDF5 files ({@code train_loss} over their own
 * coordinates) and NumPy {@code .npy} grids (shape (ny, nx), on [−1, 1]², the loss-landscape
 * convention) become a grid in the {@link NetworkPane}. A file that cannot be read gives one line
 * in a notification, and nothing else changes.
 */
public final class LandscapeFiles {
    /** The domain given to .npy grids, which carry no coordinates. */
    public static final Domain NPY_DOMAIN = new Domain(-1, 1, -1, 1);
    public static final String HDF5_SURFACE = "train_loss";

    private final NetworkPane pane;
    private final I18n i18n;
    private final Node owner;
    private String lastError;

    public LandscapeFiles(NetworkPane pane, I18n i18n, Node owner) {
        this.pane = pane;
        this.i18n = i18n;
        this.owner = owner;
    }

    /** Reads {@code file} by its extension (.h5/.hdf5 or .npy); IOException with one line otherwise. */
    public static ScalarGrid read(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".h5") || name.endsWith(".hdf5")) return LandscapeFileReader.readHdf5(file, HDF5_SURFACE);
        if (name.endsWith(".npy")) return LandscapeFileReader.readNpy(file, NPY_DOMAIN);
        throw new IOException(file.getFileName() + ": not a landscape file (expected .h5, .hdf5 or .npy)");
    }

    /** Asks for a file and opens it. */
    public void choose() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.get("net.open"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.get("net.openFilter"), "*.h5", "*.hdf5", "*.npy"));
        File f = chooser.showOpenDialog(owner.getScene() == null ? null : owner.getScene().getWindow());
        if (f != null) open(f.toPath());
    }

    /** Opens {@code file}: shows it, or a one-line notification (and nothing else changes). Returns whether it was shown. */
    public boolean open(Path file) {
        ScalarGrid grid;
        try {
            grid = read(file);
        } catch (IOException | RuntimeException e) {
            lastError = oneLine(e.getMessage() == null ? e.toString() : e.getMessage());
            NoticeToasts.tell(owner, NoticeToasts.Kind.ERROR, i18n.get("net.openFailed"), lastError, Duration.seconds(6));
            return false;
        }
        lastError = null;
        pane.showFile(grid, file.getFileName().toString());
        return true;
    }

    private static String oneLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** The one line of the last failed open, or null after a successful one. */
    public String lastError() { return lastError; }
}
