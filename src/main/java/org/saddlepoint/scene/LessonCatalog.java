package org.saddlepoint.scene;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.saddlepoint.surface.SurfaceFileException;

/**
 * The bundled lessons (classpath {@code /surfaces/lessons/}, listed in order in
 * {@code index.txt}), with next/previous navigation. A broken lesson file is an error of the
 * catalogue ({@link #errors()}), never a crash.
 */
public final class LessonCatalog {
    public static final String ROOT = "/surfaces/lessons/";
    private final List<Lesson> lessons;
    private final List<SurfaceFileException> errors;

    private LessonCatalog(List<Lesson> lessons, List<SurfaceFileException> errors) {
        this.lessons = List.copyOf(lessons);
        this.errors = List.copyOf(errors);
    }

    private static volatile LessonCatalog bundled;

    /** The bundled lessons, loaded once. */
    public static LessonCatalog bundled() {
        LessonCatalog c = bundled;
        if (c == null) bundled = c = load();
        return c;
    }

    private static LessonCatalog load() {
        List<Lesson> out = new ArrayList<>();
        List<SurfaceFileException> errors = new ArrayList<>();
        for (String name : names(errors)) {
            String file = "surfaces/lessons/" + name;
            try (InputStream in = LessonCatalog.class.getResourceAsStream(ROOT + name)) {
                if (in == null) {
                    errors.add(new SurfaceFileException(file, 1, 1, "listed in surfaces/lessons/index.txt but missing"));
                    continue;
                }
                Scene s = SceneFile.parse(file, SceneFile.decode(in.readNBytes(SceneFile.MAX_BYTES + 1), file));
                if (s.caption() == null) {
                    errors.add(new SurfaceFileException(file, 1, 1, "a lesson needs a caption {en, zh}"));
                    continue;
                }
                out.add(new Lesson(name.substring(0, name.length() - 5), out.size(), s));
            } catch (SurfaceFileException e) {
                errors.add(e);
            } catch (IOException e) {
                errors.add(new SurfaceFileException(file, 1, 1, "cannot read: " + e.getMessage()));
            }
        }
        return new LessonCatalog(out, errors);
    }

    private static List<String> names(List<SurfaceFileException> errors) {
        List<String> names = new ArrayList<>();
        try (InputStream in = LessonCatalog.class.getResourceAsStream(ROOT + "index.txt")) {
            if (in == null) {
                errors.add(new SurfaceFileException("surfaces/lessons/index.txt", 1, 1, "lesson index is missing from the classpath"));
                return names;
            }
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R");
            for (int i = 0; i < lines.length; i++) {
                String n = lines[i].strip();
                if (n.isEmpty() || n.startsWith("#")) continue;
                if (!n.matches("[a-z0-9_-]+\\.toml")) {
                    errors.add(new SurfaceFileException("surfaces/lessons/index.txt", i + 1, 1, "not a lesson file name: '" + n + "'"));
                    continue;
                }
                names.add(n);
            }
        } catch (IOException e) {
            errors.add(new SurfaceFileException("surfaces/lessons/index.txt", 1, 1, "cannot read: " + e.getMessage()));
        }
        return names;
    }

    public List<Lesson> lessons() { return lessons; }

    public List<SurfaceFileException> errors() { return errors; }

    public int size() { return lessons.size(); }

    public Lesson get(int index) { return lessons.get(index); }

    public Optional<Lesson> byId(String id) { return lessons.stream().filter(l -> l.id().equals(id)).findFirst(); }

    /** The lesson after {@code current}, or empty at the end. */
    public Optional<Lesson> next(Lesson current) {
        int i = current.index() + 1;
        return i < lessons.size() ? Optional.of(lessons.get(i)) : Optional.empty();
    }

    /** The lesson before {@code current}, or empty at the start. */
    public Optional<Lesson> previous(Lesson current) {
        int i = current.index() - 1;
        return i >= 0 ? Optional.of(lessons.get(i)) : Optional.empty();
    }
}
