package org.saddlepoint.ui.compute;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.saddlepoint.compute.HyperparameterSweep.Trial;

/**
 * The lecture notes' comparison of grid and random search of the same budget B: a grid tries
 * only ⌊√B⌋ distinct values of each hyperparameter, random search up to B; when one axis
 * matters and the other does not, random search covers the important one far better.
 */
final class SearchComparison {
    private SearchComparison() { }

    /** Distinct values of one coordinate among the trials (exact equality). */
    static int distinct(List<Trial> trials, ToDoubleFunction<Trial> coordinate) {
        Set<Double> seen = new HashSet<>();
        for (Trial t : trials) seen.add(coordinate.applyAsDouble(t));
        return seen.size();
    }
}
