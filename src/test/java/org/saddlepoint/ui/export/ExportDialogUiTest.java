package org.saddlepoint.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.saddlepoint.ui.I18n;
import org.saddlepoint.ui.LabShell;
import org.saddlepoint.ui.RequiresDisplay;
import org.saddlepoint.ui.model.LabModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.w3c.dom.Element;

/**
 * The export dialog in the real window: opened from the Export menu, a format and size picked,
 * the size estimate seen before anything is written, then PNG, SVG and GIF written into a temp
 * folder (each file decodes at the size asked for); a cancel half-way leaves neither the target
 * nor a temporary file; an unwritable folder gives one line and the app goes on; the dialog in
 * Chinese has no English or missing texts.
 */
@ExtendWith({RequiresDisplay.class, ApplicationExtension.class})
class ExportDialogUiTest {
    private LabModel model;
    private LabShell shell;
    private Stage stage;
    @TempDir Path dir;

    @Start void start(Stage stage) {
        this.stage = stage;
        model = org.saddlepoint.ui.TestWindows.model("himmelblau");
        shell = org.saddlepoint.ui.TestWindows.show(stage, model, "org/saddlepoint/ui-tests");
    }

    @AfterEach void closeDialogs(FxRobot robot) {
        robot.interact(() -> {
            for (Window w : List.copyOf(Window.getWindows())) if (w instanceof Stage s && "export-dialog".equals(s.getScene().getRoot().getId())) s.close();
        });
    }

    private <T extends Node> T node(FxRobot robot, String id) {
        return robot.lookup("#" + id).query();
    }

    private static void awaitFx(long seconds, Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!WaitForAsyncUtils.asyncFx(condition).get(seconds, TimeUnit.SECONDS)) {
            if (System.nanoTime() > deadline) throw new AssertionError("not within " + seconds + " s");
            Thread.sleep(20);
        }
    }

    private static List<Path> files(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.toList();
        }
    }

    /** Opens the dialog through the menu bar: Export ▸ {@code item}. */
    private void openFromMenu(FxRobot robot, String item) {
        robot.clickOn("Export");
        robot.clickOn(item);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Sets the form (as typing would), waits for the estimate, and returns it in bytes. */
    @SuppressWarnings("unchecked")
    private long pick(FxRobot robot, ExportRequest.Format format, int w, int h, double scale, int frames, Path target) throws Exception {
        ChoiceBox<ExportRequest.Format> f = node(robot, "export-format");
        Spinner<Integer> width = node(robot, "export-width"), height = node(robot, "export-height"), n = node(robot, "export-frames");
        Spinner<Double> sc = node(robot, "export-scale");
        TextField t = node(robot, "export-target");
        robot.interact(() -> {
            f.setValue(format);
            width.getValueFactory().setValue(w);
            height.getValueFactory().setValue(h);
            sc.getValueFactory().setValue(scale);
            n.getValueFactory().setValue(frames);
            t.setText(target.toString());
        });
        Labeled estimate = node(robot, "export-estimate");
        try {
            awaitFx(120, () -> estimate.getText().startsWith("≈"));
        } catch (AssertionError e) {
            throw new AssertionError("no estimate for " + format + ": '" + estimate.getText() + "', status '"
                    + ((Labeled) node(robot, "export-status")).getText() + "'", e);
        }
        assertFalse(Files.exists(target), "the size is shown before anything is written");
        return parseBytes(estimate.getText());
    }

    static long parseBytes(String text) {
        String[] p = text.replace("≈", "").strip().split(" ");
        double v = Double.parseDouble(p[0]);
        return Math.round(v * switch (p[1]) {
            case "B" -> 1;
            case "kB" -> 1e3;
            case "MB" -> 1e6;
            default -> 1e9;
        });
    }

    /** Clicks Export and waits until the status line says how it ended; returns that line. */
    private String exportAndWait(FxRobot robot, String endsWith) throws Exception {
        robot.clickOn("#export-start");
        Labeled status = node(robot, "export-status");
        awaitFx(180, () -> status.getText().startsWith(endsWith) && !node(robot, "export-start").isDisabled());
        return status.getText();
    }

    @Test void pngSvgAndGifFromTheMenuDecodeAtTheSizeAsked(FxRobot robot) throws Exception {
        openFromMenu(robot, "Image (PNG)…");
        ChoiceBox<?> format = node(robot, "export-format");
        assertEquals(ExportRequest.Format.PNG, format.getValue());

        Path png = dir.resolve("map.png");
        long estimated = pick(robot, ExportRequest.Format.PNG, 400, 300, 2, 0, png);
        assertTrue(exportAndWait(robot, "wrote").contains("map.png"));
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(800, img.getWidth());
        assertEquals(600, img.getHeight());
        long size = Files.size(png);
        assertTrue(estimated > size / 2 && estimated < size * 2, "PNG estimate " + estimated + " vs " + size);

        Path svg = dir.resolve("map.svg");
        pick(robot, ExportRequest.Format.SVG, 500, 400, 1, 0, svg);
        exportAndWait(robot, "wrote");
        DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
        xml.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false); // offline: no DTD fetch
        Element root = xml.newDocumentBuilder().parse(svg.toFile()).getDocumentElement();
        assertEquals("svg", root.getTagName());
        assertTrue(root.getAttribute("width").startsWith("500"), root.getAttribute("width"));
        assertTrue(root.getAttribute("height").startsWith("400"), root.getAttribute("height"));

        Path gif = dir.resolve("run.gif");
        long gifEstimate = pick(robot, ExportRequest.Format.GIF, 240, 180, 1, 12, gif);
        exportAndWait(robot, "wrote");
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader r = ImageIO.getImageReadersByFormatName("gif").next();
            r.setInput(in);
            assertEquals(12, r.getNumImages(true));
            assertEquals(240, r.read(0).getWidth());
            assertEquals(180, r.read(0).getHeight());
        }
        long gifSize = Files.size(gif);
        assertTrue(gifEstimate > gifSize / 3 && gifEstimate < gifSize * 3, "GIF estimate " + gifEstimate + " vs " + gifSize);
        assertEquals(List.of(png, svg, gif).stream().sorted().toList(), files(dir).stream().sorted().toList(), "no temporary file left");
        ProgressBar progress = node(robot, "export-progress");
        assertEquals(1.0, progress.getProgress(), 1e-9);
    }

    @Test void cancelHalfWayLeavesNoFileAndNoTemporaryFile(FxRobot robot) throws Exception {
        openFromMenu(robot, "Animation (GIF)…");
        Path gif = dir.resolve("long.gif");
        pick(robot, ExportRequest.Format.GIF, 800, 600, 1, 5000, gif);
        robot.clickOn("#export-start");
        ProgressBar progress = node(robot, "export-progress");
        awaitFx(120, () -> progress.getProgress() > 0.002);
        assertTrue(progress.getProgress() < 0.5, "still half-way: " + progress.getProgress());
        robot.clickOn("#export-cancel");
        Labeled status = node(robot, "export-status");
        awaitFx(60, () -> status.getText().startsWith("cancelled"));
        Thread.sleep(300); // the export thread's clean-up
        assertEquals(List.of(), files(dir), "neither the target nor a temporary file beside it");
        assertFalse(node(robot, "export-start").isDisabled(), "the dialog can export again");
    }

    @Test void anUnwritableFolderGivesOneLineAndTheAppGoesOn(FxRobot robot) throws Exception {
        Path locked = dir.resolve("locked");
        Files.createDirectories(locked);
        assertTrue(locked.toFile().setWritable(false, false));
        // root ignores folder permissions: then /proc, where nobody can create a file
        Path folder = Files.isWritable(locked) ? Path.of("/proc") : locked;
        openFromMenu(robot, "Image (PNG)…");
        Path target = folder.resolve("x.png");
        pick(robot, ExportRequest.Format.PNG, 200, 150, 1, 0, target);
        String line = exportAndWait(robot, "failed");
        assertTrue(line.contains("not writable") && line.contains(folder.toString()), line);
        assertFalse(line.contains("\n") || line.contains("Exception") || line.contains("\tat "), line);
        assertFalse(Files.exists(target));
        // the app goes on: the window answers and the same dialog writes into a good folder
        robot.interact(() -> model.choose("saddle"));
        assertEquals("saddle", model.choice().id());
        Path ok = dir.resolve("ok.png");
        robot.interact(() -> ((TextField) node(robot, "export-target")).setText(ok.toString()));
        exportAndWait(robot, "wrote");
        assertEquals(150, ImageIO.read(ok.toFile()).getHeight());
        locked.toFile().setWritable(true, false);
    }

    @Test void theMenuAndTheDialogSpeakChinese(FxRobot robot) throws Exception {
        I18n zh = new I18n(I18n.CHINESE);
        Menu[] menu = new Menu[1];
        ExportDialog[] d = new ExportDialog[1];
        robot.interact(() -> {
            menu[0] = ExportMenu.create(null, zh, () -> shell.sceneHooks().capture(), () -> false);
            d[0] = ExportDialog.show(stage, zh, shell.sceneHooks().capture(), false);
        });
        assertEquals("导出", menu[0].getText());
        for (MenuItem i : menu[0].getItems()) assertTrue(han(i.getText()), i.getText());
        assertEquals("导出", d[0].stage().getTitle());
        awaitFx(120, () -> d[0].estimate.getText().startsWith("≈"));
        List<String> texts = robot.lookup(n -> n instanceof Labeled && n.getScene() == d[0].stage().getScene())
                .queryAllAs(Labeled.class).stream().map(Labeled::getText).filter(t -> t != null && !t.isBlank()).toList();
        assertTrue(texts.size() >= 20, texts.toString());
        for (String t : texts) {
            assertFalse(t.contains("!"), "missing key: " + t);
            boolean numberOrSize = t.matches("[≈\\s\\d.,]+(B|kB|MB|GB)?");
            assertTrue(han(t) || numberOrSize || t.matches(".*\\((PNG|SVG|PDF|GIF|MP4|CSV|JSON|\\.npy)\\).*|\\d+"), "not translated: " + t);
        }
        for (ExportRequest.Format f : ExportRequest.Format.values()) assertTrue(han(d[0].formatName(f)), d[0].formatName(f));
        writeSnapshot(robot, d[0], "export-dialog-zh.png");
    }

    private static boolean han(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /** The dialog as a PNG under target/ui-shots (to look at). */
    private static void writeSnapshot(FxRobot robot, ExportDialog d, String name) throws IOException {
        javafx.scene.image.WritableImage[] img = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> img[0] = d.stage().getScene().snapshot(null));
        Path out = Path.of("target", "ui-shots", name);
        Files.createDirectories(out.getParent());
        int w = (int) img[0].getWidth(), h = (int) img[0].getHeight();
        BufferedImage b = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) b.setRGB(x, y, img[0].getPixelReader().getArgb(x, y));
        ImageIO.write(b, "png", out.toFile());
    }
}
