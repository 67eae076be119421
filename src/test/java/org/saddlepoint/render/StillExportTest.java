package org.saddlepoint.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.saddlepoint.scene.ComputedScene;
import org.w3c.dom.Document;

class StillExportTest {
    static { ExportFixtures.headlessIfNoDisplay(); }

    private static final ComputedScene SCENE = ExportFixtures.rosenbrock(30);

    /** A parser that does not fetch the SVG DTD from the network. */
    private static javax.xml.parsers.DocumentBuilder xml() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return f.newDocumentBuilder();
    }

    @Test
    void pngAtScaleHasScaledPixelsAndScaledFonts(@TempDir Path dir) throws Exception {
        Landscape2DChart chart = SceneCharts.chart(SCENE, java.util.Locale.ENGLISH);
        BufferedImage one = PngExporter.render(chart.chart(), 480, 270, 1), two = PngExporter.render(chart.chart(), 480, 270, 2);
        assertEquals(960, two.getWidth());
        assertEquals(540, two.getHeight());
        // the 2× image is the 1× picture at twice the size: downsampled, it matches the 1× render closely
        double diff = 0;
        for (int y = 0; y < 270; y++) for (int x = 0; x < 480; x++) {
            int a = one.getRGB(x, y), b = two.getRGB(2 * x, 2 * y);
            for (int s = 0; s < 24; s += 8) diff += Math.abs(((a >> s) & 0xFF) - ((b >> s) & 0xFF));
        }
        assertTrue(diff / (480 * 270 * 3) < 12, "mean difference " + diff / (480 * 270 * 3));
        Path out = dir.resolve("a.png");
        PngExporter.write(two, out);
        BufferedImage back = ImageIO.read(out.toFile());
        assertEquals(960, back.getWidth());
        assertEquals(two.getRGB(500, 300), back.getRGB(500, 300));
        // 1920×1080 at 2× → 3840×2160
        ExportOptions o = ExportOptions.DEFAULT.withSize(1920, 1080).withScale(2);
        assertEquals(3840, o.pixelWidth());
        assertEquals(2160, o.pixelHeight());
        FrameSource still = SceneFrames.still(SCENE, o.withSize(192, 108), false);
        assertEquals(384, still.width());
        assertEquals(216, still.height());
    }

    @Test
    void svgIsXmlWithPathsAndText(@TempDir Path dir) throws Exception {
        Landscape2DChart chart = SceneCharts.chart(SCENE, java.util.Locale.ENGLISH);
        Path out = dir.resolve("a.svg");
        VectorExporter.writeSvg(chart.chart(), 800, 600, out);
        Document doc = xml().parse(out.toFile());
        assertEquals("svg", doc.getDocumentElement().getTagName());
        assertTrue(doc.getElementsByTagName("path").getLength() >= 5, "contours and trajectories are paths");
        assertTrue(doc.getElementsByTagName("ellipse").getLength() >= 30, "trajectory step markers are vector shapes");
        assertTrue(doc.getElementsByTagName("image").getLength() >= 1, "the heatmap is an embedded image");
        assertTrue(Files.readString(out).contains("Rosenbrock"));
    }

    @Test
    void pdfStartsWithHeaderAndHasOnePage(@TempDir Path dir) throws Exception {
        Landscape2DChart chart = SceneCharts.chart(SCENE, java.util.Locale.ENGLISH);
        Path out = dir.resolve("a.pdf");
        VectorExporter.writePdf(chart.chart(), 800, 600, "Rosenbrock", out);
        byte[] pdf = Files.readAllBytes(out);
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        assertTrue(text.startsWith("%PDF-"));
        assertTrue(text.stripTrailing().endsWith("%%EOF"));
        Matcher m = Pattern.compile("/Type\\s*/Pages.*?/Count\\s+(\\d+)", Pattern.DOTALL).matcher(text);
        assertTrue(m.find(), "has a page tree");
        assertEquals("1", m.group(1));
        assertTrue(text.contains("/MediaBox [0 0 800 600]") || text.contains("/MediaBox [0.0 0.0 800.0 600.0]"), "page size");
    }

    @Test
    void stillFrameShowsCaptionBandAndCounter() {
        ExportOptions o = ExportOptions.DEFAULT.withSize(400, 300);
        FrameSource plain = SceneFrames.still(SCENE, o.withOverlays(false, false), false);
        FrameSource annotated = SceneFrames.still(SCENE, o, false);
        BufferedImage a = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB), b = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        plain.render(0, a);
        annotated.render(0, b);
        assertEquals(0x1F232A, b.getRGB(2, 298) & 0xFFFFFF, "caption band at the bottom");
        assertTrue((a.getRGB(2, 298) & 0xFFFFFF) != 0x1F232A);
        assertEquals(SCENE.maxStep(), annotated.step(0));
    }

    @Test
    void svgOfAnyJFreeChart() throws Exception {
        org.jfree.data.xy.XYSeries s = new org.jfree.data.xy.XYSeries("loss");
        for (int i = 0; i < 50; i++) s.add(i, Math.exp(-i / 10.0));
        org.jfree.chart.JFreeChart loss = org.jfree.chart.ChartFactory.createXYLineChart("loss", "step", "loss", new org.jfree.data.xy.XYSeriesCollection(s));
        String svg = VectorExporter.svg(loss, 400, 300);
        Document doc = xml().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertTrue(doc.getElementsByTagName("path").getLength() > 0);
    }
}
