package org.saddlepoint.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.saddlepoint.optim.OptimizerKind;
import org.saddlepoint.optim.OptimizerSpec;
import org.saddlepoint.optim.RunSpec;
import org.saddlepoint.optim.Trajectory;
import org.saddlepoint.optim.TrajectoryRunner;
import org.saddlepoint.surface.ExpressionSurface;

/** Why a run stopped, in English and Chinese, from the engine's own wording. */
class StopReasonTextTest {
    private final I18n en = new I18n(I18n.ENGLISH), zh = new I18n(I18n.CHINESE);

    @Test void aRunThatDivergesIsToldInTheWindowsLanguage() {
        // θ ← θ − 10·2θ = −19θ on x² + y²: |θ| grows 19× a step until the loss overflows
        Trajectory t = TrajectoryRunner.run(ExpressionSurface.of("x^2 + y^2"),
                new RunSpec(1, 1, OptimizerSpec.defaults(OptimizerKind.SGD).withLr(10), null, null, 1000));
        String k = t.stopReason().orElseThrow().replace("diverged at step ", "");
        assertEquals("diverged at step " + k, StopReasonText.of(t, en));
        assertEquals("在第 " + k + " 步发散", StopReasonText.of(t, zh));
    }

    @Test void aStartWhoseLossIsNotFiniteIsToldAsSuch() {
        Trajectory t = TrajectoryRunner.run(ExpressionSurface.of("sqrt(x) + y^2"),
                new RunSpec(-1, 1, OptimizerSpec.defaults(OptimizerKind.SGD), null, null, 10));
        assertEquals("diverged at the start: the loss there is not finite", StopReasonText.of(t, en));
        assertEquals("起点就发散：起点处的损失不是有限值", StopReasonText.of(t, zh));
    }

    @Test void cancelledAndOtherReasons() {
        assertEquals("在第 120 步取消", StopReasonText.of("cancelled at step 120", zh));
        assertEquals("cancelled at step 120", StopReasonText.of("cancelled at step 120", en));
        // large step numbers are not grouped ("1,234")
        assertEquals("在第 12345 步发散", StopReasonText.of("diverged at step 12345", zh));
        assertEquals("something else", StopReasonText.of("something else", zh));
    }

    @Test void aCompletedRunHasNoReason() {
        Trajectory t = TrajectoryRunner.run(ExpressionSurface.of("x^2 + y^2"),
                new RunSpec(1, 1, OptimizerSpec.defaults(OptimizerKind.SGD).withLr(0.1), null, null, 10));
        assertEquals("", StopReasonText.of(t, zh));
    }
}
