package org.saddlepoint.ui;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips UI tests when there is no X display (TestFX needs one; CI wraps {@code mvn verify} in
 * {@code xvfb-run}). Register it before {@code ApplicationExtension}.
 */
public final class RequiresDisplay implements ExecutionCondition {
    @Override public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String display = System.getenv("DISPLAY");
        if (display == null || display.isBlank()) {
            return ConditionEvaluationResult.disabled("no DISPLAY: the TestFX UI tests need an X server; run them under xvfb-run (e.g. xvfb-run -a mvn verify)");
        }
        return ConditionEvaluationResult.enabled("DISPLAY=" + display);
    }
}
