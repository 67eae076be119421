package org.saddlepoint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad options and files: exit code 2 and exactly one line on stderr, never a stack trace. */
class CliErrorsTest {
    @TempDir Path dir;

    private static void assertOneLineError(CliTestSupport.Result r, String expectedFragment) {
        assertEquals(ExitCodes.BAD_INPUT, r.exit(), () -> "exit code; stderr was: " + r.err());
        String err = r.err().strip();
        assertFalse(err.contains("\n"), () -> "more than one line on stderr: " + err);
        assertFalse(err.contains("Exception"), () -> "exception name leaked: " + err);
        assertTrue(err.contains(expectedFragment), () -> "stderr '" + err + "' lacks '" + expectedFragment + "'");
    }

    @Test
    void unknownFunctionNamesTheColumn() {
        var r = CliTestSupport.run("sample", "--expr", "sinn(x) + y", "--domain", "-1,1,-1,1", "--grid", "8",
                "--out", dir.resolve("z.npy").toString());
        assertOneLineError(r, "1:1: unknown function 'sinn' (did you mean 'sin'?)");
        assertFalse(Files.exists(dir.resolve("z.npy")));
    }

    @Test
    void badDomain() {
        assertOneLineError(CliTestSupport.run("sample", "--expr", "x", "--domain", "1,0,0,1", "--grid", "8",
                "--out", dir.resolve("z.npy").toString()), "--domain");
    }

    @Test
    void badGrid() {
        assertOneLineError(CliTestSupport.run("sample", "--expr", "x", "--domain", "0,1,0,1", "--grid", "1",
                "--out", dir.resolve("z.npy").toString()), "--grid");
    }

    @Test
    void unknownOption() {
        assertOneLineError(CliTestSupport.run("sample", "--expr", "x", "--domain", "0,1,0,1", "--grid", "4",
                "--out", dir.resolve("z.npy").toString(), "--bogus"), "--bogus");
    }

    @Test
    void missingCommand() {
        assertOneLineError(CliTestSupport.run(), "missing command");
    }

    @Test
    void unwritableOutputFolder() {
        assertOneLineError(CliTestSupport.run("sample", "--expr", "x", "--domain", "0,1,0,1", "--grid", "4",
                "--out", dir.resolve("no/such/folder/z.npy").toString()), "does not exist");
    }

    @Test
    void badStart() {
        assertOneLineError(CliTestSupport.run("trajectory", "--expr", "x^2", "--start", "1", "--optimizer", "sgd",
                "--steps", "3"), "--start");
    }

    @Test
    void unknownOptimizer() {
        assertOneLineError(CliTestSupport.run("trajectory", "--expr", "x^2", "--start", "1,1", "--optimizer", "lbfgs",
                "--steps", "3"), "unknown optimizer 'lbfgs'");
    }

    @Test
    void negativeLearningRate() {
        assertOneLineError(CliTestSupport.run("trajectory", "--expr", "x^2", "--start", "1,1", "--optimizer", "sgd",
                "--lr", "-1", "--steps", "3"), "lr");
    }

    @Test
    void helpAndVersion() {
        var r = CliTestSupport.run("--version");
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("Saddlepoint"));
        var root = new picocli.CommandLine(new SaddlepointCli());
        assertTrue(root.getSubcommands().size() >= 10, "commands: " + root.getSubcommands().keySet());
        for (String cmd : root.getSubcommands().keySet()) {
            if (cmd.equals("help")) continue;
            var h = CliTestSupport.run(cmd, "--help");
            assertEquals(0, h.exit(), cmd);
            assertTrue(h.out().contains("Usage:"), cmd);
        }
    }
}
