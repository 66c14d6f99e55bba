package huibao.check;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.util.List;

import static huibao.check.HandWrittenReports.report;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** All the checks over a batch of reports, in the order the analyst reads their findings. */
class CheckerTest {

    @RegisterExtension
    static final HandWrittenReports desk = HandWrittenReports.desk();

    @Test
    void listsErrorsFirstThenGapsNotesAndConfirmations() throws IOException {
        var checked = desk.check(report("luting.txt", """
                澜州市鹭汀区2024年1-6月招商引资工作情况汇报
                1-6月，全区新签约项目25个，开工建设18个，履约率72%。全区到位内资XX亿元。\
                全区合同外资2.38亿美元，其中制造业合同外资1.67亿美元，占全区的70.4%。\
                全区实际使用外资3620万美元，完成全年目标6500万美元的58.9%。
                """));
        assertEquals(List.of(
                        "COMPLETION ERROR expected 55.69%（55.68–55.7%） stated 58.9% from [3620万美元, 6500万美元, 58.9%]",
                        "REDACTED WARNING expected null stated XX亿元 from [XX亿元]",
                        "SHARE INFO rounding-only expected 70.17%（69.81–70.53%） stated 70.4% from [1.67亿美元, 2.38亿美元, 70.4%]",
                        "RATIO OK expected 72% stated 72% from [18个, 25个, 72%]"),
                checked.findings().stream().map(HandWrittenReports::line).toList());
    }

    @Test
    void findsNothingInAReportWithoutFigures() throws IOException {
        var checked = desk.check(report("luting.txt", """
                澜州市鹭汀区2024年1-6月招商引资工作情况汇报
                今年以来，我区坚持把招商引资作为经济工作的生命线，扎实推进项目建设。
                """));
        assertEquals(List.of(), checked.facts());
        assertEquals(List.of(), checked.findings());
    }
}
