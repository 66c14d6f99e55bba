package huibao.check;

import huibao.model.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.util.List;

import static huibao.check.HandWrittenReports.line;
import static huibao.check.HandWrittenReports.report;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A growth rate right after the level it is compared with (比上年的9.8亿元), against the level before. */
class ComparedGrowthTest {

    @RegisterExtension
    static final HandWrittenReports desk = HandWrittenReports.desk();

    @Test
    void reportsAGrowthTheComparedLevelsDoNotGive() throws IOException {
        // 14.6 / 9.8 = 1.4898: 47.72%–50.26% at the printed precision, not 52%
        var checked = desk.check(report("luting.txt", """
                澜州市鹭汀区2024年招商引资工作情况汇报
                2024年全区完成进出口总额14.6亿元，比2023年的9.8亿元，增长52%。
                """));
        assertEquals("YOY ERROR expected 48.98%（47.72–50.26%） stated 52% from [14.6亿元, 9.8亿元, 52%]",
                line(checked.only(Finding.Kind.YOY)));
    }

    @Test
    void confirmsAGrowthTheComparedLevelsGive() throws IOException {
        var checked = desk.check(report("luting.txt", """
                澜州市鹭汀区2024年招商引资工作情况汇报
                2024年全区完成税收3.2亿元，比2023年的2.5亿元，增长28%。
                """));
        assertEquals(List.of(), checked.flagged());
        assertEquals("YOY OK expected 28%（23.53–32.65%） stated 28% from [3.2亿元, 2.5亿元, 28%]",
                line(checked.only(Finding.Kind.YOY)));
    }

    @Test
    void leavesAGrowthOfTheSecondOfTwoLevelsNotCompared() throws IOException {
        // 8.1亿元 is another level, not the one 14.6亿元 is compared with: its own growth is 9%
        var checked = desk.check(report("luting.txt", """
                澜州市鹭汀区2024年招商引资工作情况汇报
                2024年全区完成进出口总额14.6亿元，其中出口8.1亿元，增长9%。
                """));
        assertEquals(List.of(), checked.flagged());
    }

    @Test
    void reportsAGrowthTheLevelsItRunsBetweenDoNotGive() throws IOException {
        // 7.35 / 4.2 = 1.75: 72.82%–77.23% at the printed precision, not 62%
        var checked = desk.check(report("luting.txt", """
                澜州市鹭汀区2024年招商引资工作情况汇报
                三年来，全区税收收入由2021年的4.2亿元提高到2024年的7.35亿元，增长幅度达62%。
                """));
        assertEquals("YOY ERROR expected 75%（72.82–77.23%） stated 62% from [4.2亿元, 7.35亿元, 62%]",
                line(checked.only(Finding.Kind.YOY)));
    }

    @Test
    void confirmsAGrowthFromOneCountToAnother() throws IOException {
        var checked = desk.check(report("luting.txt", """
                澜州市鹭汀区2024年招商引资工作情况汇报
                全区规上工业企业从40家增至58家，增长45%。
                """));
        assertEquals(List.of(), checked.flagged());
        assertEquals("YOY OK expected 45% stated 45% from [40家, 58家, 45%]", line(checked.only(Finding.Kind.YOY)));
    }

    @Test
    void leavesAGrowthOfAnotherThingOrPerYearAfterAChangeUnjudged() throws IOException {
        // 产值增长 is the output's growth, not the firms'; 年均增长 is a growth per year over the span
        var checked = desk.check(report("luting.txt", """
                澜州市鹭汀区2024年招商引资工作情况汇报
                全区外资企业由30家增加到36家，产值增长9%。
                五年来，全区进出口总额从8亿元增长到15亿元，年均增长13.4%。
                """));
        assertEquals(List.of(), checked.flagged());
        assertEquals(List.of(), checked.of(Finding.Kind.YOY));
    }

    @Test
    void takesAGrowthInTimesThatGivesTheMultipleReachedAsANoteNotAnError() throws IOException {
        // 130 / 9 = 14.4 times the base, a growth of 13.4 times: 增长14倍 is written for the multiple;
        // 90 / 20 = 4.5 times is neither 8 times nor a growth of 8 times
        var checked = desk.check(report("luting.txt", """
                澜州市鹭汀区2024年招商引资工作情况汇报
                十年来，园区入驻企业由9家增加到130家，增长14倍。
                全区外贸企业由20家增加到90家，增长8倍。
                """));
        assertEquals(List.of("YOY ERROR expected 3.5倍 stated 8倍 from [20家, 90家, 8倍]",
                        "YOY INFO expected 13.44倍 stated 14倍 from [9家, 130家, 14倍]"),
                checked.of(Finding.Kind.YOY).stream().map(HandWrittenReports::line).toList());
    }
}
