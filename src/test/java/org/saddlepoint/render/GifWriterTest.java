package org.saddlepoint.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;

class GifWriterTest {
    static { ExportFixtures.headlessIfNoDisplay(); }

    /** Decodes every frame with the JDK's GIF reader, composing sub-rectangles as a viewer does. */
    static List<BufferedImage> decode(byte[] gif, int w, int h) throws Exception {
        List<BufferedImage> out = new ArrayList<>();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(gif))) {
            ImageReader r = ImageIO.getImageReadersByFormatName("gif").next();
            r.setInput(in);
            int n = r.getNumImages(true);
            BufferedImage canvas = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
            for (int i = 0; i < n; i++) {
                BufferedImage f = r.read(i);
                IIOMetadataNode root = (IIOMetadataNode) r.getImageMetadata(i).getAsTree("javax_imageio_gif_image_1.0");
                IIOMetadataNode d = (IIOMetadataNode) root.getElementsByTagName("ImageDescriptor").item(0);
                int x = Integer.parseInt(d.getAttribute("imageLeftPosition")), y = Integer.parseInt(d.getAttribute("imageTopPosition"));
                var g = canvas.createGraphics();
                g.drawImage(f, x, y, null);
                g.dispose();
                BufferedImage copy = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
                copy.getGraphics().drawImage(canvas, 0, 0, null);
                out.add(copy);
            }
        }
        return out;
    }

    static boolean loops(byte[] gif) throws Exception {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(gif))) {
            ImageReader r = ImageIO.getImageReadersByFormatName("gif").next();
            r.setInput(in);
            IIOMetadataNode root = (IIOMetadataNode) r.getImageMetadata(0).getAsTree("javax_imageio_gif_image_1.0");
            NodeList apps = root.getElementsByTagName("ApplicationExtension");
            for (int i = 0; i < apps.getLength(); i++) {
                IIOMetadataNode a = (IIOMetadataNode) apps.item(i);
                byte[] data = (byte[]) a.getUserObject();
                if ("NETSCAPE".equals(a.getAttribute("applicationID")) && "2.0".equals(a.getAttribute("authenticationCode"))
                        && data.length == 3 && data[0] == 1 && data[1] == 0 && data[2] == 0) return true;
            }
        }
        return false;
    }

    @Test
    void framesDecodeExactlyWhenColoursFitThePalette() throws Exception {
        int w = 97, h = 61, n = 7;
        Random rnd = new Random(5);
        int[] colors = new int[40];
        for (int i = 0; i < colors.length; i++) colors[i] = rnd.nextInt(1 << 24);
        List<int[]> frames = new ArrayList<>();
        int[] px = new int[w * h];
        for (int i = 0; i < px.length; i++) px[i] = colors[rnd.nextInt(colors.length)];
        for (int f = 0; f < n; f++) {
            if (f > 0) for (int k = 0; k < 300; k++) px[rnd.nextInt(px.length)] = colors[rnd.nextInt(colors.length)];
            if (f == 3) px[5] = px[5]; // frame 3 changes too; frame 4 below repeats frame 3 exactly
            frames.add(px.clone());
        }
        frames.set(4, frames.get(3).clone());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        GifWriter gw = new GifWriter(bytes, w, h, 30, List.of(frames.get(0), frames.get(n - 1)), colors);
        for (int[] f : frames) gw.addFrame(f);
        gw.finish();
        byte[] gif = bytes.toByteArray();
        assertEquals("GIF89a", new String(gif, 0, 6, StandardCharsets.US_ASCII));
        assertTrue(new String(gif, StandardCharsets.ISO_8859_1).contains("NETSCAPE2.0"));
        assertTrue(loops(gif), "loops forever");
        List<BufferedImage> decoded = decode(gif, w, h);
        assertEquals(n, decoded.size());
        for (int f = 0; f < n; f++) {
            for (int i = 0; i < w * h; i += 7) {
                assertEquals(frames.get(f)[i] & 0xFCFCFC, decoded.get(f).getRGB(i % w, i / w) & 0xFCFCFC, "frame " + f + " pixel " + i);
            }
        }
    }

    @Test
    void smoothGradientIsQuantizedCloselyAndDelaysSumToTheFrameRate() throws Exception {
        int w = 256, h = 64;
        int[] px = new int[w * h];
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) px[y * w + x] = ColorMap.VIRIDIS.argb(x / 255.0) & 0xFFFFFF;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        GifWriter gw = new GifWriter(bytes, w, h, 30, List.of(px), new int[0]);
        for (int f = 0; f < 30; f++) gw.addFrame(px);
        gw.finish();
        BufferedImage d = decode(bytes.toByteArray(), w, h).get(0);
        double err = 0;
        for (int i = 0; i < px.length; i++) {
            int a = px[i], b = d.getRGB(i % w, i / w);
            for (int s = 0; s < 24; s += 8) err = Math.max(err, Math.abs(((a >> s) & 0xFF) - ((b >> s) & 0xFF)));
        }
        assertTrue(err <= 4, "median-cut palette error " + err + " (a fixed web palette is off by up to 25)");
        int total = 0;
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            ImageReader r = ImageIO.getImageReadersByFormatName("gif").next();
            r.setInput(in);
            for (int i = 0; i < r.getNumImages(true); i++) {
                IIOMetadataNode root = (IIOMetadataNode) r.getImageMetadata(i).getAsTree("javax_imageio_gif_image_1.0");
                total += Integer.parseInt(((IIOMetadataNode) root.getElementsByTagName("GraphicControlExtension").item(0)).getAttribute("delayTime"));
            }
        }
        assertEquals(100, total, "30 frames at 30 fps last 100 centiseconds");
    }

    @Test
    void dominantBackgroundDoesNotStarveTheGradient() throws Exception {
        // like a chart: most pixels white, the rest a smooth colour map with a few hundred distinct colours
        int w = 400, h = 300;
        int[] px = new int[w * h];
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) {
            px[y * w + x] = x < 240 ? 0xFFFFFF : ColorMap.VIRIDIS.argb((x - 240 + y * 0.7) / 370.0) & 0xFFFFFF;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        GifWriter gw = new GifWriter(bytes, w, h, 10, List.of(px), new int[] {0xFF0000});
        gw.addFrame(px);
        gw.finish();
        BufferedImage d = decode(bytes.toByteArray(), w, h).get(0);
        double sum = 0;
        for (int i = 0; i < px.length; i++) {
            int a = px[i], b = d.getRGB(i % w, i / w);
            for (int s = 0; s < 24; s += 8) sum += Math.abs(((a >> s) & 0xFF) - ((b >> s) & 0xFF));
        }
        assertTrue(sum / (3.0 * px.length) < 1.0, "mean channel error " + sum / (3.0 * px.length));
    }

    @Test
    void largeNoisyFrameExercisesTableResetsAndStillDecodes() throws Exception {
        int w = 300, h = 200;
        Random rnd = new Random(9);
        int[] px = new int[w * h];
        for (int i = 0; i < px.length; i++) px[i] = (rnd.nextInt(200) << 16) | (rnd.nextInt(7) * 30 << 8);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        GifWriter gw = new GifWriter(bytes, w, h, 10, List.of(px), new int[0]);
        gw.addFrame(px);
        gw.finish();
        BufferedImage d = decode(bytes.toByteArray(), w, h).get(0);
        int bad = 0;
        for (int i = 0; i < px.length; i++) {
            int a = px[i], b = d.getRGB(i % w, i / w);
            if (Math.abs(((a >> 16) & 0xFF) - ((b >> 16) & 0xFF)) > 12 || Math.abs(((a >> 8) & 0xFF) - ((b >> 8) & 0xFF)) > 12) bad++;
        }
        assertEquals(0, bad);
    }
}
