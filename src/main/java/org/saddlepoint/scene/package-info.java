/**
 * Scenes: a whole demo as a small TOML file ({@link org.saddlepoint.scene.SceneFile}) — surface
 * and parameters, optimizers with torch-named hyperparameters, start, view, 3D camera, playback
 * step, caption — computed headlessly by {@link org.saddlepoint.scene.SceneRunner}. Lessons
 * ({@link org.saddlepoint.scene.LessonCatalog}) are bundled scenes, one per idea of the lecture
 * notes, in {@code surfaces/lessons/}. Use {@code SceneFile.read} to load, {@code SceneRunner.compute}
 * to get trajectories and the grid, and the render package to draw or export the result.
 */
package org.saddlepoint.scene;
