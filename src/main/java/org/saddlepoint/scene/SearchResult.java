package org.saddlepoint.scene;

import java.util.Comparator;
import java.util.List;

/**
 * The trials of a grid search and of a random search with the same budget.
 *
 * @param grid   the lattice trials, row by row
 * @param random the random trials, in draw order
 */
public record SearchResult(List<Trial> grid, List<Trial> random) {
    /** One training run: learning rate η, momentum μ and the final loss (+∞ if it diverged). */
    public record Trial(double lr, double momentum, double finalLoss) {
        /** x coordinate in the search view: log₁₀ η. */
        public double x() { return Math.log10(lr); }
    }

    public SearchResult {
        grid = List.copyOf(grid);
        random = List.copyOf(random);
    }

    public Trial bestGrid() { return best(grid); }

    public Trial bestRandom() { return best(random); }

    /** Number of distinct learning rates a list of trials tried. */
    public static long distinctLearningRates(List<Trial> trials) {
        return trials.stream().mapToDouble(Trial::lr).distinct().count();
    }

    private static Trial best(List<Trial> t) {
        return t.stream().min(Comparator.comparingDouble(Trial::finalLoss)).orElseThrow();
    }
}
