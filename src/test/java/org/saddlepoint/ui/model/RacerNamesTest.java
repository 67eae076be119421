package org.saddlepoint.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.saddlepoint.optim.OptimizerKind;

/** The racers a surface file names ("SGD + momentum" / "SGD + 动量") are shown under those names. */
class RacerNamesTest {
    private static SurfaceChoice himmelblau() {
        return CatalogChoice.bundled().stream().filter(c -> c.id().equals("himmelblau")).findFirst().orElseThrow();
    }

    @Test void presetsFromTheFileKeepTheirNamesInBothLanguages() {
        List<RacerPreset> presets = himmelblau().presets();
        assertEquals(3, presets.size());
        OptimizerEntry momentum = presets.get(1).toEntry(Color.RED);
        assertEquals(0.9, momentum.spec().momentum(), 0);
        assertTrue(momentum.label(Locale.ENGLISH).startsWith("SGD + momentum"), momentum.label(Locale.ENGLISH));
        assertTrue(momentum.label(Locale.SIMPLIFIED_CHINESE).startsWith("SGD + 动量"), momentum.label(Locale.SIMPLIFIED_CHINESE));
        assertEquals("梯度下降", presets.get(0).toEntry(Color.RED).label(Locale.SIMPLIFIED_CHINESE));
    }

    @Test void changingTheKindDropsTheNameButTuningKeepsIt() {
        OptimizerEntry e = himmelblau().presets().get(1).toEntry(Color.RED);
        e.specProperty().set(e.spec().withLr(0.002));
        assertTrue(e.label(Locale.ENGLISH).startsWith("SGD + momentum"));
        e.noiseSigmaProperty().set(0.5);
        assertEquals("SGD + momentum σ=0.5", e.label(Locale.ENGLISH));
        e.specProperty().set(org.saddlepoint.optim.OptimizerSpec.defaults(OptimizerKind.ADAM));
        assertNull(e.nameProperty().get());
        assertEquals(e.settingsLabel() + " σ=0.5", e.label(Locale.ENGLISH));
    }
}
