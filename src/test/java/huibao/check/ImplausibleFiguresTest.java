package huibao.check;

import huibao.model.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.util.List;

import static huibao.check.HandWrittenReports.line;
import static huibao.check.HandWrittenReports.report;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Figures that cannot be true whatever else the report says. */
class ImplausibleFiguresTest {

    @RegisterExtension
    static final HandWrittenReports desk = HandWrittenReports.desk();

    @Test
    void flagsAShareAboveAHundredPercent() throws IOException {
        var checked = desk.check(report("fengzhu.txt", """
                澜州市枫渚区2024年1-6月招商引资工作情况汇报
                1-6月，全区新签约项目30个，其中亿元以上项目12个，占比达112.5%。
                """));
        Finding f = checked.only(Finding.Kind.IMPLAUSIBLE);
        assertEquals("IMPLAUSIBLE ERROR expected ≤ 100% stated 112.5% from [112.5%]", line(f));
        assertEquals("占比超过100%：部分不能大于整体（112.5%）", f.message());
        // and 12 of 30 is no such share either
        assertEquals("SHARE ERROR expected 40% stated 112.5% from [12个, 30个, 112.5%]",
                line(checked.only(Finding.Kind.SHARE)));
    }

    @Test
    void flagsAFallOfMoreThanAHundredPercent() throws IOException {
        var checked = desk.check(report("lantai.txt", """
                澜州市岚台区2024年1-6月招商引资工作情况汇报
                1-6月，全区合同外资1.2亿美元，同比下降120.5%。
                """));
        assertEquals("IMPLAUSIBLE ERROR expected ≥ -100% stated 120.5% from [120.5%]",
                line(checked.only(Finding.Kind.IMPLAUSIBLE)));
    }

    @Test
    void acceptsAFallOfLessThanAHundredPercent() throws IOException {
        var checked = desk.check(report("lantai.txt", """
                澜州市岚台区2024年1-6月招商引资工作情况汇报
                1-6月，全区合同外资1.2亿美元，同比下降20.5%。
                """));
        assertEquals(List.of(), checked.findings(), checked.listed());
    }

    @Test
    void acceptsARateTheReportNamesAboveAHundredPercent() throws IOException {
        // arrivals over the year's plan: a ratio of two figures, not a part of a whole
        var rate = desk.check(report("fengzhu.txt", """
                澜州市枫渚区2024年招商引资工作情况汇报
                全年，全区实际到位资金38.4亿元，资金到位率达163.4%，超额完成年度任务。
                """));
        assertEquals(List.of(), rate.of(Finding.Kind.IMPLAUSIBLE), rate.listed());
        var share = desk.check(report("fengzhu.txt", """
                澜州市枫渚区2024年招商引资工作情况汇报
                全年，全区实际到位资金38.4亿元，工业项目到位资金占比达163.4%。
                """));
        assertEquals(1, share.of(Finding.Kind.IMPLAUSIBLE).size(), share.listed());
    }
}
