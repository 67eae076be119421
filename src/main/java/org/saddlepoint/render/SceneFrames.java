package org.saddlepoint.render;

import java.util.Locale;
import org.saddlepoint.scene.ComputedScene;

/**
 * Frame sources for a computed scene: 2D frames from the landscape chart (headless) or 3D frames
 * from the registered {@link Frame3DSource}, with the title card, step counter and caption band
 * the options ask for.
 */
public final class SceneFrames {
    private SceneFrames() { }

    /** Animation frames of {@code scene} following {@code o}; {@code threeD} picks the 3D view. */
    public static FrameSource animation(ComputedScene scene, ExportOptions o, boolean threeD) {
        return open(scene, o, FramePlan.of(scene, o), threeD, true);
    }

    /** One frame showing the scene's own step (for PNG stills of either view). */
    public static FrameSource still(ComputedScene scene, ExportOptions o, boolean threeD) {
        return open(scene, o.withTitleSeconds(0), FramePlan.still(scene), threeD, false);
    }

    private static FrameSource open(ComputedScene scene, ExportOptions o, FramePlan plan, boolean threeD, boolean animated) {
        Locale loc = o.locale();
        float scale = (float) o.scale();
        int w = o.pixelWidth(), h = o.pixelHeight();
        String captionText = o.caption() && scene.scene().caption() != null ? scene.scene().caption().get(loc) : null;
        CaptionOverlay caption = new CaptionOverlay(captionText, w, scale);
        int pictureHeight = h - caption.bandHeight();
        if (pictureHeight < h / 3) {
            caption = new CaptionOverlay(null, w, scale);
            pictureHeight = h;
        }
        FrameSource inner;
        if (threeD) {
            Frame3DSource s3 = Frame3DSource.find().orElseThrow(() -> new IllegalStateException(
                    "3D export needs the JavaFX renderer on the class path (run the full saddlepoint jar)"));
            String why = s3.unavailableReason();
            if (why != null) throw new IllegalStateException(why);
            inner = s3.open(scene, plan, w, pictureHeight, o.scale(), loc);
        } else {
            inner = new Frame2DSource(SceneCharts.chart(scene, loc), plan, w, pictureHeight, o.scale(), SceneCharts.keyColors(scene));
        }
        int titleFrames = animated ? (int) Math.round(o.titleSeconds() * o.fps()) : 0;
        TitleCard card = titleFrames > 0 ? new TitleCard(scene.scene().title().get(loc), captionText) : null;
        boolean counter = o.stepCounter() && !scene.runs().isEmpty();
        return new AnnotatedFrames(inner, card, titleFrames, caption, counter, plan.maxStep(), scale);
    }
}
