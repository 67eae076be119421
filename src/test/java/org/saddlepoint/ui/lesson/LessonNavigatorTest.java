package org.saddlepoint.ui.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.saddlepoint.scene.Lesson;
import org.saddlepoint.scene.LessonCatalog;

class LessonNavigatorTest {
    @Test
    void nextAndPreviousWalkTheLessonsInOrderAndStopAtTheEnds() {
        List<String> opened = new ArrayList<>();
        LessonNavigator nav = new LessonNavigator(LessonCatalog.bundled(), l -> opened.add(l.id()));
        int n = nav.catalog().size();
        assertNull(nav.current());
        assertTrue(nav.hasNextProperty().get());
        assertFalse(nav.hasPreviousProperty().get());
        nav.previous();
        assertTrue(opened.isEmpty(), "previous before any lesson does nothing");
        for (int i = 0; i < n + 2; i++) nav.next();
        assertEquals(n, opened.size(), "next stops at the last lesson");
        assertEquals(nav.catalog().get(n - 1), nav.current());
        assertFalse(nav.hasNextProperty().get());
        assertTrue(nav.hasPreviousProperty().get());
        for (int i = 0; i < n + 2; i++) nav.previous();
        assertEquals(2 * n - 1, opened.size());
        assertEquals("01_critical_points", nav.current().id());
        assertFalse(nav.hasPreviousProperty().get());
    }

    @Test
    void positionTextIsLocalized() {
        LessonNavigator nav = new LessonNavigator(LessonCatalog.bundled(), null);
        Lesson momentum = nav.catalog().byId("04_momentum").orElseThrow();
        nav.open(momentum);
        assertEquals("4 / 15 · 4. Momentum rolls over a ridge", nav.position(Locale.ENGLISH));
        assertEquals("4 / 15 · 4. 动量滚过山脊", nav.position(Locale.SIMPLIFIED_CHINESE));
    }
}
