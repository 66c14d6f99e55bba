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
                全年，全区实际到位资金38.4亿元，工业项目到位资金占全区到位资金的163.4%。
                """));
        assertEquals(Finding.Severity.ERROR, share.only(Finding.Kind.IMPLAUSIBLE).severity(), share.listed());
    }

    @Test
    void notesAShareAboveAHundredPercentWhoseWholeIsNeitherNamedNorTied() throws IOException {
        var checked = desk.check(report("fengzhu.txt", """
                澜州市枫渚区2024年招商引资工作情况汇报
                全年，全区实际到位资金38.4亿元，工业项目到位资金占比达163.4%。
                """));
        assertEquals(Finding.Severity.INFO, checked.only(Finding.Kind.IMPLAUSIBLE).severity(), checked.listed());
    }

    @Test
    void saysNothingOfAPercentAboveAHundredThatNoShareWordCallsAShare() throws IOException {
        // a completion in words huibao does not know is read as a share by default: no error for that misreading
        var checked = desk.check(report("lantai.txt", """
                澜州市岚台区2024年1-9月招商引资工作情况汇报
                1-9月，全区签约项目41个，协议投资额96.3亿元，达成年度使命的128.4%，其中，先进制造业项目协议投资额52.1亿元，达成年度使命的131%。
                """));
        assertEquals(List.of(), checked.of(Finding.Kind.IMPLAUSIBLE), checked.listed());
    }

    @Test
    void boundsNoContributionRateByAHundredPercent() throws IOException {
        // the big projects' increase (9) over all projects' increase (7): a rate of increases, above 100% when others fell
        var checked = desk.check(report("luting.txt", """
                澜州市鹭汀区2024年1-6月重点项目建设情况汇报
                全区在建项目206个，比去年同期增加7个，其中10亿元以上项目31个，比去年同期增加9个，贡献率达128.6%。
                """));
        assertEquals(List.of(), checked.flagged(), checked.listed());
    }
}
