package org.saddlepoint.ui;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.saddlepoint.optim.Trajectory;

/**
 * Why a run ended early, in the window's language. The engine states it in English
 * ("diverged at step 17", "diverged at step 0 (the loss at the start is not finite)",
 * "cancelled at step 120"); those forms are translated, any other text is shown as it is.
 */
public final class StopReasonText {
    private static final Pattern DIVERGED_AT_START = Pattern.compile("diverged at step 0 \\(the loss at the start is not finite\\)");
    private static final Pattern DIVERGED = Pattern.compile("diverged at step (\\d+)");
    private static final Pattern CANCELLED = Pattern.compile("cancelled at step (\\d+)");

    private StopReasonText() { }

    /** The stop reason of {@code t} in {@code i18n}'s language; empty when the run completed. */
    public static String of(Trajectory t, I18n i18n) {
        return t.stopReason().map(r -> of(r, i18n)).orElse("");
    }

    /** {@code reason} (as the engine words it) in {@code i18n}'s language. */
    public static String of(String reason, I18n i18n) {
        if (DIVERGED_AT_START.matcher(reason).matches()) return i18n.get("stop.divergedAtStart");
        Matcher m = DIVERGED.matcher(reason);
        if (m.matches()) return i18n.fmt("stop.diverged", m.group(1));
        m = CANCELLED.matcher(reason);
        if (m.matches()) return i18n.fmt("stop.cancelled", m.group(1));
        return reason;
    }
}
