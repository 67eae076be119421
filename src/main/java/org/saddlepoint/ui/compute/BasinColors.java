package org.saddlepoint.ui.compute;

import java.util.ArrayList;
import java.util.List;
import org.saddlepoint.compute.BasinMap;
import org.saddlepoint.compute.StationaryKind;

/**
 * One colour per attractor across several basin maps (two optimizers side by side): attractors
 * of the maps that lie within the cluster tolerance of each other are the same point and get
 * the same colour. A start's colour is its attractor's, darkened by the steps it took:
 * c·(1 − ½·ln(1+k)/ln(1+K)) for k of at most K steps (fast = bright, slow = dark). Diverged
 * starts are near-black, starts that did not converge light grey.
 */
final class BasinColors {
    /** Okabe–Ito and a few more, distinct for colour-blind viewers first. */
    static final int[] PALETTE = {0xFF0072B2, 0xFFE69F00, 0xFF009E73, 0xFFCC79A7, 0xFF56B4E9, 0xFFD55E00, 0xFFF0E442,
            0xFF8C564B, 0xFF9467BD, 0xFF17BECF, 0xFFBCBD22, 0xFF7F7F7F};
    static final int DIVERGED = 0xFF1A1A1A, NOT_CONVERGED = 0xFFD9D9D9;

    /** A point some start ends at, with its colour and how many starts of each map reach it. */
    record Entry(double x, double y, StationaryKind kind, int argb, int[] starts) { }

    private final List<Entry> entries = new ArrayList<>();
    private final int[][] colourOfLabel;
    private final BasinMap.Result[] maps;

    BasinColors(double tolerance, BasinMap.Result... maps) {
        this.maps = maps.clone();
        colourOfLabel = new int[maps.length][];
        double tol2 = tolerance * tolerance;
        for (int m = 0; m < maps.length; m++) {
            List<BasinMap.Attractor> as = maps[m].attractors();
            colourOfLabel[m] = new int[as.size()];
            for (int a = 0; a < as.size(); a++) {
                BasinMap.Attractor at = as.get(a);
                int found = -1;
                for (int e = 0; e < entries.size() && found < 0; e++) {
                    Entry en = entries.get(e);
                    if ((en.x() - at.x()) * (en.x() - at.x()) + (en.y() - at.y()) * (en.y() - at.y()) <= tol2) found = e;
                }
                if (found < 0) {
                    found = entries.size();
                    entries.add(new Entry(at.x(), at.y(), at.kind(), PALETTE[found % PALETTE.length], new int[maps.length]));
                }
                entries.get(found).starts()[m] += at.starts();
                colourOfLabel[m][a] = found;
            }
        }
    }

    List<Entry> entries() { return List.copyOf(entries); }

    /** The entry start {@code i} of map {@code m} reaches, or −1 (diverged) / −2 (not converged). */
    int entryOf(int m, int i) {
        int label = maps[m].labels()[i];
        return label < 0 ? label : colourOfLabel[m][label];
    }

    /** The colour of start {@code i} of map {@code m}, shaded by its steps. */
    int argb(int m, int i) {
        int e = entryOf(m, i);
        if (e == BasinMap.DIVERGED) return DIVERGED;
        if (e < 0) return NOT_CONVERGED;
        int max = maps[m].spec().steps();
        double shade = 1 - 0.5 * Math.log1p(maps[m].steps()[i]) / Math.log1p(max);
        return darken(entries.get(e).argb(), shade);
    }

    static int darken(int argb, double f) {
        int r = (int) Math.round(((argb >> 16) & 0xFF) * f), g = (int) Math.round(((argb >> 8) & 0xFF) * f), b = (int) Math.round((argb & 0xFF) * f);
        return 0xFF000000 | r << 16 | g << 8 | b;
    }
}
