package org.saddlepoint.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.saddlepoint.expr.ExprException;
import org.saddlepoint.expr.Expression;
import org.saddlepoint.expr.OpenClEmitter;
import org.saddlepoint.surface.SurfaceFileException;
import org.saddlepoint.surface.SurfaceSpec;

/**
 * Surface files are data, never code or references: keys that look like file inclusion are
 * unknown keys (refused with FILE:LINE:COL), reading a surface file opens no other file, and
 * the OpenCL source for a surface is generated from its parsed expression alone, so no text
 * of the file reaches the kernel.
 */
class FilesAreDataTest {
    private static final String HEADER = String.join("\n",
            "id = \"sneaky\"",                                   // 1
            "title = { en = \"Sneaky\", zh = \"狡猾\" }",         // 2
            "description = { en = \"d\", zh = \"描述\" }",        // 3
            "lesson = { en = \"l\", zh = \"课\" }",               // 4
            "expression = \"exp(x)\"",                           // 5
            "domain = [-1.0, 1.0, -1.0, 1.0]",                    // 6
            "");

    @Test void fileAndIncludeKeysAreUnknownKeys() {
        SurfaceFileException file = assertThrows(SurfaceFileException.class,
                () -> SurfaceSpec.parse("s.toml", HEADER + "file = \"/etc/passwd\"\n"));
        assertEquals("s.toml:7:1: unknown key 'file' in the file", withoutHint(file.getMessage()));
        SurfaceFileException include = assertThrows(SurfaceFileException.class,
                () -> SurfaceSpec.parse("s.toml", HEADER + "\ninclude = [\"other.toml\", \"/etc/shadow\"]\n"));
        assertTrue(include.getMessage().startsWith("s.toml:8:1: unknown key 'include'"), include.getMessage());
        // a table that looks like an import is refused the same way, at its header
        SurfaceFileException table = assertThrows(SurfaceFileException.class,
                () -> SurfaceSpec.parse("s.toml", HEADER + "[import]\npath = \"/etc/passwd\"\n"));
        assertTrue(table.getMessage().startsWith("s.toml:7:"), table.getMessage());
        assertTrue(table.getMessage().contains("unknown key 'import'"), table.getMessage());
        for (SurfaceFileException e : List.of(file, include, table)) {
            assertEquals(1, e.getMessage().lines().count(), "one line");
            assertFalse(e.getMessage().contains("root:"), "nothing of /etc/passwd is ever shown");
        }
        // the same file without the strange key is fine: it was the key, not the expression
        assertEquals(Math.exp(0.5), SurfaceSpec.parse("s.toml", HEADER).build().newEvaluator().value(0.5, 0), 1e-15);
    }

    /** The message up to the optional " (did you mean …?)" hint, which depends on the vocabulary. */
    private static String withoutHint(String message) {
        int i = message.indexOf(" (did you mean");
        return i < 0 ? message : message.substring(0, i);
    }

    @Test void readingASurfaceFileNeverReadsTheFilesItNames(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("target.toml");
        Files.writeString(target, HEADER.replace("sneaky", "target"), StandardCharsets.UTF_8);
        BasicFileAttributeView attrs = Files.getFileAttributeView(target, BasicFileAttributeView.class);
        FileTime longAgo = FileTime.fromMillis(86_400_000L);
        // calibrate: does this file system record reads in the access time? (relatime updates an access time older than the modification)
        attrs.setTimes(null, longAgo, null);
        Files.readAllBytes(target);
        Assumptions.assumeTrue(!attrs.readAttributes().lastAccessTime().equals(longAgo),
                "this file system does not record reads (noatime): cannot observe whether a file is read");
        attrs.setTimes(null, longAgo, null);
        String path = target.toAbsolutePath().toString().replace("\\", "\\\\");
        for (String key : List.of("file", "include", "data_file", "expression_file")) {
            Path sneaky = dir.resolve("sneaky-" + key + ".toml");
            Files.writeString(sneaky, HEADER + key + " = \"" + path + "\"\n", StandardCharsets.UTF_8);
            SurfaceFileException e = assertThrows(SurfaceFileException.class, () -> SurfaceSpec.read(sneaky));
            assertTrue(e.getMessage().startsWith(sneaky + ":7:1: unknown key '" + key + "'"), e.getMessage());
        }
        assertEquals(longAgo, attrs.readAttributes().lastAccessTime(), "the named file was never read");
    }

    @Test void codeInAnExpressionIsASyntaxErrorNotKernelText() {
        for (String evil : List.of(
                "x */ } __kernel void evil(__global double* p) { p[0] = 1; /* ",
                "x; #include \"/etc/passwd\"",
                "x // comment",
                "x\n#define y 0",
                "printf(x)",
                "x[0] + y")) {
            SurfaceFileException e = assertThrows(SurfaceFileException.class, () -> SurfaceSpec.parse("s.toml",
                    HEADER.replace("\"exp(x)\"", "\"" + evil.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"")),
                    evil);
            assertTrue(e.getMessage().startsWith("s.toml:5:"), e.getMessage());
            assertThrows(ExprException.class, () -> Expression.parse(evil, List.of()), evil);
        }
    }

    @Test void theKernelOfAFileIsBuiltFromItsExpressionAloneAndNoOtherTextOfTheFile() {
        String marker = "ZZMARKER";
        String text = String.join("\n",
                "# " + marker + " comment */ #include <evil.h>",
                "id = \"kernel-check\"",
                "title = { en = \"" + marker + " */ __kernel void evil()\", zh = \"" + marker + "\" }",
                "description = { en = \"#pragma " + marker + "\", zh = \"描述\" }",
                "lesson = { en = \"\\\" #include \\\"" + marker + "\", zh = \"课\" }",
                "expression = \"k*x^2 + sin(y)\"",
                "domain = [-1.0, 1.0, -1.0, 1.0]",
                "",
                "[[parameters]]",
                "name = \"k\"",
                "default = 3.0",
                "min = 1.0",
                "max = 10.0",
                "label = { en = \"" + marker + "\", zh = \"k\" }",
                "");
        SurfaceSpec spec = SurfaceSpec.parse("k.toml", text);
        String fromFile = OpenClEmitter.sampleKernel(spec.expression().compile(Expression.Order.VALUE, spec.defaults()), OpenClEmitter.Precision.DOUBLE);
        // the same kernel as one built from the expression typed by hand: nothing else of the file matters
        String byHand = OpenClEmitter.sampleKernel(Expression.parse("k*x^2 + sin(y)", List.of("k"))
                .compile(Expression.Order.VALUE, Map.of("k", 3.0)), OpenClEmitter.Precision.DOUBLE);
        assertEquals(byHand, fromFile);
        assertFalse(fromFile.contains(marker));
        assertFalse(fromFile.contains("evil"));
        assertFalse(fromFile.contains("#include"));
        // the only preprocessor lines are the emitter's own pragmas
        Matcher m = Pattern.compile("(?m)^\\s*#.*$").matcher(fromFile);
        while (m.find()) assertTrue(m.group().trim().startsWith("#pragma OPENCL"), m.group());
    }
}
