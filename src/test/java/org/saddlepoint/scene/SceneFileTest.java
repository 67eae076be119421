package org.saddlepoint.scene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.saddlepoint.surface.Domain;
import org.saddlepoint.surface.LocalizedText;
import org.saddlepoint.surface.SurfaceFileException;

class SceneFileTest {
    static Stream<Lesson> lessons() { return LessonCatalog.bundled().lessons().stream(); }

    /** A scene that uses every field, with awkward strings and numbers. */
    static Scene everything() {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("lr", 1e-4);
        o.put("momentum", 0.9);
        o.put("nesterov", true);
        o.put("schedule", "warmup:steps=10+cosine:t_max=200");
        o.put("noise", 0.125);
        o.put("seed", -7L);
        o.put("steps", 321);
        SceneOptimizer a = new SceneOptimizer("sgd", new LocalizedText("quote \" back\\slash\ttab", "中文 “引号”"), "#A0b1C2", 0.1 + 0.2, -1.0 / 3, o);
        SceneOptimizer b = SceneOptimizer.of("adam", null, null, "lr", 0.1, "amsgrad", true, "beta2", 0.95);
        Map<String, Double> params = new LinkedHashMap<>();
        params.put("a", 1.25);
        params.put("b", 100.0);
        return new Scene(new LocalizedText("Title", "标题"), new LocalizedText("line 1\nline 2", "第一行\n第二行"),
                new SceneSurface("rosenbrock", null, new Domain(-2, 2, -1, 3.5), params), -1.5, 2.0, List.of(a, b),
                new SceneView("3d", "magma", false, 7, true, 64), new SceneCamera(12.5, -10, 250), 42, null);
    }

    @Test
    void writeThenReadGivesAnEqualScene() {
        Scene s = everything();
        String toml = SceneFile.toToml(s);
        assertEquals(s, SceneFile.parse("x.toml", toml), toml);
        assertEquals(toml, SceneFile.toToml(SceneFile.parse("x.toml", toml)));
    }

    @Test
    void expressionAndSearchScenesRoundTrip(@TempDir Path dir) throws Exception {
        Scene s = new Scene(LocalizedText.of("expr"), null, SceneSurface.expression("x^2 - y^2", new Domain(-1, 1, -2, 2)), 0.5, 0.25,
                List.of(SceneOptimizer.of("sgd", "GD", null, "steps", 10)), SceneView.DEFAULT, SceneCamera.DEFAULT, Scene.LAST_STEP,
                new SceneSearch(1e-3, 0.5, 0.0, 0.9, 4, 99));
        Path f = dir.resolve("s.toml");
        SceneFile.write(f, s);
        assertEquals(s, SceneFile.read(f));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left beside the scene");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lessons")
    void everyLessonRoundTripsAndComputes(Lesson l) {
        Scene s = l.scene();
        assertEquals(s, SceneFile.parse("again.toml", SceneFile.toToml(s)));
        assertTrue(s.caption().zh().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), l.id());
        assertTrue(s.title().zh().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), l.id());
        ComputedScene c = new SceneRunner().run(s.withView(s.view().withGrid(Math.min(s.view().grid(), 24))), () -> false);
        assertEquals(24 * 24, c.grid().values().length);
        if (s.search() == null) {
            assertFalse(c.runs().isEmpty(), l.id());
            for (SceneRun r : c.runs()) assertTrue(r.trajectory().size() >= 2, l.id());
        } else {
            assertNotNull(c.search());
            assertEquals(2 * s.search().trials() + 2, c.points().size());
        }
    }

    @Test
    void catalogueHasEveryIdeaInOrderWithNextAndPrevious() {
        LessonCatalog c = LessonCatalog.bundled();
        assertTrue(c.errors().isEmpty(), c.errors().toString());
        assertEquals(15, c.size());
        assertEquals("01_critical_points", c.get(0).id());
        assertEquals(c.get(1), c.next(c.get(0)).orElseThrow());
        assertEquals(c.get(0), c.previous(c.get(1)).orElseThrow());
        assertTrue(c.previous(c.get(0)).isEmpty());
        assertTrue(c.next(c.get(c.size() - 1)).isEmpty());
    }

    @Test
    void lessonIndexListsEveryLessonFile() throws Exception {
        List<String> index = Files.readAllLines(Path.of("surfaces/lessons/index.txt")).stream().map(String::strip)
                .filter(x -> !x.isEmpty() && !x.startsWith("#")).sorted().toList();
        try (var files = Files.list(Path.of("surfaces/lessons"))) {
            assertEquals(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".toml")).sorted().toList(), index);
        }
    }

    private static SurfaceFileException error(String text) {
        return assertThrows(SurfaceFileException.class, () -> SceneFile.parse("bad.toml", text));
    }

    private static final String OK = """
            title = "t"
            [surface]
            id = "saddle"
            [start]
            x = 1.0
            y = 0.5
            [[optimizers]]
            kind = "sgd"
            lr = 0.1
            """;

    @Test
    void goodMinimalSceneReads() {
        Scene s = SceneFile.parse("ok.toml", OK);
        assertEquals(1, s.optimizers().size());
        assertEquals(0.1, s.optimizers().get(0).optimizerSpec().lr());
        assertEquals(SceneView.DEFAULT, s.view());
    }

    @Test
    void errorsNameFileLineAndColumn() {
        assertEquals("bad.toml:9:1: unknown key 'lrr' in [optimizers[0]] (did you mean 'lr'?)", error(OK.replace("lr = 0.1", "lrr = 0.1")).getMessage());
        assertEquals("bad.toml:2:1: unknown key 'zzz' in the scene (allowed: " + String.join(", ", SceneReader.TOP) + ")",
                error(OK.replace("[surface]", "zzz = 1\n[surface]")).getMessage());
        SurfaceFileException e = error(OK.replace("lr = 0.1", "lr = \"fast\""));
        assertEquals(9, e.line());
        assertEquals(6, e.column());
        assertTrue(e.reason().contains("must be a number"), e.reason());
        e = error(OK.replace("lr = 0.1", "schedule = \"step:gamma=0.5\""));
        assertEquals(9, e.line());
        assertTrue(e.reason().startsWith("schedule: "), e.reason());
        e = error(OK.replace("id = \"saddle\"", "id = \"sadle\""));
        assertEquals(3, e.line());
        assertEquals(6, e.column());
        assertTrue(e.reason().contains("unknown surface 'sadle'"));
        e = error(OK.replace("id = \"saddle\"", "id = \"rosenbrock\"\nparameters = { b = 5000.0 }"));
        assertEquals(4, e.line());
        assertTrue(e.reason().contains("outside"), e.reason());
        e = error(OK.replace("x = 1.0", "x = 9.0"));
        assertEquals(5, e.line());
        assertTrue(e.reason().contains("outside the domain"));
        e = error(OK + "batch_size = 4\n");
        assertEquals(10, e.line());
        assertTrue(e.reason().contains("data surface"));
        e = error(OK.replace("title = \"t\"", "title = \"t"));
        assertEquals(1, e.line());
        assertTrue(e.reason().startsWith("TOML syntax error"), e.reason());
        e = error(OK + "[view]\nmode = \"4d\"\n");
        assertEquals(11, e.line());
        assertEquals(8, e.column());
        e = error(OK.replace("[start]\nx = 1.0\ny = 0.5\n", ""));
        assertTrue(e.reason().contains("missing required key 'start'"), e.reason());
        assertTrue(e.getMessage().matches("bad\\.toml:\\d+:\\d+: .*"));
    }
}
