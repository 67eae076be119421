package org.saddlepoint.render;

import org.saddlepoint.scene.ComputedScene;

/**
 * Which playback step and which 3D camera azimuth each animation frame shows: the steps
 * [from, min(to, maxStep)] spread evenly over the frames, the azimuth turning by the orbit per frame.
 *
 * @param steps    the step of each frame
 * @param azimuths the 3D camera azimuth of each frame (degrees)
 * @param maxStep  the last row of the longest run
 */
public record FramePlan(int[] steps, double[] azimuths, int maxStep) {
    public static FramePlan of(ComputedScene scene, ExportOptions o) {
        int max = scene.maxStep();
        int to = Math.min(o.toStep(), max), from = Math.min(o.fromStep(), to);
        int n = o.animationFrames(max);
        int[] steps = new int[n];
        double[] az = new double[n];
        for (int k = 0; k < n; k++) {
            steps[k] = ExportOptions.stepOf(k, n, from, to);
            az[k] = scene.scene().camera().azimuth() + k * o.orbitDegreesPerFrame();
        }
        return new FramePlan(steps, az, max);
    }

    /** A plan of one frame showing the scene's own step and camera (still images). */
    public static FramePlan still(ComputedScene scene) {
        return new FramePlan(new int[] {scene.step()}, new double[] {scene.scene().camera().azimuth()}, scene.maxStep());
    }

    public int frames() { return steps.length; }
}
