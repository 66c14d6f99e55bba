package huibao.check;

import huibao.model.Finding;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static huibao.check.HandWrittenReports.line;
import static huibao.check.HandWrittenReports.report;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A share against its part and its whole. */
class SharesTest {

    @TempDir
    static Path folder;
    static HandWrittenReports desk;

    @BeforeAll
    static void open() {
        desk = HandWrittenReports.in(folder);
    }

    @AfterAll
    static void close() throws IOException {
        desk.close();
    }

    @Test
    void reportsAShareItsPartAndWholeDoNotGive() throws IOException {
        var checked = desk.check(report("luting.txt", """
                澜州市鹭汀区2024年1-6月招商引资工作情况汇报
                1-6月，全区新签约项目49个，其中制造业项目34个，占比69.5%。
                """));
        Finding f = checked.only(Finding.Kind.SHARE);
        assertEquals("SHARE ERROR expected 69.39% stated 69.5% from [34个, 49个, 69.5%]", line(f));
        assertEquals("占比：34个 ÷ 49个 = 69.39%，报告写 69.5%：按印刷精度也对不上", f.message());
    }

    @Test
    void notesAShareThatHoldsOnlyThroughRounding() throws IOException {
        // 16.7 ÷ 23.8 is 70.17%, printed 70.2%; 70.4% needs 16.7 near 16.75 and 23.8 near 23.75
        var checked = desk.check(report("yunchuan.txt", """
                澜州市蕴川区2024年1-6月招商引资工作情况汇报
                1-6月，全区实际使用外资23.8亿元，其中制造业实际使用外资16.7亿元，占全区的70.4%。
                """));
        Finding f = checked.only(Finding.Kind.SHARE);
        assertEquals("SHARE INFO rounding-only expected 70.17%（69.81–70.53%） stated 70.4% from [16.7亿元, 23.8亿元, 70.4%]",
                line(f));
        assertEquals(List.of(), checked.flagged());
    }

    @Test
    void confirmsAShareThatPrintsAsTheQuotient() throws IOException {
        var checked = desk.check(report("yunchuan.txt", """
                澜州市蕴川区2024年1-6月招商引资工作情况汇报
                1-6月，全区实际使用外资23.8亿元，其中制造业实际使用外资16.7亿元，占全区的70.2%。
                """));
        assertEquals("SHARE OK expected 70.17%（69.81–70.53%） stated 70.2% from [16.7亿元, 23.8亿元, 70.2%]",
                line(checked.only(Finding.Kind.SHARE)));
    }

    @Test
    void leavesAShareOfTheCityToTheCitysReport() throws IOException {
        // 占全市 in a district's report: the whole is the city's, which this report does not state
        var checked = desk.check(report("yunchuan.txt", """
                澜州市蕴川区2024年1-6月招商引资工作情况汇报
                1-6月，全区实际使用外资3620万美元，占全市的11.7%。
                """));
        assertEquals(List.of(), checked.of(Finding.Kind.SHARE), checked.listed());
    }
}
