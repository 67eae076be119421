package org.saddlepoint.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken surface files give one line FILE:LINE:COL: message pointing at the fault. */
class SurfaceFileErrorTest {
    /** A valid expression file; lines are numbered in the comments of the tests below. */
    static final String GOOD = String.join("\n",
            "id = \"good\"",                                              // 1
            "title = { en = \"Good\", zh = \"好\" }",                      // 2
            "description = { en = \"d\", zh = \"描述\" }",                 // 3
            "lesson = { en = \"l\", zh = \"课\" }",                        // 4
            "expression = \"k*x^2 + y^2\"",                               // 5
            "domain = [-1.0, 1.0, -1.0, 1.0]",                             // 6
            "",                                                            // 7
            "[[parameters]]",                                              // 8
            "name = \"k\"",                                                // 9
            "default = 2.0",                                               // 10
            "min = 1.0",                                                   // 11
            "max = 10.0",                                                  // 12
            "label = { en = \"k\", zh = \"k\" }",                          // 13
            "",                                                            // 14
            "[[starts]]",                                                  // 15
            "x = 0.5",                                                     // 16
            "y = 0.5",                                                     // 17
            "label = \"A\"",                                               // 18
            "",                                                            // 19
            "[[presets]]",                                                 // 20
            "kind = \"adam\"",                                             // 21
            "lr = 0.1",                                                    // 22
            "");

    private static SurfaceFileException fails(String text) {
        return assertThrows(SurfaceFileException.class, () -> SurfaceSpec.parse("f.toml", text));
    }

    private static void assertAt(SurfaceFileException e, int line, int col, String fragment) {
        assertTrue(e.getMessage().startsWith("f.toml:" + line + ":" + col + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(fragment), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }

    @Test
    void goodFileLoads() {
        SurfaceSpec s = SurfaceSpec.parse("f.toml", GOOD);
        assertEquals("good", s.id());
        assertEquals(Map.of("k", 2.0), s.defaults());
        assertEquals(8.0 + 0.25, s.build(Map.of("k", 8.0)).newEvaluator().value(1, 0.5), 1e-15);
        assertEquals("A", s.starts().get(0).label().zh());
        assertEquals(0.1, s.presets().get(0).number("lr").orElseThrow());
        assertEquals("f.toml:22:6: lr is bad", s.errorAt("presets[0].lr", "lr is bad").getMessage());
    }

    @Test
    void syntaxErrorUsesJacksonsLocation() {
        assertAt(fails(GOOD.replace("min = 1.0", "min = = 1.0")), 11, 7, "TOML syntax error");
    }

    @Test
    void unknownKeyPointsAtTheKeyAndSuggests() {
        assertAt(fails(GOOD.replace("default = 2.0", "defualt = 2.0")), 10, 1, "unknown key 'defualt' in [parameters[0]] (did you mean 'default'?)");
        assertAt(fails(GOOD.replace("lr = 0.1", "learning_rate = 0.1")), 22, 1, "unknown key 'learning_rate'");
        assertAt(fails(GOOD.replace("title = { en = \"Good\",", "title = { en = \"Good\", fr = \"Bon\",")), 2, 24, "unknown key 'fr'");
    }

    @Test
    void wrongTypePointsAtTheValue() {
        assertAt(fails(GOOD.replace("max = 10.0", "max = \"10\"")), 12, 7, "'max' must be a number, got a string");
        assertAt(fails(GOOD.replace("domain = [-1.0, 1.0, -1.0, 1.0]", "domain = [-1.0, 1.0, true, 1.0]")), 6, 22, "must be a number, got a boolean");
        assertAt(fails(GOOD.replace("id = \"good\"", "id = 7")), 1, 6, "'id' must be a string, got an integer");
        assertAt(fails(GOOD.replace("lr = 0.1", "lr = -0.1")), 22, 6, "lr = -0.1 is outside (0, ∞)");
    }

    @Test
    void badExpressionPointsAtTheCharacter() {
        // 'sinn' starts at character 1 of the string; the string's quote is at column 14 of line 5
        SurfaceFileException e = fails(GOOD.replace("\"k*x^2 + y^2\"", "\"sinn(x) + y\""));
        assertAt(e, 5, 15, "expression: unknown function 'sinn'");
        // an undeclared name 'q' at character 9: column 14 + 9 = 23
        assertAt(fails(GOOD.replace("\"k*x^2 + y^2\"", "\"k*x^2 + q\"")), 5, 23, "'q'");
    }

    @Test
    void missingKeyNamesTheTable() {
        assertAt(fails(GOOD.replace("domain = [-1.0, 1.0, -1.0, 1.0]\n", "")), 1, 1, "missing required key 'domain'");
        assertAt(fails(GOOD.replace("min = 1.0\n", "")), 8, 3, "missing required key 'min'");
        assertAt(fails(GOOD.replace("lesson = { en = \"l\", zh = \"课\" }", "lesson = { en = \"l\" }")), 4, 1, "missing required key 'zh'");
    }

    @Test
    void outOfRangeDefaultPointsAtTheDefault() {
        assertAt(fails(GOOD.replace("default = 2.0", "default = 20.0")), 10, 11, "default 20 of parameter k is outside [1, 10]");
    }

    @Test
    void buildRejectsUnknownAndOutOfRangeParameters() {
        SurfaceSpec s = SurfaceSpec.parse("f.toml", GOOD);
        IllegalArgumentException a = assertThrows(IllegalArgumentException.class, () -> s.build(Map.of("kk", 2.0)));
        assertTrue(a.getMessage().contains("did you mean 'k'"), a.getMessage());
        IllegalArgumentException b = assertThrows(IllegalArgumentException.class, () -> s.build(Map.of("k", 11.0)));
        assertTrue(b.getMessage().contains("k = 11.0") && b.getMessage().contains("[1.0, 10.0]"), b.getMessage());
    }

    @Test
    void dataFileErrorsAreLocatedToo() {
        String data = String.join("\n",
                "id = \"d\"",
                "title = { en = \"t\", zh = \"标\" }",
                "description = { en = \"d\", zh = \"述\" }",
                "lesson = { en = \"l\", zh = \"课\" }",
                "domain = [-1.0, 1.0, -1.0, 1.0]",
                "[data]",
                "activation = \"sigmoid\"",
                "loss = \"cross_entropy\"",
                "u = [1.0, 2.0,",
                "     3.0]",
                "v = [1.0, 2.0, 3.0]",
                "t = [0.0, 1.0, \"1\"]",
                "");
        SurfaceSpec ok = SurfaceSpec.parse("f.toml", data.replace("\"1\"]", "1.0]"));
        assertEquals(3, ok.build().exampleCount());
        assertAt(fails(data), 12, 16, "must be a number, got a string");
        assertAt(fails(data.replace("\"1\"]", "1.0]").replace("\"sigmoid\"", "\"sigmod\"")), 7, 14, "did you mean 'sigmoid'");
        assertAt(fails(data.replace("\"1\"]", "1.0]").replace("\"sigmoid\"", "\"tanh\"")), 8, 8, "cross_entropy needs activation = \"sigmoid\"");
        assertAt(fails(data.replace("\"1\"]", "1.0]").replace("     3.0]", "     3.0, 4.0]")), 11, 5, "v has 3 values but u has 4");
    }

    @Test
    void hugeFilesAreRefused(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.toml");
        Files.writeString(big, "# " + "x".repeat(1_100_000) + "\n");
        SurfaceFileException e = assertThrows(SurfaceFileException.class, () -> SurfaceSpec.read(big));
        assertTrue(e.getMessage().startsWith(big + ":1:1: ") && e.getMessage().contains("1 MB"), e.getMessage());
    }

    @Test
    void brokenFilesInAFolderDoNotStopTheOthers(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a_good.toml"), GOOD);
        Files.writeString(dir.resolve("b_syntax.toml"), GOOD.replace("min = 1.0", "min = = 1.0"));
        Files.writeString(dir.resolve("c_unknown.toml"), GOOD.replace("id = \"good\"", "id = \"c\"").replace("default = 2.0", "defualt = 2.0"));
        Files.writeString(dir.resolve("d_good.toml"), GOOD.replace("id = \"good\"", "id = \"good2\""));
        Files.writeString(dir.resolve("e_dup.toml"), GOOD);
        Files.writeString(dir.resolve("notes.txt"), "not a surface");
        SurfaceCatalog c = SurfaceCatalog.load(dir);
        List<String> ids = c.specs().stream().map(SurfaceSpec::id).toList();
        assertTrue(ids.contains("good") && ids.contains("good2") && ids.contains("saddle"), ids.toString());
        assertEquals(3, c.errors().size(), c.errors().toString());
        assertTrue(c.errors().get(0).getMessage().startsWith(dir.resolve("b_syntax.toml") + ":11:7: "));
        assertTrue(c.errors().get(1).getMessage().startsWith(dir.resolve("c_unknown.toml") + ":10:1: "));
        assertTrue(c.errors().get(2).getMessage().contains("id 'good' is already used by " + dir.resolve("a_good.toml")));
        assertEquals("good2", c.find("good2").id());
        assertEquals("good", c.find(dir.resolve("a_good.toml").toString()).id());
        assertThrows(SurfaceFileException.class, () -> c.find(dir.resolve("b_syntax.toml").toString()));
        IllegalArgumentException u = assertThrows(IllegalArgumentException.class, () -> c.find("rosenbrok"));
        assertTrue(u.getMessage().contains("did you mean 'rosenbrock'"), u.getMessage());
    }
}
