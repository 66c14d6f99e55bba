package huibao.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import huibao.model.Problem;
import huibao.model.SourceText;
import huibao.model.Span;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WriteLimitTest {

    private static final String PARAGRAPH = "今年以来，全区新签约项目25个，总投资52.1亿元。";

    private final ReportReader reader = new ReportReader(Cleaning.DICTIONARIES, 60);

    @TempDir
    Path dir;

    @Test
    void cutsLongPlainTextAtLimitAndSaysSo() throws Exception {
        Path file = dir.resolve("long.txt");
        Files.writeString(file, (PARAGRAPH + "\n").repeat(5), StandardCharsets.UTF_8);
        SourceText source = reader.read(file, "long.txt");
        assertEquals((PARAGRAPH + "\n").repeat(5).substring(0, 60), source.text());
        assertEquals(List.of(new Problem("long.txt", new Span(60, 60), Problem.Kind.UNREADABLE,
                "text cut at 60 characters, the write limit; the rest of the file was not read")), source.problems());
        assertFalse(source.problems().get(0).isFatal());
    }

    @Test
    void cutsLongWordDocumentAtLimitAndSaysSo() throws Exception {
        Path file = dir.resolve("long.docx");
        ReportFixtures.writeDocx(file, List.of(PARAGRAPH, PARAGRAPH, PARAGRAPH, PARAGRAPH));
        SourceText source = reader.read(file, "long.docx");
        assertEquals(((PARAGRAPH + "\n").repeat(4)).substring(0, 60), source.text());
        assertTrue(source.problems().get(0).message().startsWith("text cut at 60 characters"));
    }

    @Test
    void keepsTextWithinLimitWhole() throws Exception {
        Path file = dir.resolve("short.txt");
        Files.writeString(file, PARAGRAPH, StandardCharsets.UTF_8);
        SourceText source = reader.read(file, "short.txt");
        assertEquals(PARAGRAPH, source.text());
        assertTrue(source.problems().isEmpty());
    }
}
