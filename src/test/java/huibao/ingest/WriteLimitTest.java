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

    /**
     * A plain text far longer than the limit is read only as far as the limit needs (a 200 MB file
     * must not be loaded whole), cut at a whole line so its charset is still told right, and
     * hashed whole so that a change past the cut is still seen.
     */
    @Test
    void readsOnlyStartOfVeryLongPlainTextButHashesAllOfIt() throws Exception {
        Path file = dir.resolve("annex.txt");
        String text = (PARAGRAPH + "\n").repeat(200);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        SourceText source = reader.read(file, "annex.txt");
        assertEquals(text.substring(0, 60), source.text());
        assertEquals("text/plain; charset=UTF-8", source.mediaType());
        assertTrue(source.problems().get(0).message().startsWith("text cut at 60 characters"));

        Files.writeString(file, text + "又签约项目1个。\n", StandardCharsets.UTF_8);
        assertFalse(source.sha256().equals(reader.read(file, "annex.txt").sha256()));
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
