package huibao.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Paragraphs of real reports read from jsonl, and mixed into the generated reports. */
class GovReportParagraphsTest {

    private static final String FIGURE = "全年地区生产总值增长5.2%，实际使用外资123.4亿元，新签约重大项目86个，招商引资工作取得新成效。";

    @TempDir
    Path dir;

    @Test
    void readsTheTextFieldOfEachLineWhateverComesBeforeIt() {
        assertEquals("一\n二\"三\"\\四", JsonLine.text("{\"id\": \"a\", \"meta\": {\"text\": \"no\", \"n\": [1, {\"x\": \"}\"}]}, "
                + "\"year\": 2026, \"ok\": true, \"text\": \"一\\n二\\\"三\\\"\\\\\\u56db\"}"));
        assertNull(JsonLine.text("{\"title\": \"text\"}"));
        assertNull(JsonLine.text("not json"));
    }

    @Test
    void keepsTheParagraphsThatGiveAFigure() throws Exception {
        Files.writeString(dir.resolve("b.jsonl"), "{\"text\": \"下载\\n打印\\n" + FIGURE + "\\n没有数字的一段话没有数字的一段话没有数字的一段话没有数字的一段话没有数字的一段话\"}\n"
                + "{\"text\": 3}\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("a.txt"), "{\"text\": \"" + FIGURE + "\"}\n", StandardCharsets.UTF_8);
        GovReportParagraphs p = GovReportParagraphs.read(dir);
        assertEquals(1, p.size());
        assertEquals(FIGURE, p.get(0));
        assertTrue(GovReportParagraphs.readIfPresent(dir.resolve("absent")).isEmpty());
    }

    @Test
    void mixesParagraphsIntoTheMiddleOfEachReportTheSameEachTime() throws Exception {
        Files.writeString(dir.resolve("r.jsonl"), "{\"text\": \"" + FIGURE + "\"}\n", StandardCharsets.UTF_8);
        GeneratedReports plain = GeneratedReports.load(Path.of(""));
        GeneratedReports mixed = plain.mixing(GovReportParagraphs.read(dir));
        for (int i = 0; i < 2 * plain.templates(); i++) {
            String before = plain.report(i).text();
            String after = mixed.report(i).text();
            assertTrue(after.contains(FIGURE + "\n"), after);
            assertEquals(before, after.replace(FIGURE + "\n", ""), "report " + i);
            assertTrue(after.startsWith(before.lines().findFirst().orElseThrow()), "the title stays first: " + i);
            assertEquals(after, mixed.report(i).text());
        }
        assertEquals(plain.report(3).relative(), mixed.report(3).relative());
    }
}
