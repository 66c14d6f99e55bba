package huibao.check;

import huibao.model.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.util.List;

import static huibao.check.HandWrittenReports.line;
import static huibao.check.HandWrittenReports.report;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A growth rate against the levels or the change that imply it. */
class GrowthRatesTest {

    @RegisterExtension
    static final HandWrittenReports desk = HandWrittenReports.desk();

    @Test
    void reportsAGrowthRateTheTwoLevelsDoNotGive() throws IOException {
        var checked = desk.check(report("luting.txt", """
                澜州市鹭汀区2024年1-6月招商引资工作情况汇报
                1-6月，全区到位内资5.26亿元，去年同期为4.71亿元，同比增长15.8%。
                """));
        Finding f = checked.only(Finding.Kind.YOY);
        assertEquals("YOY ERROR expected 11.68%（11.45–11.9%） stated 15.8% from [5.26亿元, 4.71亿元, 15.8%]", line(f));
        assertEquals("同比增速：5.26亿元 较去年同期 4.71亿元 = 11.68%（11.45–11.9%），报告写 15.8%：按印刷精度也对不上",
                f.message());
    }

    @Test
    void leavesAGrowthAfterASemicolonUnjudgedAgainstTheLevelBeforeIt() throws IOException {
        // 2.3亿元 is the second firm's rise, whose own level is not stated: 14.6 − 2.3 says nothing of 118.4%
        var checked = desk.check(report("luting.txt", """
                澜州市鹭汀区2024年1-6月招商引资工作情况汇报
                1-6月，青川机械一季度实现产值14.6亿元，比增9.7%；恒远钢构一季度产值增长2.3亿元，增幅达118.4%。
                """));
        assertEquals(List.of(), checked.flagged());
    }

    @Test
    void confirmsAGrowthRateTheTwoLevelsGive() throws IOException {
        var checked = desk.check(report("luting.txt", """
                澜州市鹭汀区2024年1-6月招商引资工作情况汇报
                1-6月，全区到位内资5.26亿元，去年同期为4.71亿元，同比增长11.7%。
                """));
        assertEquals("YOY OK expected 11.68%（11.45–11.9%） stated 11.7% from [5.26亿元, 4.71亿元, 11.7%]",
                line(checked.only(Finding.Kind.YOY)));
    }

    @Test
    void reportsAGrowthRateTheStatedIncreaseDoesNotGive() throws IOException {
        // 47 this year, 9 more than last year's 38: 23.68%
        var checked = desk.check(report("fengzhu.txt", """
                澜州市枫渚区2024年1-6月招商引资工作情况汇报
                1-6月，全区新签约项目47个，同比增加9个，增长28.5%。
                """));
        assertEquals("YOY ERROR expected 23.68% stated 28.5% from [47个, 9个, 28.5%]",
                line(checked.only(Finding.Kind.YOY)));
    }

    @Test
    void confirmsAFallTheStatedDecreaseGives() throws IOException {
        var checked = desk.check(report("tangfu.txt", """
                澜州市棠阜县2024年1-6月招商引资工作情况汇报
                1-6月，全县新签约项目14个，比去年同期减少2个，同比下降12.5%。
                """));
        assertEquals("YOY OK expected -12.5% stated 12.5% from [14个, 2个, 12.5%]", line(checked.only(Finding.Kind.YOY)));
    }

    @Test
    void flagsAGrowthRateForACountThatFell() throws IOException {
        var checked = desk.check(report("lantai.txt", """
                澜州市岚台区2024年1-6月招商引资工作情况汇报
                1-6月，全区新签约项目14个，比去年同期减少2个，同比增长12.5%。
                """));
        Finding f = checked.only(Finding.Kind.IMPLAUSIBLE);
        assertEquals("IMPLAUSIBLE ERROR expected 下降 stated 12.5% from [14个, 2个, 12.5%]", line(f));
        assertEquals("同比增速：14个 较上年（14个 − 2个），数量减少，增速却为正：增速与增减方向相反", f.message());
        assertEquals(List.of(), checked.of(Finding.Kind.YOY));
    }

    @Test
    void flagsAFallForALevelAboveLastYears() throws IOException {
        var checked = desk.check(report("luting.txt", """
                澜州市鹭汀区2024年1-6月招商引资工作情况汇报
                1-6月，全区到位内资5.26亿元，去年同期为4.71亿元，同比下降10.4%。
                """));
        assertEquals("IMPLAUSIBLE ERROR expected 增长 stated 10.4% from [5.26亿元, 4.71亿元, 10.4%]",
                line(checked.only(Finding.Kind.IMPLAUSIBLE)));
    }
}
