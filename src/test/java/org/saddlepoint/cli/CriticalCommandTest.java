package org.saddlepoint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CriticalCommandTest {
    @TempDir Path dir;

    /** Runs a command with the same error mapping as SaddlepointCli (UserError → one line, exit 2). */
    static int run(Object command, StringWriter err, String... args) {
        CommandLine cl = new CommandLine(command);
        cl.setErr(new PrintWriter(err, true));
        cl.setExecutionExceptionHandler((ex, c, r) -> {
            err.write("error: " + ex.getMessage() + "\n");
            return ex instanceof UserError || ex instanceof java.io.IOException ? ExitCodes.BAD_INPUT : ExitCodes.INTERNAL;
        });
        cl.setParameterExceptionHandler((ex, a) -> {
            err.write("error: " + ex.getMessage() + "\n");
            return ExitCodes.BAD_INPUT;
        });
        return cl.execute(args);
    }

    @Test
    void himmelblauJsonAndCsv() throws Exception {
        Path json = dir.resolve("c.json"), csv = dir.resolve("c.csv");
        StringWriter err = new StringWriter();
        assertEquals(0, run(new CriticalCommand(), err, "--expr", "(x^2+y-11)^2+(x+y^2-7)^2", "--domain", "-5,5,-5,5", "--out", json.toString()), err.toString());
        JsonNode arr = new ObjectMapper().readTree(json.toFile());
        assertEquals(9, arr.size());
        int minima = 0;
        for (JsonNode n : arr) {
            assertEquals(10, n.size());
            if (n.get("type").asText().equals("minimum")) minima++;
            assertTrue(n.get("lambda1").asDouble() <= n.get("lambda2").asDouble());
        }
        assertEquals(4, minima);
        assertEquals("maximum", arr.get(8).get("type").asText());
        assertEquals(0, run(new CriticalCommand(), err, "--expr", "x^2-y^2", "--domain", "-1,1,-1,1", "--format", "csv", "--out", csv.toString()));
        List<String> lines = Files.readAllLines(csv);
        assertEquals("x,y,value,lambda1,lambda2,v1x,v1y,v2x,v2y,type", lines.get(0));
        assertEquals(2, lines.size());
        assertTrue(lines.get(1).endsWith(",-2.0,2.0,0.0,1.0,1.0,0.0,saddle"), lines.get(1));
    }

    @Test
    void bundledSurfaceUsesItsOwnDomain() throws Exception {
        Path json = dir.resolve("h.json");
        StringWriter err = new StringWriter();
        assertEquals(0, run(new CriticalCommand(), err, "--surface", "himmelblau", "--out", json.toString()), err.toString());
        JsonNode arr = new ObjectMapper().readTree(json.toFile());
        assertEquals(9, arr.size(), "himmelblau.toml declares [-5, 5]²");
        for (JsonNode n : arr) assertTrue(n.get("value").isNumber() && !n.get("type").asText().isEmpty());
    }

    @Test
    void badInputIsOneLineExit2() {
        StringWriter err = new StringWriter();
        assertEquals(2, run(new CriticalCommand(), err, "--expr", "x^2", "--format", "xml", "--domain", "0,1,0,1"));
        assertTrue(err.toString().contains("--format must be json or csv"));
        err.getBuffer().setLength(0);
        assertEquals(2, run(new CriticalCommand(), err, "--expr", "x^2"));
        assertTrue(err.toString().contains("--domain is required with --expr"), err.toString());
        err.getBuffer().setLength(0);
        assertEquals(2, run(new CriticalCommand(), err, "--expr", "x^2", "--domain", "1,0,0,1"));
        assertTrue(err.toString().startsWith("error: --domain:"), err.toString());
        assertEquals(1, err.toString().strip().lines().count());
    }
}
