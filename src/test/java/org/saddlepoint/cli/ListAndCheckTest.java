package org.saddlepoint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListAndCheckTest {
    @TempDir Path dir;

    @Test
    void listsEveryBundledSurfaceOnOneLine() {
        var r = CliTestSupport.run("list");
        assertEquals(0, r.exit(), r.err());
        String[] lines = r.out().strip().split("\n");
        assertTrue(lines.length >= 17, "expected the 17 bundled surfaces, got " + lines.length);
        assertTrue(r.out().contains("saddle"));
        assertTrue(r.out().contains("himmelblau"));
        var zh = CliTestSupport.run("list", "--lang", "zh");
        assertTrue(zh.out().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), zh.out());
    }

    @Test
    void checkReportsFileLineColumnAndExit2() throws Exception {
        Path good = dir.resolve("good.toml");
        Files.copy(Path.of("surfaces/saddle.toml"), good);
        Path bad = dir.resolve("bad.toml");
        String text = Files.readString(good).replaceFirst("expression = \"[^\"]*\"", "expression = \"x^2 + sinn(y)\"");
        Files.writeString(bad, text);
        var r = CliTestSupport.run("check", good.toString(), bad.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exit());
        assertTrue(r.out().contains("good.toml: ok"), r.out());
        String err = r.err().strip();
        assertEquals(1, err.lines().count(), err);
        assertTrue(err.matches(".*bad\\.toml:\\d+:\\d+: .*unknown function 'sinn'.*"), err);
    }

    @Test
    void checkAllBundledFilesPasses() throws Exception {
        try (var s = Files.list(Path.of("surfaces"))) {
            String[] args = s.filter(p -> p.toString().endsWith(".toml")).map(Path::toString).sorted()
                    .toArray(String[]::new);
            String[] all = new String[args.length + 1];
            all[0] = "check";
            System.arraycopy(args, 0, all, 1, args.length);
            var r = CliTestSupport.run(all);
            assertEquals(0, r.exit(), r.err());
        }
    }

    @Test
    void sampleABundledSurfaceUsesItsDomain() throws Exception {
        Path out = dir.resolve("saddle.csv");
        var r = CliTestSupport.run("sample", "--surface", "saddle", "--grid", "3", "--format", "csv", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        String[] rows = Files.readString(out).strip().split("\n");
        assertEquals(3, rows.length);
        // centre of the saddle's symmetric domain is (0,0): value 0
        assertEquals(0.0, Double.parseDouble(rows[1].split(",")[1]), 1e-12);
    }

    @Test
    void unknownSurfaceSuggests() {
        var r = CliTestSupport.run("sample", "--surface", "himmelblu", "--grid", "3", "--out", dir.resolve("z.npy").toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exit());
        assertTrue(r.err().contains("himmelblau"), r.err());
    }

    @Test
    void parameterOutOfRangeIsRefused() {
        var r = CliTestSupport.run("sample", "--surface", "ill-conditioned", "--param", "kappa=1e9", "--grid", "3",
                "--out", dir.resolve("z.npy").toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exit(), r.err());
        assertTrue(r.err().startsWith("error: --param"), r.err());
    }
}
