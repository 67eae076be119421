package org.saddlepoint.ui;

import java.util.HashSet;
import java.util.Set;
import javafx.scene.Node;
import javafx.util.Duration;
import org.saddlepoint.optim.Trajectory;
import org.saddlepoint.ui.model.OptimizerEntry;
import org.saddlepoint.ui.model.Snapshot;

/**
 * Shows a short notice (in the window's notice corner, {@link NoticeToasts}) when an optimizer's run starts to diverge (e.g. the learning rate was
 * pushed past 2/λ_max); only on the change from converging to diverging, so dragging a slider
 * through the unstable range does not flood the screen.
 */
final class DivergenceNotifier {
    private final Node owner;
    private final I18n i18n;
    private final Set<OptimizerEntry> diverged = new HashSet<>();

    DivergenceNotifier(Node owner, I18n i18n) {
        this.owner = owner;
        this.i18n = i18n;
    }

    void update(Snapshot s) {
        Set<OptimizerEntry> now = new HashSet<>();
        for (int i = 0; i < s.trajectories().size(); i++) {
            Trajectory t = s.trajectories().get(i);
            OptimizerEntry e = s.entries().get(i);
            if (!t.diverged()) continue;
            now.add(e);
            if (!diverged.contains(e)) {
                NoticeToasts.tell(owner, NoticeToasts.Kind.WARNING, i18n.get("notify.diverged"),
                        i18n.fmt("notify.divergedText", e.label(i18n.locale()), StopReasonText.of(t, i18n)), Duration.seconds(4));
            }
        }
        diverged.clear();
        diverged.addAll(now);
    }
}
