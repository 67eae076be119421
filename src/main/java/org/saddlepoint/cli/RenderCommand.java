package org.saddlepoint.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.saddlepoint.optim.OptimizerSpec;
import org.saddlepoint.render.AnimationExporter;
import org.saddlepoint.render.ExportOptions;
import org.saddlepoint.render.ExportProgress;
import org.saddlepoint.render.Frame3DSource;
import org.saddlepoint.render.FrameSource;
import org.saddlepoint.render.PngExporter;
import org.saddlepoint.render.SceneCharts;
import org.saddlepoint.render.SceneFrames;
import org.saddlepoint.render.VectorExporter;
import org.saddlepoint.scene.ComputedScene;
import org.saddlepoint.scene.LessonCatalog;
import org.saddlepoint.scene.Scene;
import org.saddlepoint.scene.SceneFile;
import org.saddlepoint.scene.SceneOptimizer;
import org.saddlepoint.scene.SceneRunner;
import org.saddlepoint.scene.SceneSurface;
import org.saddlepoint.scene.SceneView;
import org.saddlepoint.surface.Domain;
import org.saddlepoint.surface.LocalizedText;
import org.saddlepoint.surface.SurfaceFileException;
import org.saddlepoint.surface.SurfaceSpec;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code render}: draws a scene (a scene file, a bundled lesson, or a surface plus one optimizer)
 * to PNG, SVG, PDF, GIF or MP4. 2D needs no display (headless Java2D); 3D uses the JavaFX renderer
 * and needs a display (on a server: {@code xvfb-run -a java -jar saddlepoint.jar render ...}).
 */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = "Render a scene, a lesson, or a surface with an optimizer to png, svg, pdf, gif or mp4.")
final class RenderCommand implements Callable<Integer> {
    static final class Source {
        @Option(names = "--scene", paramLabel = "FILE", description = "A scene file (.toml, see surfaces/lessons/FORMAT.md).")
        Path scene;

        @Option(names = "--lesson", paramLabel = "ID", description = "A bundled lesson, e.g. 04_momentum (see surfaces/lessons/index.txt).")
        String lesson;

        @ArgGroup(exclusive = false)
        Run run;
    }

    static final class Run {
        @ArgGroup(exclusive = false, multiplicity = "1")
        SurfaceOptions surface;

        @ArgGroup(exclusive = false, multiplicity = "1", heading = "Optimizer (torch.optim names and defaults):%n")
        OptimizerOptions optimizer;

        @Option(names = "--start", required = true, paramLabel = "X,Y", description = "Start point.")
        String start;

        @Option(names = "--domain", paramLabel = "XMIN,XMAX,YMIN,YMAX", description = "Shown domain (required with --expr).")
        String domain;

        @Option(names = "--schedule", paramLabel = "SPEC", description = "Learning-rate schedule, as for 'trajectory'.")
        String schedule;

        @Option(names = "--noise", paramLabel = "SIGMA", description = "Gaussian gradient noise σ.")
        Double noise;

        @Option(names = "--batch-size", paramLabel = "B", description = "Minibatch size (data surfaces).")
        Integer batchSize;

        @Option(names = "--seed", description = "Seed of noise / minibatches (default 0).")
        long seed;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Option(names = "--view", description = "2d (default) or 3d.") String view = "2d";

    @Option(names = "--format", description = "png, svg, pdf, gif or mp4 (default: from the --out extension).") String format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output file.") Path out;

    @Option(names = "--width", description = "Width in logical pixels (default 800).") int width = 800;

    @Option(names = "--height", description = "Height in logical pixels (default 600).") int height = 600;

    @Option(names = "--scale", description = "Pixel scale: 2 doubles pixels, fonts and lines (default 1).") double scale = 1;

    @Option(names = "--fps", description = "Frames per second (default 30).") double fps = 30;

    @Option(names = "--frames", description = "Animation frames (default: one per step).") int frames;

    @Option(names = "--steps", description = "Optimizer steps (overrides every run's steps; default 150 for --surface).") Integer steps;

    @Option(names = "--step", description = "Playback step of a still image (default: the last).") Integer step;

    @Option(names = "--orbit", paramLabel = "DEG", description = "3D camera orbit in degrees per frame (default 0).") double orbit;

    @Option(names = "--title-seconds", paramLabel = "S", description = "Title card length in seconds (default 0).") double titleSeconds;

    @Option(names = "--caption", negatable = true, description = "Caption band under the picture (default: on when the scene has one).") boolean caption = true;

    @Option(names = "--counter", negatable = true, description = "Step counter on animations (default: on).") boolean counter = true;

    @Option(names = "--lang", description = "en (default) or zh.") String lang = "en";

    @Option(names = "--mp4-encoder", description = "auto (default: ffmpeg if installed, else jcodec), ffmpeg or jcodec.") String mp4Encoder = "auto";

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override public Integer call() throws IOException {
        if (!view.equals("2d") && !view.equals("3d")) throw new UserError("--view must be 2d or 3d, got '" + view + "'");
        boolean threeD = view.equals("3d");
        String fmt = format != null ? format.toLowerCase(Locale.ROOT) : extension(out);
        if (!List.of("png", "svg", "pdf", "gif", "mp4").contains(fmt)) throw new UserError("--format must be png, svg, pdf, gif or mp4, got '" + fmt + "'");
        if (threeD && (fmt.equals("svg") || fmt.equals("pdf"))) throw new UserError("--format " + fmt + " is a vector format of the 2D view; use png, gif or mp4 for --view 3d");
        if (!lang.equals("en") && !lang.equals("zh")) throw new UserError("--lang must be en or zh");
        String display = System.getenv("DISPLAY");
        boolean hasDisplay = display != null && !display.isBlank();
        if (!threeD && !hasDisplay) System.setProperty("java.awt.headless", "true");
        if (threeD) {
            Frame3DSource s3 = Frame3DSource.find().orElseThrow(() -> new UserError("--view 3d needs the JavaFX renderer, which is not on the class path"));
            String why = hasDisplay ? s3.unavailableReason() : "no display (DISPLAY is not set)";
            if (why != null) throw new UserError("--view 3d needs a display: " + why + "; on a server run it under Xvfb: xvfb-run -a java -jar saddlepoint.jar render ...");
        }
        Path parent = out.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) throw new UserError("--out: folder " + parent + " does not exist");
        ExportOptions o;
        try {
            o = new ExportOptions(width, height, scale, fps, 0, Integer.MAX_VALUE, frames, orbit, counter, caption, titleSeconds,
                    lang.equals("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH);
        } catch (IllegalArgumentException e) {
            throw new UserError("--" + e.getMessage());
        }
        Scene scene = scene();
        if (step != null) scene = scene.withStep(step);
        ComputedScene c;
        try {
            c = SceneRunner.compute(scene);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage(), e);
        }
        String summary;
        switch (fmt) {
            case "png" -> {
                try (FrameSource still = SceneFrames.still(c, o.withOverlays(false, caption), threeD)) {
                    java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(still.width(), still.height(), java.awt.image.BufferedImage.TYPE_INT_RGB);
                    still.render(0, img);
                    PngExporter.write(img, out);
                    summary = still.width() + "×" + still.height() + " px";
                }
            }
            case "svg" -> {
                VectorExporter.writeSvg(SceneCharts.chart(c, o.locale()).chart(), width, height, out);
                summary = width + "×" + height + " SVG";
            }
            case "pdf" -> {
                VectorExporter.writePdf(SceneCharts.chart(c, o.locale()).chart(), width, height, c.scene().title().get(o.locale()), out);
                summary = width + "×" + height + " pt PDF";
            }
            default -> {
                AnimationExporter ex = new AnimationExporter(fmt.equals("gif") ? AnimationExporter.Format.GIF : AnimationExporter.Format.MP4, encoder());
                try (FrameSource src = SceneFrames.animation(c, o, threeD)) {
                    long t0 = System.nanoTime();
                    ex.export(src, fps, out, ExportProgress.NONE);
                    summary = src.width() + "×" + src.height() + " px, " + src.frameCount() + " frames at " + fmt(fps) + " fps"
                            + (fmt.equals("mp4") ? ", " + ex.mp4EncoderName() : "") + String.format(Locale.ROOT, ", %.2f s", (System.nanoTime() - t0) / 1e9);
                }
            }
        }
        spec.commandLine().getOut().println("wrote " + out + " (" + summary + ", " + Files.size(out) + " bytes)");
        return ExitCodes.OK;
    }

    private AnimationExporter.Mp4Encoder encoder() {
        return switch (mp4Encoder.toLowerCase(Locale.ROOT)) {
            case "auto" -> AnimationExporter.Mp4Encoder.AUTO;
            case "ffmpeg" -> {
                if (org.saddlepoint.render.Ffmpeg.find().isEmpty()) throw new UserError("--mp4-encoder ffmpeg: no ffmpeg on PATH (install it, or use jcodec)");
                yield AnimationExporter.Mp4Encoder.FFMPEG;
            }
            case "jcodec" -> AnimationExporter.Mp4Encoder.JCODEC;
            default -> throw new UserError("--mp4-encoder must be auto, ffmpeg or jcodec, got '" + mp4Encoder + "'");
        };
    }

    private Scene scene() {
        Scene s;
        if (source.scene != null) {
            if (!Files.isRegularFile(source.scene)) throw new UserError("--scene: no such file " + source.scene);
            try {
                s = SceneFile.read(source.scene);
            } catch (SurfaceFileException e) {
                throw new UserError(e.getMessage(), e);
            }
        } else if (source.lesson != null) {
            LessonCatalog lessons = LessonCatalog.bundled();
            s = lessons.byId(source.lesson).orElseThrow(() -> new UserError("--lesson: unknown lesson '" + source.lesson + "'; known: "
                    + String.join(", ", lessons.lessons().stream().map(l -> l.id()).toList()))).scene();
        } else {
            s = fromOptions(source.run);
        }
        if (steps != null) {
            if (steps < 1) throw new UserError("--steps must be ≥ 1, got " + steps);
            List<SceneOptimizer> opts = new ArrayList<>();
            for (SceneOptimizer o : s.optimizers()) opts.add(o.withOption("steps", steps));
            s = s.withOptimizers(opts);
        }
        return s.withView(new SceneView(view, s.view().colormap(), s.view().logColor(), s.view().contours(), s.view().gradientField(), s.view().grid()));
    }

    private Scene fromOptions(Run r) {
        double[] xy = Args.pair("--start", r.start);
        SurfaceOptions so = r.surface;
        SceneSurface surface;
        Domain domain = null;
        if (r.domain != null) {
            try {
                domain = Domain.parse(r.domain);
            } catch (IllegalArgumentException e) {
                throw new UserError("--domain: " + e.getMessage());
            }
        }
        boolean data;
        if (so.choice.expression != null) {
            if (domain == null) throw new UserError("--expr needs --domain XMIN,XMAX,YMIN,YMAX");
            so.resolve(); // checks the expression, one-line error
            surface = new SceneSurface(null, so.choice.expression, domain, Map.of());
            data = false;
        } else {
            SurfaceSpec sp = SurfaceLookup.resolve(so.choice.surface, so.parameters, so.surfacesDir).spec();
            String id = SceneFile.bundled().byId(sp.id()).isPresent() ? sp.id() : so.choice.surface;
            surface = new SceneSurface(id, null, domain, so.parameters);
            data = sp.isDataSurface();
        }
        OptimizerSpec os = r.optimizer.toSpec();
        Map<String, Object> opts = options(os);
        if (r.schedule != null) {
            try {
                org.saddlepoint.optim.Schedules.parse(r.schedule);
            } catch (IllegalArgumentException e) {
                throw new UserError("--schedule: " + e.getMessage());
            }
            opts.put("schedule", r.schedule);
        }
        if (r.noise != null && r.batchSize != null) throw new UserError("choose either --noise or --batch-size, not both");
        if (r.noise != null) {
            if (!(r.noise >= 0)) throw new UserError("--noise must be ≥ 0");
            opts.put("noise", r.noise);
        }
        if (r.batchSize != null) {
            if (!data) throw new UserError("--batch-size needs a data surface; use --noise SIGMA on analytic surfaces");
            if (r.batchSize < 1) throw new UserError("--batch-size must be ≥ 1, got " + r.batchSize);
            opts.put("batch_size", r.batchSize);
        }
        opts.put("seed", r.seed);
        opts.put("steps", steps != null ? steps : SceneOptimizer.DEFAULT_STEPS);
        SceneOptimizer opt = new SceneOptimizer(os.kind().cliName(), LocalizedText.of(os.label()), null, Double.NaN, Double.NaN, opts);
        String title = so.choice.expression != null ? "f(x, y) = " + so.choice.expression : so.choice.surface;
        return new Scene(LocalizedText.of(title), null, surface, xy[0], xy[1], List.of(opt), SceneView.DEFAULT, null, Scene.LAST_STEP, null);
    }

    /** The hyperparameters of {@code s} under their torch names (all of them, so the scene is explicit). */
    static Map<String, Object> options(OptimizerSpec s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("lr", s.lr());
        m.put("momentum", s.momentum());
        m.put("dampening", s.dampening());
        m.put("nesterov", s.nesterov());
        m.put("alpha", s.alpha());
        m.put("centered", s.centered());
        m.put("beta1", s.beta1());
        m.put("beta2", s.beta2());
        m.put("eps", s.eps());
        m.put("weight_decay", s.weightDecay());
        m.put("amsgrad", s.amsgrad());
        m.put("lr_decay", s.lrDecay());
        m.put("initial_accumulator_value", s.initialAccumulator());
        return m;
    }

    private static String extension(Path p) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String fmt(double v) { return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v); }
}
