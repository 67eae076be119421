package org.saddlepoint.ui.explain;

import java.util.List;

/**
 * What the explainer shows for one step k of one optimizer: the update formula with live
 * numbers (one line per equation), a caption in plain words, and the arrows for the 2D view.
 */
public record StepExplanation(int step, List<String> formula, String caption, List<ExplainerArrow> arrows) {
    public static final StepExplanation NONE = new StepExplanation(0, List.of(), "", List.of());

    public StepExplanation {
        formula = List.copyOf(formula);
        arrows = List.copyOf(arrows);
    }
}
