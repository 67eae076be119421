package org.saddlepoint.ui.export;

import java.nio.file.Path;
import java.util.Locale;
import org.saddlepoint.render.ExportOptions;

/**
 * One export the user asked for: what (the format), where, from which view, with which options.
 * Immutable; the dialog builds it, {@link ExportTask} carries it out.
 */
public record ExportRequest(Format format, Path target, boolean threeD, ExportOptions options) {
    /** What can be exported. */
    public enum Format {
        PNG("png", "PNG image"), SVG("svg", "SVG vector image"), PDF("pdf", "PDF document"), GIF("gif", "GIF animation"),
        MP4("mp4", "MP4 video (H.264)"), SCENE("toml", "Scene file"), CSV("csv", "Trajectories (CSV)"),
        JSON("json", "Trajectories (JSON)"), NPY("npy", "Grid (NumPy .npy)");

        private final String extension, description;

        Format(String extension, String description) {
            this.extension = extension;
            this.description = description;
        }

        public String extension() { return extension; }

        public String description() { return description; }

        public boolean isAnimation() { return this == GIF || this == MP4; }

        /** Formats that draw the view (and so depend on size, scale and overlays). */
        public boolean isPicture() { return this == PNG || this == SVG || this == PDF || isAnimation(); }

        /** Vector formats exist for the 2D view only. */
        public boolean supports3d() { return this == PNG || isAnimation(); }

        /** The format a file name ends with, or null. */
        public static Format of(Path file) {
            String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
            for (Format f : values()) if (n.endsWith("." + f.extension)) return f;
            return null;
        }
    }

    public ExportRequest {
        if (format == null || target == null || options == null) throw new IllegalArgumentException("format, target and options are required");
        if (threeD && !format.supports3d()) throw new IllegalArgumentException(format.description() + " is available for the 2D view only");
    }

    /** A human-readable size: 950 B, 12.3 kB, 4.56 MB. */
    public static String humanBytes(long bytes) {
        if (bytes < 1000) return bytes + " B";
        if (bytes < 1_000_000) return String.format(Locale.ROOT, "%.1f kB", bytes / 1e3);
        if (bytes < 1_000_000_000) return String.format(Locale.ROOT, "%.2f MB", bytes / 1e6);
        return String.format(Locale.ROOT, "%.2f GB", bytes / 1e9);
    }
}
