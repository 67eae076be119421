package org.saddlepoint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class RenderCommandTest {
    static {
        String display = System.getenv("DISPLAY");
        if (display == null || display.isBlank()) System.setProperty("java.awt.headless", "true");
    }

    record Result(int code, String out, String err) { }

    /** Runs {@code render ARGS} through SaddlepointCli once it lists the command, else with the same error handling. */
    static Result render(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        PrintWriter o = new PrintWriter(out, true), e = new PrintWriter(err, true);
        int code;
        if (new CommandLine(new SaddlepointCli()).getSubcommands().containsKey("render")) {
            List<String> all = new ArrayList<>(List.of("render"));
            all.addAll(List.of(args));
            code = SaddlepointCli.run(all.toArray(String[]::new), o, e);
        } else {
            CommandLine cl = new CommandLine(new RenderCommand());
            cl.setOut(o);
            cl.setErr(e);
            cl.setParameterExceptionHandler((ex, a) -> {
                e.println("error: " + SaddlepointCli.oneLine(ex.getMessage()));
                return ExitCodes.BAD_INPUT;
            });
            cl.setExecutionExceptionHandler((ex, c, p) -> {
                boolean user = ex instanceof UserError || ex instanceof IllegalArgumentException || ex instanceof java.io.IOException;
                e.println((user ? "error: " : "internal error: ") + SaddlepointCli.oneLine(ex.getMessage()));
                return user ? ExitCodes.BAD_INPUT : ExitCodes.INTERNAL;
            });
            code = cl.execute(args);
        }
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void lessonToScaledPng(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("m.png");
        Result r = render("--lesson", "04_momentum", "--out", png.toString(), "--width", "320", "--height", "240", "--scale", "2");
        assertEquals(0, r.code(), r.err());
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(640, img.getWidth());
        assertEquals(480, img.getHeight());
        assertTrue(r.out().startsWith("wrote " + png + " (640×480 px"), r.out());
    }

    @Test
    void expressionAndOptimizerToGif(@TempDir Path dir) throws Exception {
        Path gif = dir.resolve("s.gif");
        Result r = render("--expr", "x^2 - y^2", "--domain", "-2,2,-2,2", "--optimizer", "sgd", "--lr", "0.05", "--momentum", "0.5",
                "--start", "1.8,0.1", "--steps", "20", "--out", gif.toString(), "--width", "200", "--height", "150", "--no-counter");
        assertEquals(0, r.code(), r.err());
        try (var in = ImageIO.createImageInputStream(gif.toFile())) {
            var reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            assertEquals(21, reader.getNumImages(true));
        }
    }

    @Test
    void sceneFileToSvgAndPdf(@TempDir Path dir) throws Exception {
        Path scene = dir.resolve("s.toml");
        Files.writeString(scene, """
                title = "Saddle"
                [surface]
                id = "saddle"
                [start]
                x = 1.8
                y = 0.2
                [[optimizers]]
                kind = "sgd"
                lr = 0.05
                steps = 30
                """);
        Path svg = dir.resolve("s.svg"), pdf = dir.resolve("s.pdf");
        assertEquals(0, render("--scene", scene.toString(), "--out", svg.toString()).code());
        assertTrue(Files.readString(svg).contains("<svg"));
        assertEquals(0, render("--scene", scene.toString(), "--format", "pdf", "--out", pdf.toString()).code());
        assertTrue(Files.readString(pdf, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF"));
    }

    @Test
    void mp4WhenFfmpegIsInstalled(@TempDir Path dir) {
        assumeTrue(org.saddlepoint.render.Ffmpeg.find().isPresent(), "ffmpeg not installed: skipped");
        Path mp4 = dir.resolve("a.mp4");
        Result r = render("--surface", "rosenbrock", "--optimizer", "adam", "--lr", "0.1", "--start", "-1.5,2", "--steps", "30",
                "--out", mp4.toString(), "--width", "320", "--height", "240", "--title-seconds", "0.5");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("46 frames") && r.out().contains("ffmpeg"), r.out());
    }

    @Test
    void errorsAreOneLineWithExitCode2(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.toml");
        Files.writeString(bad, "title = \"t\"\n[surface]\nid = \"saddle\"\nzoom = 3\n");
        Result r = render("--scene", bad.toString(), "--out", dir.resolve("x.png").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().strip().matches("error: .*bad\\.toml:4:1: unknown key 'zoom'.*"), r.err());
        assertEquals(1, r.err().strip().lines().count());
        r = render("--expr", "x^2", "--optimizer", "sgd", "--start", "0,0", "--out", dir.resolve("x.png").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--expr needs --domain"), r.err());
        r = render("--lesson", "04_momentum", "--view", "3d", "--format", "svg", "--out", dir.resolve("x.svg").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("2D view"), r.err());
        r = render("--lesson", "nope", "--out", dir.resolve("x.png").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("unknown lesson 'nope'"), r.err());
        r = render("--lesson", "04_momentum", "--out", dir.resolve("no/such/dir/x.png").toString());
        assertEquals(2, r.code());
        try (var files = Files.list(dir)) {
            assertEquals(List.of(bad), files.toList(), "nothing written on errors");
        }
    }

    @Test
    void threeDWithoutDisplayIsAOneLineError(@TempDir Path dir) {
        String display = System.getenv("DISPLAY");
        assumeTrue(display == null || display.isBlank(), "a display is present: this test needs none");
        Result r = render("--lesson", "01_critical_points", "--view", "3d", "--out", dir.resolve("x.png").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("needs") && r.err().contains("xvfb-run -a"), r.err());
        assertFalse(Files.exists(dir.resolve("x.png")));
    }
}
