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
}
