package org.saddlepoint.ui.export;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.saddlepoint.render.AtomicFileWriter;
import org.saddlepoint.ui.I18n;

/** A failed export is told in the UI's language, with the operating system's words kept. */
class ExportFailureTextTest {
    private static IOException failure(Path target, AtomicFileWriter.Content content) {
        return assertThrows(IOException.class, () -> AtomicFileWriter.write(target, content));
    }

    @Test void aMissingFolderIsToldInChineseAndEnglish(@TempDir Path dir) {
        Path target = dir.resolve("gone").resolve("a.png");
        IOException e = failure(target, out -> out.write(1));
        String zh = ExportDialog.reason(new I18n(I18n.CHINESE), e);
        assertEquals("无法写入 " + target + "：文件夹 " + dir.resolve("gone").toAbsolutePath() + " 不存在", zh);
        String en = ExportDialog.reason(new I18n(I18n.ENGLISH), e);
        assertEquals("cannot write " + target + ": the folder " + dir.resolve("gone").toAbsolutePath() + " does not exist", en);
    }

    @Test void aFullDiskKeepsTheSystemsWordsAndLeavesNoFile(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("a.gif");
        IOException e = failure(target, out -> {
            out.write(new byte[100]);
            throw new IOException("No space left on device");
        });
        assertEquals("无法写入 " + target + "（No space left on device）", ExportDialog.reason(new I18n(I18n.CHINESE), e));
        assertEquals("cannot write " + target + " (No space left on device)", ExportDialog.reason(new I18n(I18n.ENGLISH), e));
        try (var left = Files.list(dir)) {
            assertEquals(0, left.count(), "no partial or temporary file");
        }
    }

    @Test void otherFailuresAreTheirFirstLine() {
        assertEquals("encoder broke", ExportDialog.reason(new I18n(I18n.ENGLISH), new IllegalStateException("encoder broke\nat somewhere")));
    }
}
