package org.saddlepoint.surface;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Fuzzing the surface-file reader: every mutated bundled file either loads or gives one
 * {@link SurfaceFileException} with a {@code FILE:LINE:COL: message} on one line; nothing else
 * escapes (no StackOverflowError, no OutOfMemoryError, no parser exception).
 */
class SurfaceFileFuzzTest {
    private static final List<String> FILES = bundled();

    private static List<String> bundled() {
        try (Stream<Path> s = Files.list(Path.of("surfaces"))) {
            return s.filter(p -> p.toString().endsWith(".toml")).sorted().map(p -> {
                try {
                    return Files.readString(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads {@code text}; returns normally if it loaded, and checks the error form if not. */
    static void loadOrOneLineError(String text) {
        try {
            SurfaceSpec spec = SurfaceSpec.parse("fuzz.toml", text);
            spec.build();
        } catch (SurfaceFileException e) {
            String m = e.getMessage();
            assertFalse(m.contains("\n"), () -> "multi-line message: " + m);
            assertTrue(m.matches("fuzz\\.toml:\\d+:\\d+: .+"), () -> "not FILE:LINE:COL: message: " + m);
        } catch (IllegalArgumentException e) {
            // build() refuses parameter values; still one line
            assertFalse(String.valueOf(e.getMessage()).contains("\n"), e::getMessage);
        }
    }

    @Provide
    Arbitrary<String> mutatedFiles() {
        return Arbitraries.integers().between(0, FILES.size() - 1).flatMap(i ->
                Arbitraries.longs().map(seed -> mutate(FILES.get(i), new Random(seed))));
    }

    private static String mutate(String text, Random r) {
        StringBuilder sb = new StringBuilder(text);
        int edits = 1 + r.nextInt(4);
        for (int k = 0; k < edits && sb.length() > 0; k++) {
            int at = r.nextInt(sb.length());
            switch (r.nextInt(8)) {
                case 0 -> sb.setLength(at);                                          // truncated
                case 1 -> sb.insert(at, (char) r.nextInt(0x3000));                   // random character
                case 2 -> sb.deleteCharAt(at);
                case 3 -> sb.insert(at, "\nunknown_key = 1\n");
                case 4 -> sb.insert(at, "1e999");                                     // huge number
                case 5 -> sb.insert(at, "\"");
                case 6 -> sb.insert(at, "[[[[[[[[");
                default -> {
                    byte[] junk = new byte[8 + r.nextInt(32)];
                    r.nextBytes(junk);
                    sb.insert(at, new String(junk, java.nio.charset.StandardCharsets.ISO_8859_1));
                }
            }
        }
        return sb.toString();
    }

    @Property(tries = 600)
    void mutatedBundledFilesLoadOrFailOnOneLine(@ForAll("mutatedFiles") String text) {
        loadOrOneLineError(text);
    }

    @Property(tries = 200)
    void randomTextNeverEscapes(@ForAll @net.jqwik.api.constraints.StringLength(max = 300) String text) {
        loadOrOneLineError(text);
    }

    @Property(tries = 20)
    void deepNestingIsRefusedNotOverflowed(@ForAll @IntRange(min = 1000, max = 20000) int depth) {
        loadOrOneLineError("id = \"deep\"\nx = " + "[".repeat(depth) + "]".repeat(depth) + "\n");
        loadOrOneLineError("id = \"deep\"\nx = " + "{a = ".repeat(depth) + "1" + "}".repeat(depth) + "\n");
    }

    @Property(tries = 3)
    void hugeFilesAreRefusedQuickly(@ForAll @IntRange(min = 2, max = 10) int megabytes) {
        String big = "# " + "x".repeat(megabytes * 1024 * 1024) + "\n";
        loadOrOneLineError(big);
    }
}
