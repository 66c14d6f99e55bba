package huibao.check;

import huibao.model.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.util.List;

import static huibao.check.HandWrittenReports.line;
import static huibao.check.HandWrittenReports.report;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** One figure stated twice with different values. */
class RestatementsTest {

    @RegisterExtension
    static final HandWrittenReports desk = HandWrittenReports.desk();

    @Test
    void flagsAReportThatGivesOneFigureTwoValues() throws IOException {
        var checked = desk.check(report("luting.txt", """
                澜州市鹭汀区2024年1-6月招商引资工作情况汇报
                1-6月，全区新签约项目26个，协议总投资58.3亿元。
                二、重点工作
                上半年，全区共签约项目28个，其中亿元以上项目9个。
                """));
        Finding f = checked.only(Finding.Kind.CONFLICT);
        assertEquals("CONFLICT ERROR expected 26个 stated 28个 from [26个, 28个]", line(f));
        assertEquals("同一报告前后两处的新签约项目不一致：26个（luting.txt）与 28个（luting.txt）", f.message());
    }

    @Test
    void acceptsAFigureRestatedLessPrecisely() throws IOException {
        // 1.7亿美元 stands for 1.65亿 to 1.75亿美元, 1.67亿 among them; 1.8亿 does not
        var checked = desk.check(
                report("luting.txt", """
                        澜州市鹭汀区2024年1-6月招商引资工作情况汇报
                        1-6月，全区实际使用外资1.67亿美元，同比增长12.5%。
                        二、主要做法
                        上半年，全区实际使用外资1.7亿美元，总量居全市第二位。
                        """),
                report("yunchuan.txt", """
                        澜州市蕴川区2024年1-6月招商引资工作情况汇报
                        1-6月，全区实际使用外资1.67亿美元，同比增长12.5%。
                        二、主要做法
                        上半年，全区实际使用外资1.8亿美元，总量居全市第二位。
                        """));
        assertEquals(List.of("CONFLICT ERROR expected 1.67亿美元 stated 1.8亿美元 from [1.67亿美元, 1.8亿美元]"),
                checked.of(Finding.Kind.CONFLICT).stream().map(HandWrittenReports::line).toList());
        assertEquals("yunchuan.txt", checked.only(Finding.Kind.CONFLICT).doc());
    }

    @Test
    void takesTwoFiguresOfOneSentenceForTwoThings() throws IOException {
        var checked = desk.check(report("fengzhu.txt", """
                澜州市枫渚区2024年1-6月招商引资工作情况汇报
                1-6月，全区新签约项目26个，在谈项目转签约项目28个，协议总投资58.3亿元。
                """));
        assertEquals(2, checked.facts().stream().filter(x -> x.indicator().equals("projects_signed")).count());
        assertEquals(List.of(), checked.of(Finding.Kind.CONFLICT), checked.listed());
    }

    @Test
    void flagsTwoReportsOfOneDistrictAndPeriodThatDisagree() throws IOException {
        var checked = desk.check(
                report("luting.txt", """
                        澜州市鹭汀区2024年1-6月招商引资工作情况汇报
                        1-6月，全区实际使用外资3620万美元，新签约项目26个。
                        """),
                report("luting-brief.txt", """
                        澜州市鹭汀区2024年1-6月招商引资工作简报
                        1-6月，全区实际使用外资3620万美元，新签约项目29个。
                        """));
        Finding f = checked.only(Finding.Kind.CONFLICT);
        assertEquals("CONFLICT ERROR expected 29个 stated 26个 from [29个, 26个]", line(f));
        assertEquals("同一地区同期两份报告的新签约项目不一致：29个（luting-brief.txt）与 26个（luting.txt）", f.message());
    }

    @Test
    void takesACountOfListedKeyProjectsForAnotherThingThanTheSignedCount() throws IOException {
        var checked = desk.check(report("city.txt", """
                澜州市2024年1-7月招商引资工作情况
                1-7月，全市共签约内资项目186个，合作金额152.3亿元。
                今年全市列入省级重点调度的内资项目共41个，目前已开工36个。
                """));
        assertEquals(List.of(), checked.of(Finding.Kind.CONFLICT), checked.listed());
    }

    @Test
    void takesTheFirmsAPlaceHoldsForAnotherThingThanThePeriodsNewFirms() throws IOException {
        var stock = desk.check(report("qiaotang.txt", """
                澜州市桥塘县2024年1-6月利用外资情况
                截至目前，全县目前拥有外资企业37家，投资总额2.1亿美元。
                1-6月，全县新设外商投资企业3家，实际使用外资860万美元。
                """));
        assertEquals(List.of(), stock.of(Finding.Kind.CONFLICT), stock.listed());
        var twice = desk.check(report("qiaotang.txt", """
                澜州市桥塘县2024年1-6月利用外资情况
                1-6月，全县新设外商投资企业7家，投资总额2.1亿美元。
                上半年，全县新设外商投资企业3家，实际使用外资860万美元。
                """));
        assertEquals(1, twice.of(Finding.Kind.CONFLICT).size(), twice.listed());
    }

    @Test
    void takesTheArrivalsOfDomesticProjectsForAnotherThingThanAllArrivals() throws IOException {
        var domestic = desk.check(report("heshan.txt", """
                澜州市禾山区2024年1-9月招商引资工作情况
                1-9月，全区招商引资实际到位资金312.6亿元，同比增长18.2%。
                1-9月，全区共有1208个内资项目到资，实际到位资金290.4亿元，同比增长16.5%。
                """));
        assertEquals(List.of(), domestic.of(Finding.Kind.CONFLICT), domestic.listed());
        var all = desk.check(report("heshan.txt", """
                澜州市禾山区2024年1-9月招商引资工作情况
                1-9月，全区招商引资实际到位资金312.6亿元，同比增长18.2%。
                1-9月，全区共有1208个项目到资，实际到位资金290.4亿元，同比增长16.5%。
                """));
        assertEquals(1, all.of(Finding.Kind.CONFLICT).size(), all.listed());
    }

    @Test
    void takesACountOfAnIndustrialClusterZoneForAnotherThingThanTheRegionsCount() throws IOException {
        var checked = desk.check(report("yunchuan.txt", """
                澜州市蕴川区2024年1-5月重点项目建设情况汇报
                1-5月，全区在建项目612个，总投资820亿元。全区产业集聚区在建项目305个，其中亿元以上项目190个。
                """));
        assertEquals(List.of(), checked.of(Finding.Kind.CONFLICT), checked.listed());
    }
}
