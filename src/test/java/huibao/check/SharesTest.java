package huibao.check;

import huibao.model.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.util.List;

import static huibao.check.HandWrittenReports.line;
import static huibao.check.HandWrittenReports.report;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A share against its part and its whole. */
class SharesTest {

    @RegisterExtension
    static final HandWrittenReports desk = HandWrittenReports.desk();

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

    @Test
    void judgesAShareAgainstTheWholeWrittenInItsPhrase() throws IOException {
        // 6.4 of 12 is 53.33%: a share of the figure its own phrase names, not of one before
        var wrong = desk.check(report("qiaoshan.txt", """
                澜州市桥山镇2024年1-6月招商引资工作情况汇报
                今年县下达我镇到位资金任务15亿元。1-6月，全镇实际到位资金6.4亿元，占年度目标任务12亿元的58.5%。
                """));
        assertEquals("COMPLETION ERROR expected 53.33%（52.92–53.75%） stated 58.5% from [6.4亿元, 12亿元, 58.5%]",
                line(wrong.only(Finding.Kind.COMPLETION)), wrong.listed());
        var right = desk.check(report("qiaoshan.txt", """
                澜州市桥山镇2024年1-6月招商引资工作情况汇报
                今年县下达我镇到位资金任务15亿元。1-6月，全镇实际到位资金6.4亿元，占年度目标任务12亿元的53.3%。
                """));
        assertEquals(List.of(), right.flagged(), right.listed());
    }

    @Test
    void neverTakesAnotherIndicatorsFigureBeforeThePartAsTheWhole() throws IOException {
        // 到位资金 3.7 is a share of a 到位资金 total stated elsewhere, not of the 协议资金 before it
        var checked = desk.check(report("hexi.txt", """
                澜州市河西园区2024年1-6月招商引资工作情况汇报
                1-6月，园区新签约项目协议资金26.4亿元，到位资金3.7亿元，占比71.2%。
                """));
        assertEquals(List.of(), checked.flagged(), checked.listed());
    }

    @Test
    void neverTakesABracketedTaskAsTheWholeOfAShare() throws IOException {
        var checked = desk.check(report("beiling.txt", """
                澜州市北岭区2024年招商引资工作总结
                2024年，全区上报到位资金18亿元（任务数16亿元），工业到位资金占比58.2%（任务数占比55%），驻外招商到位资金占比31.6%。
                """));
        assertEquals(List.of(), checked.flagged(), checked.listed());
    }

    @Test
    void leavesAShareOfTheRegionUnjudgedWhenTwoOfItsLevelsCouldBeTheWhole() throws IOException {
        // 全省 and 全省开发区 both precede the share: which one it is of is not said
        var checked = desk.check(report("province.txt", """
                某省2024年1月招商引资情况
                1月，全省实际使用外资6.2亿美元，同比增长5.1%。全省开发区实际使用外资4.1亿美元，其中国家级开发区实际使用外资2.3亿美元，占全省比重37.1%。
                """));
        assertEquals(List.of(), checked.flagged(), checked.listed());
    }

    @Test
    void judgesAShareOfTheRegionAgainstItsOneStatedLevel() throws IOException {
        var wrong = desk.check(report("yunchuan.txt", """
                澜州市蕴川区2024年1-6月招商引资工作情况汇报
                1-6月，全区实际使用外资8600万美元。分来源地看，香港、新加坡实际投资分别为4100万美元和1500万美元，两地合计占全区的72.4%。
                """));
        assertEquals("SHARE ERROR expected 65.12% stated 72.4% from [4100万美元, 1500万美元, 8600万美元, 72.4%]",
                line(wrong.only(Finding.Kind.SHARE)), wrong.listed());
        var right = desk.check(report("yunchuan.txt", """
                澜州市蕴川区2024年1-6月招商引资工作情况汇报
                1-6月，全区实际使用外资8600万美元。分来源地看，香港、新加坡实际投资分别为4100万美元和1500万美元，两地合计占全区的65.1%。
                """));
        assertEquals(List.of(), right.flagged(), right.listed());
    }

    @Test
    void neverTakesALevelStatedAsAShareOfTheRegionForTheRegionsWhole() throws IOException {
        // 重点项目 money is itself given as a share of 全市: it is a part, so the region's whole is the one level left
        var checked = desk.check(report("yunchuan.txt", """
                澜州市2024年1-6月招商引资工作情况汇报
                1月至6月，全市到位资金520亿元，同比增长8.4%。全市重点项目42个，到位资金390亿元，占全市到位资金总额的75%。外资企业到位资金150亿元，占全市总额的31.6%。
                """));
        assertEquals(List.of("SHARE ERROR expected 28.85% stated 31.6% from [150亿元, 520亿元, 31.6%]",
                        "SHARE OK expected 75% stated 75% from [390亿元, 520亿元, 75%]"),
                checked.of(Finding.Kind.SHARE).stream().map(HandWrittenReports::line).toList(), checked.listed());
    }

    @Test
    void judgesAStartRateAgainstTheSignedCountItsDefinitionNames() throws IOException {
        // 9 of 40 is 22.5%; the 22 approvals between are another rate's count
        var wrong = desk.check(report("shanping.txt", """
                澜州市山坪县2024年一季度招商引资工作情况
                一季度，全县共签约项目40个，总投资88.5亿元，已办结立项手续22项，办结率55%，已开工9项，开工率40.9%。
                """));
        assertEquals(List.of(), wrong.of(Finding.Kind.SHARE).stream().filter(f -> f.stated().equals("40.9%")
                && f.expected().startsWith("40.9")).toList(), wrong.listed());
        assertEquals("SHARE ERROR expected 22.5% stated 40.9% from [9项, 40个, 40.9%]",
                line(wrong.only(Finding.Kind.SHARE)), wrong.listed());
        var right = desk.check(report("shanping.txt", """
                澜州市山坪县2024年一季度招商引资工作情况
                一季度，全县共签约项目40个，总投资88.5亿元，已办结立项手续22项，办结率55%，已开工9项，开工率22.5%。
                """));
        assertEquals(List.of(), right.flagged(), right.listed());
    }

    @Test
    void neverTakesTheTotalOfTheFirstSoManyForTheWholeOfAShareOfAll() throws IOException {
        // 总量 is all foreign capital, more than the first five sources' 8.4亿美元
        var firstFive = desk.check(report("luting.txt", """
                澜州市鹭汀区2024年1-9月利用外资情况
                1-9月，前五位来源地实际使用外资8.4亿美元，同比增长6.1%。
                其中新加坡实际使用外资5.1亿美元，占总量的46%。
                """));
        assertEquals(List.of(), firstFive.flagged(), firstFive.listed());
        var all = desk.check(report("luting.txt", """
                澜州市鹭汀区2024年1-9月利用外资情况
                1-9月，全区实际使用外资8.4亿美元，同比增长6.1%。
                其中新加坡实际使用外资5.1亿美元，占总量的46%。
                """));
        assertEquals(1, all.of(Finding.Kind.SHARE).size(), all.listed());
    }

    @Test
    void neverTakesOneOfTwoLevelsOfTheSentenceBeforeForTheWhole() throws IOException {
        // 到位资金 and the 650亿元 task both stand before: 占总到位资金的 is of the first, which the link cannot tell
        var two = desk.check(report("shanping.txt", """
                澜州市山坪县2024年1-9月招商引资工作情况
                1-9月，全县实施招商项目412个，申报到位资金540.2亿元，完成省里650亿元招商引资目标任务的83.1%。
                其中，产业项目到位资金262.7亿元，占总到位资金的48.63%。
                """));
        assertEquals(List.of(), two.flagged(), two.listed());
    }

    @Test
    void leavesAShareAfterANestedBreakdownUnjudged() throws IOException {
        // 92.3% is of 内资 (1227.4 of 1329.8), not of 省内 alone: the sentence does not say which
        var nested = desk.check(report("heshan.txt", """
                澜州市禾山区2024年1-5月招商引资工作情况
                1-5月，全区到位资金共计1329.8亿元。
                其中，内资到位1227.4亿元包括省外资金913.6亿元，省内资金313.8亿元，占92.3%。
                """));
        assertEquals(List.of(), nested.of(Finding.Kind.SHARE), nested.listed());
    }

    @Test
    void judgesAShareOfTwoNamedPartsAgainstTheirLevelsTogether() throws IOException {
        // 31520 + 72680 = 104200万美元 of 12.46亿美元 is 83.6%, not 81.4%
        var wrong = desk.check(report("lanzhou.txt", """
                澜州市2024年1-6月利用外资情况
                1-6月，全市实际使用外资12.46亿美元，同比增长8.2%。
                制造业实际使用外资31520万美元，同比增长41.3%。生产性服务业实际使用外资72680万美元，同比增长22.6%。制造业与生产性服务业吸收外资占全市实际使用外资总额的81.4%。
                """));
        Finding f = wrong.only(Finding.Kind.SHARE);
        assertEquals(Finding.Severity.ERROR, f.severity(), wrong.listed());
        assertEquals("占比：（31520万美元 + 72680万美元） ÷ 12.46亿美元 = 83.63%（83.59–83.66%），报告写 81.4%：按印刷精度也对不上",
                f.message());
        var right = desk.check(report("lanzhou.txt", """
                澜州市2024年1-6月利用外资情况
                1-6月，全市实际使用外资12.46亿美元，同比增长8.2%。
                制造业实际使用外资31520万美元，同比增长41.3%。生产性服务业实际使用外资72680万美元，同比增长22.6%。制造业与生产性服务业吸收外资占全市实际使用外资总额的83.6%。
                """));
        assertEquals(List.of(), right.flagged(), right.listed());
    }

    @Test
    void notesAShareCutOffRatherThanRounded() throws IOException {
        // 38 of 46 is 82.6%: 82% is the figure with its decimals cut off, 81% no printing of it
        var cut = desk.check(report("qinghe.txt", """
                澜州市青禾县2024年1-6月招商引资工作情况
                1-6月，全县新签约项目46个，其中工业项目38个，占82%。
                """));
        Finding f = cut.only(Finding.Kind.SHARE);
        assertEquals(Finding.Severity.INFO, f.severity(), cut.listed());
        assertEquals("占比：38个 ÷ 46个 = 82.61%，报告写 82%：截去尾数后相符，四舍五入应为 83%", f.message());
        var wrong = desk.check(report("qinghe.txt", """
                澜州市青禾县2024年1-6月招商引资工作情况
                1-6月，全县新签约项目46个，其中工业项目38个，占81%。
                """));
        assertEquals(Finding.Severity.ERROR, wrong.only(Finding.Kind.SHARE).severity(), wrong.listed());
    }

    @Test
    void judgesANamedRateAgainstThePlanInBracketsAfterIt() throws IOException {
        // 88 of the 96 planned is 91.7%, not 94.3%
        var wrong = desk.check(report("heshan.txt", """
                澜州市禾山区2024年1-6月招商引资工作情况
                全区开复工亿元以上项目88个，其中新开工项目50个、续建复工项目38个，开复工率94.3%（计划开复工项目96个）；完成投资61.2亿元。
                """));
        Finding f = wrong.only(Finding.Kind.COMPLETION);
        assertEquals("完成率：88个 ÷ 96个 = 91.67%，报告写 94.3%：按印刷精度也对不上", f.message(), wrong.listed());
        var right = desk.check(report("heshan.txt", """
                澜州市禾山区2024年1-6月招商引资工作情况
                全区开复工亿元以上项目88个，其中新开工项目50个、续建复工项目38个，开复工率91.7%（计划开复工项目96个）；完成投资61.2亿元。
                """));
        assertEquals(List.of(), right.flagged(), right.listed());
    }
    @Test
    void judgesAnArrivalRateAgainstTheSignedAmountOfTheSentenceBefore() throws IOException {
        // 资金到位率 is arrivals over the signed amount, stated in the sentence just before: 40.2 ÷ 315.6 = 12.74%
        var wrong = desk.check(report("luting.txt", """
                澜州市鹭汀区2024年1-9月招商引资工作情况汇报
                第五届澜州经贸洽谈会签约项目120个，签约金额315.6亿元。从闭幕至9月底到位资金40.2亿元，资金到位率13.5%。
                """));
        Finding f = wrong.only(Finding.Kind.SHARE);
        assertEquals(Finding.Severity.ERROR, f.severity(), wrong.listed());
        assertEquals("占比：40.2亿元 ÷ 315.6亿元 = 12.74%（12.72–12.76%），报告写 13.5%：按印刷精度也对不上", f.message());
        var right = desk.check(report("luting.txt", """
                澜州市鹭汀区2024年1-9月招商引资工作情况汇报
                第五届澜州经贸洽谈会签约项目120个，签约金额315.6亿元，到位资金40.2亿元，资金到位率12.7%。
                """));
        assertEquals(List.of(), right.flagged(), right.listed());
        assertEquals(1, right.of(Finding.Kind.SHARE).size(), right.listed());
    }

    @Test
    void leavesAShareOfArrivalsWithoutARateWordUnjudgedAgainstTheSignedAmount() throws IOException {
        // 占比 after 协议资金 and 到位资金 names no rate: it is a share of some 到位资金 total, not of 52.4亿元
        var checked = desk.check(report("yunchuan.txt", """
                澜州市蕴川区2024年1-6月招商引资工作情况汇报
                1-6月，省外项目协议资金52.4亿元，到位资金7.3亿元，占比61.2%。
                """));
        assertEquals(List.of(), checked.flagged(), checked.listed());
    }

    @Test
    void leavesARateOfASubPopulationUnjudgedAgainstTheTotalItsCountIsPartOf() throws IOException {
        // 新引进项目投产率 is of the new projects, not of all 33 projects in production: 6 ÷ 33 says nothing of 20%
        var checked = desk.check(report("qiaoshan.txt", """
                澜州市桥山镇2024年招商引资工作情况汇报
                全年开工项目28个，投产项目33个，其中新引进项目投产6个，新引进项目投产率20%。
                """));
        assertEquals(List.of(), checked.flagged(), checked.listed());
    }

    @Test
    void leavesAShareWhoseWholeIsNamedOtherwiseThanTheTotalBeforeIt() throws IOException {
        // 占利用外资总额的 names the whole 5210万美元 of the sentence before, not 外商直接投资 4980万美元: 4630 ÷ 5210 = 88.87%
        var checked = desk.check(report("yunchuan.txt", """
                澜州市蕴川区2024年1-6月招商引资工作情况汇报
                1-6月，全区实际利用外资5210万美元，同比增长12%。外商直接投资4980万美元，其中制造业外商直接投资4630万美元，占利用外资总额的88.9%。
                """));
        assertEquals(List.of(), checked.flagged(), checked.listed());
    }

    @Test
    void judgesAShareAfterTheBreakdownOfARegionsSubtotalAgainstTheGrandTotal() throws IOException {
        // 412.3 of the 1500 in all is 27.5%; of the 630.5 from the region it would be 65.4%
        var checked = desk.check(report("yunchuan.txt", """
                澜州市蕴川区2024年1-6月招商引资工作情况汇报
                1-6月，全区引进国内招商引资项目320个，到位资金1500亿元，同比增长9.2%。来自东部沿海地区投资630.5亿元，其中，甲省企业在区投资412.3亿元，占比27.5%。
                """));
        assertEquals(List.of(), checked.flagged(), checked.listed());
        assertEquals("SHARE OK expected 27.49%（27.48–27.49%） stated 27.5% from [412.3亿元, 1500亿元, 27.5%]",
                line(checked.only(Finding.Kind.SHARE)));
    }

    @Test
    void neverJudgesAContributionRateAsAShareOfTheLevel() throws IOException {
        var checked = desk.check(report("lantai.txt", """
                澜州市岚台区2024年1-6月重点项目建设情况汇报
                全区在建项目380个，其中亿元以上项目240个，比去年同期增加40个，贡献率达57.1%。
                """));
        assertEquals(List.of(), checked.of(Finding.Kind.SHARE), checked.listed());
    }

    @Test
    void reportsAStartRateTheSetItsSentenceFollowsDoesNotGive() throws IOException {
        // 47 ÷ 58 = 81.03%: counts are exact, 82% cannot hold; the parts in brackets stand in no one's way
        var checked = desk.check(report("luting.txt", """
                澜州市鹭汀区2024年1-9月招商引资工作情况汇报
                今年全区推进产业项目58项（新建35项，续建23项），总投资412.6亿元。1-9月，已开工项目47项（新建26项，续建21项），开工率82%。
                """));
        assertEquals("SHARE ERROR expected 81.03% stated 82% from [47项, 58项, 82%]", line(checked.only(Finding.Kind.SHARE)));
    }

    @Test
    void reportsAShareOfTheSetItsSentenceNamesAgain() throws IOException {
        // 33 ÷ 86 = 38.37%, printed 38.4% (holds); 47 ÷ 86 = 54.65%, not 56%
        var checked = desk.check(report("luting.txt", """
                澜州市鹭汀区2024年1-6月招商引资工作情况汇报
                上半年全区集中签约项目86个，协议投资640亿元。在86个签约项目中，投资额10亿元以上的项目33个，占比为38.4%；投资额5亿元以上的项目47个，占比为56%。
                """));
        assertEquals(List.of("SHARE ERROR expected 54.65% stated 56% from [47个, 86个, 56%]"),
                checked.flagged().stream().map(HandWrittenReports::line).toList());
    }

    @Test
    void reportsANamedRateOfARespectiveListItsCountsDoNotGive() throws IOException {
        // 41 ÷ 64 = 64.06%, not 62.5%
        var checked = desk.check(report("luting.txt", """
                澜州市鹭汀区2024年招商引资工作情况汇报
                今年推介会共签约项目64个，协议金额212.5亿元，已开工项目41个，到位资金38.2亿元，开工率、资金到位率分别为62.5%、17.98%。
                """));
        assertEquals(List.of("SHARE ERROR expected 64.06% stated 62.5% from [41个, 64个, 62.5%]"),
                checked.flagged().stream().map(HandWrittenReports::line).toList());
    }
}
