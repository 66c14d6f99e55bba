package huibao.check;

import huibao.model.Finding;
import huibao.model.Measure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.util.List;

import static huibao.check.HandWrittenReports.line;
import static huibao.check.HandWrittenReports.report;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A completion rate against the actual before it and the year's target. */
class CompletionRatesTest {

    @RegisterExtension
    static final HandWrittenReports desk = HandWrittenReports.desk();

    @Test
    void reportsACompletionRateTheActualAndTargetDoNotGive() throws IOException {
        var checked = desk.check(report("luting.txt", """
                澜州市鹭汀区2024年1-6月招商引资工作情况汇报
                1-6月，全区实际使用外资3620万美元，完成全年目标6500万美元的58.9%。
                """));
        Finding f = checked.only(Finding.Kind.COMPLETION);
        assertEquals("COMPLETION ERROR expected 55.69%（55.68–55.7%） stated 58.9% from [3620万美元, 6500万美元, 58.9%]", line(f));
        assertEquals("完成率：3620万美元 ÷ 6500万美元 = 55.69%（55.68–55.7%），报告写 58.9%：按印刷精度也对不上", f.message());
        assertEquals("fdi_actual", f.indicator());
        assertEquals("luting.txt", f.doc());
    }

    @Test
    void takesAWholeActualAsRoundedWhenTheRateIsPrintedFiner() throws IOException {
        // 32.5% of 40.2亿元 is 13.07亿元, printed 13亿元: the rate was worked out before the actual was rounded;
        // a rate printed whole (31%) is judged against the actual as printed
        var checked = desk.check(report("luting.txt", """
                澜州市鹭汀区2024年招商引资工作情况汇报
                全区到位资金13亿元，完成年度目标40.2亿元的32.5%。
                全区实际使用外资2亿美元，完成年度目标6.4亿美元的38%。
                """));
        assertEquals(List.of("COMPLETION ERROR expected 31.25%（31.01–31.5%） stated 38% from [2亿美元, 6.4亿美元, 38%]",
                        "COMPLETION INFO rounding-only expected 32.34%（31.06–33.62%） stated 32.5% from [13亿元, 40.2亿元, 32.5%]"),
                checked.of(Finding.Kind.COMPLETION).stream().map(HandWrittenReports::line).toList());
    }

    @Test
    void judgesEachGroupsShareOfItsOwnYearlyPlanAsACompletionOfThatPlan() throws IOException {
        // each group's 占年计划投资的 is done against the plan its own clauses state, not a share of the total done
        var checked = desk.check(report("yunchuan.txt", """
                澜州市蕴川区2024年1-6月重点项目推进情况汇报
                全区重点项目年度计划投资120亿元，1-6月累计完成投资66亿元，占年计划投资的55%，其中：续建项目年度计划投资80亿元，\
                1-6月累计完成投资52亿元，占年计划投资的65%；新开工项目年度计划投资40亿元，1-6月累计完成投资14亿元，占年计划投资的35%。
                """));
        assertEquals(List.of(), checked.flagged(), checked.listed());
        assertEquals(3, checked.of(Finding.Kind.COMPLETION).size(), checked.listed());
    }

    @Test
    void judgesAShareOfATaskAssignedFromAboveAsACompletionOfIt() throws IOException {
        // 9.18 of the 9 assigned is 102%, so 103% is a slip of the completion, not a share above 100%
        var checked = desk.check(report("lantai.txt", """
                澜州市岚台区2024年1-9月招商引资工作情况汇报
                1-9月，全区实际到位资金9.18亿元，占市新下达到位资金9亿元的103%。
                """));
        assertEquals("COMPLETION ERROR expected 102%（101.94–102.06%） stated 103% from [9.18亿元, 9亿元, 103%]",
                line(checked.only(Finding.Kind.COMPLETION)));
        assertEquals(List.of(), checked.of(Finding.Kind.IMPLAUSIBLE), checked.listed());
    }

    @Test
    void confirmsARateThatPrintsAsTheQuotient() throws IOException {
        var checked = desk.check(report("yunchuan.txt", """
                澜州市蕴川区2024年1-6月招商引资工作情况汇报
                1-6月，全区实际使用外资3620万美元，完成全年目标6500万美元的55.7%。
                """));
        assertEquals("COMPLETION OK expected 55.69%（55.68–55.7%） stated 55.7% from [3620万美元, 6500万美元, 55.7%]",
                line(checked.only(Finding.Kind.COMPLETION)));
        assertEquals(List.of(), checked.flagged());
    }

    @Test
    void takesTheReportsOneYearTargetWhenTheRateNamesNone() throws IOException {
        var checked = desk.check(report("lantai.txt", """
                澜州市岚台区2024年1-6月招商引资工作情况汇报
                今年，全区实际使用外资目标为8000万美元。1-6月，全区实际使用外资3620万美元，完成全年目标任务的48.6%。
                """));
        assertEquals("COMPLETION ERROR expected 45.25%（45.24–45.26%） stated 48.6% from [3620万美元, 8000万美元, 48.6%]",
                line(checked.only(Finding.Kind.COMPLETION)));
    }

    @Test
    void leavesARateOfAPartYearTargetUnjudged() throws IOException {
        // 3620 of the year's 8000 is 45.25%; the 90.5% is of a half-year target the report does not give
        var checked = desk.check(report("fengzhu.txt", """
                澜州市枫渚区2024年1-6月招商引资工作情况汇报
                今年全区实际使用外资目标为8000万美元。1-6月，全区实际使用外资3620万美元，完成上半年目标任务的90.5%。
                """));
        assertEquals(Measure.TARGET, checked.fact("8000万美元").measure());
        assertEquals(Measure.COMPLETION, checked.fact("90.5%").measure());
        assertEquals(List.of(), checked.of(Finding.Kind.COMPLETION), checked.listed());
    }

    @Test
    void leavesARateUnjudgedWhenTheReportGivesTwoTargets() throws IOException {
        var checked = desk.check(report("luxu.txt", """
                澜州市芦溆县2024年1-6月招商引资工作情况汇报
                今年，全县实际使用外资目标为8000万美元，力争完成9000万美元。1-6月，全县实际使用外资3620万美元，完成全年目标任务的48.6%。
                """));
        assertEquals(Measure.TARGET, checked.fact("9000万美元").measure());
        assertEquals(List.of(), checked.of(Finding.Kind.COMPLETION), checked.listed());
    }

    @Test
    void judgesEachOfTwoTargetsInOnePhraseAgainstItsOwnRate() throws IOException {
        // 315.6 of 520 is 60.69%, of 560 56.36%: each rate follows its own target
        var right = desk.check(report("city.txt", """
                澜州市2024年1-9月招商引资工作情况
                1-9月，全市到位内资315.6亿元，完成省下达年度520亿元预期目标任务的60.69%和560亿元奋斗目标任务的56.36%。
                """));
        assertEquals(List.of(), right.flagged(), right.listed());
        var wrong = desk.check(report("city.txt", """
                澜州市2024年1-9月招商引资工作情况
                1-9月，全市到位内资315.6亿元，完成省下达年度520亿元预期目标任务的60.69%和560亿元奋斗目标任务的58.36%。
                """));
        assertEquals(List.of("COMPLETION ERROR expected 56.36%（56.35–56.37%） stated 58.36% from [315.6亿元, 560亿元, 58.36%]"),
                wrong.flagged().stream().map(HandWrittenReports::line).toList(), wrong.listed());
    }

    @Test
    void acceptsACompletionAboveAHundredPercentWordedAsAShare() throws IOException {
        var right = desk.check(report("qiaoshan.txt", """
                澜州市桥山镇2024年招商引资项目建设情况
                截至10月底，全镇招商引资项目累计完成投资5.2亿元，占总任务3.5亿元的148.6%。
                """));
        assertEquals(List.of(), right.flagged(), right.listed());
        var wrong = desk.check(report("qiaoshan.txt", """
                澜州市桥山镇2024年招商引资项目建设情况
                截至10月底，全镇招商引资项目累计完成投资5.2亿元，占总任务3.5亿元的168.6%。
                """));
        assertEquals(List.of("COMPLETION ERROR expected 148.57%（145.07–152.17%） stated 168.6% from [5.2亿元, 3.5亿元, 168.6%]"),
                wrong.flagged().stream().map(HandWrittenReports::line).toList(), wrong.listed());
    }

    @Test
    void judgesARateAboveTheTargetAsTheExcessOverIt() throws IOException {
        // 582 of 500 is 116.4%: the level passes its target by 16.4%
        var right = desk.check(report("shanping.txt", """
                澜州市山坪县2024年招商引资工作情况
                根据考核办法，全县2024年签约项目的协议投资额为582亿元，超过目标任务500亿元的16.4%。
                """));
        assertEquals(List.of(), right.flagged(), right.listed());
        var wrong = desk.check(report("shanping.txt", """
                澜州市山坪县2024年招商引资工作情况
                根据考核办法，全县2024年签约项目的协议投资额为582亿元，超过目标任务500亿元的12%。
                """));
        Finding f = wrong.only(Finding.Kind.COMPLETION);
        assertEquals(Finding.Severity.ERROR, f.severity(), wrong.listed());
        assertEquals("超出目标：582亿元 ÷ 500亿元 − 100% = 16.4%，报告写 12%：按印刷精度也对不上", f.message());
    }
    @Test
    void takesThisYearsLevelNotLastYearsAsTheActual() throws IOException {
        // 去年同期45.7亿元 stands between, but the rate is this year's 52.6 of 80: 65.75%
        var checked = desk.check(report("luting.txt", """
                澜州市鹭汀区2024年1-9月招商引资工作情况汇报
                1-9月，全区实际到位资金52.6亿元，同比增长15.1%，去年同期到位资金45.7亿元，完成全年目标任务80亿元的65.75%。
                """));
        assertEquals(List.of(), checked.flagged(), checked.listed());
        assertEquals("COMPLETION OK expected 65.75%（65.69–65.81%） stated 65.75% from [52.6亿元, 80亿元, 65.75%]",
                line(checked.only(Finding.Kind.COMPLETION)));
    }

    @Test
    void takesNoTaskAsTheActualOfARate() throws IOException {
        // 占…任务680万美元（其中一般贸易150万美元）的35.8%: the rate is of 243.4 over 680; the task is no actual
        var checked = desk.check(report("luting.txt", """
                澜州市鹭汀区2024年1-9月招商引资工作情况汇报
                1-9月，全区完成外贸出口243.4万美元，占市分配任务680万美元（其中一般贸易150万美元）的35.8%。
                """));
        assertEquals(List.of(), checked.flagged(), checked.listed());
    }
}
