package org.saddlepoint.scene;

/**
 * A bundled lesson: one scene (title and caption in English and Chinese) that shows one idea of
 * the lecture notes; {@code id} is its file name without {@code .toml}, {@code index} its place.
 */
public record Lesson(String id, int index, Scene scene) {
    public Lesson {
        if (scene.caption() == null) throw new IllegalArgumentException("lesson " + id + " needs a caption");
    }
}
