package huibao.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import huibao.config.Dictionaries;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Telling a report's kind from its title with report-types.tsv. */
class ReportTypesTest {

    private final ReportTypes types = ReportTypes.load(Dictionaries.packaged());

    @Test
    void theWordOfTheTitleTellsTheType() {
        assertEquals(List.of("汇报"), types.of("鹭汀区2024年上半年招商引资工作汇报"));
        assertEquals(List.of("通报"), types.of("关于2024年1-6月全市招商引资工作情况的通报"));
        assertEquals(List.of("简报"), types.of("棠阜县2024年1-6月招商引资工作简报"));
        assertEquals(List.of("报告"), types.of("鸣泉经济开发区2024年1-10月招商引资工作情况报告"));
    }

    @Test
    void situationCountsOnlyWhenNoOtherTypeIsNamed() {
        assertEquals(List.of("汇报"), types.of("澹川市2024年1-6月招商引资工作情况汇报"));
        assertEquals(List.of("情况"), types.of("岚台区2024年1-6月招商引资工作情况"));
    }

    @Test
    void aSummaryWithNextYearsPlanIsBoth() {
        assertEquals(List.of("总结", "计划"), types.of("青枫区2023年招商引资工作总结和2024年工作打算"));
    }

    @Test
    void noTitleOrNoTypeWordGivesNoType() {
        assertEquals(List.of(), types.of(null));
        assertEquals(List.of(), types.of("2024年上半年招商引资主要指标"));
    }

    @Test
    void anAnalystsOwnTypeTakesEffect(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve(ReportTypes.DICTIONARY), "type\twords\tfallback\n通知\t通知|函\t\n",
                StandardCharsets.UTF_8);
        ReportTypes own = ReportTypes.load(Dictionaries.of(dir));
        assertEquals(List.of("通知"), own.of("关于做好下半年招商引资工作的通知"));
        assertEquals(List.of(), own.of("鹭汀区2024年上半年招商引资工作汇报"));
    }

    @Test
    void aRowWithoutWordsIsAnErrorNamingItsLine(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve(ReportTypes.DICTIONARY), "type\twords\tfallback\n汇报\t汇报\t\n通知\t\t\n",
                StandardCharsets.UTF_8);
        Dictionaries.DictionaryException e = assertThrows(Dictionaries.DictionaryException.class,
                () -> ReportTypes.load(Dictionaries.of(dir)));
        assertEquals(dir.resolve(ReportTypes.DICTIONARY) + ":3: a report type needs a name and at least one word",
                e.getMessage());
    }
}
