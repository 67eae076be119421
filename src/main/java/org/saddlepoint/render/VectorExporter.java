package org.saddlepoint.render;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jfree.chart.JFreeChart;
import org.jfree.pdf.PDFDocument;
import org.jfree.pdf.PDFGraphics2D;
import org.jfree.pdf.Page;
import org.jfree.graphics2d.svg.SVGGraphics2D;

/**
 * Vector exports of a chart (the 2D landscape, or a loss / |g| / lr chart): SVG through
 * jfreesvg's {@link SVGGraphics2D} and PDF through orsonpdf's {@link PDFDocument}. The chart is
 * drawn with {@link JFreeChart#draw} — the same code that draws the screen. The heatmap stays a
 * raster image inside the vector file; contours, trajectories, axes and text are vectors.
 */
public final class VectorExporter {
    private VectorExporter() { }

    /** The chart as an SVG document of {@code width × height} user units. */
    public static String svg(JFreeChart chart, int width, int height) {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        return g.getSVGDocument();
    }

    /** The chart as a one-page PDF of {@code width × height} points. */
    public static byte[] pdf(JFreeChart chart, int width, int height, String title) {
        PDFDocument doc = new PDFDocument();
        doc.setTitle(title == null ? "Saddlepoint" : title);
        doc.setAuthor("Saddlepoint");
        Page page = doc.createPage(new Rectangle2D.Double(0, 0, width, height));
        PDFGraphics2D g = page.getGraphics2D();
        chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        return doc.getPDFBytes();
    }

    public static void writeSvg(JFreeChart chart, int width, int height, Path target) throws IOException {
        byte[] bytes = svg(chart, width, height).getBytes(StandardCharsets.UTF_8);
        AtomicFileWriter.write(target, out -> out.write(bytes));
    }

    public static void writePdf(JFreeChart chart, int width, int height, String title, Path target) throws IOException {
        byte[] bytes = pdf(chart, width, height, title);
        AtomicFileWriter.write(target, out -> out.write(bytes));
    }
}
