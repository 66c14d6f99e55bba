package huibao.check;

import huibao.model.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.util.List;

import static huibao.check.HandWrittenReports.line;
import static huibao.check.HandWrittenReports.report;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** 其中 parts and 分别 lists against the total they break down. */
class PartsTotalsTest {

    @RegisterExtension
    static final HandWrittenReports desk = HandWrittenReports.desk();

    @Test
    void flagsPartsThatCountApartAndExceedTheirTotal() throws IOException {
        // 工业 and 现代服务业 are sectors neither of which holds the other: their projects add up
        var checked = desk.check(report("luting.txt", """
                澜州市鹭汀区2024年1-6月招商引资工作情况汇报
                1-6月，全区新开工项目5个，其中工业项目4个、现代服务业项目3个。
                """));
        Finding f = checked.only(Finding.Kind.PARTS_SUM);
        assertEquals("PARTS_SUM ERROR expected 不超过 5个 stated 5个 from [4个, 3个, 5个]", line(f));
        assertEquals("其中各项（工业4个、现代服务业3个）之和大于总数：7个 > 5个", f.message());
    }

    @Test
    void flagsOnePartLargerThanItsTotal() throws IOException {
        var checked = desk.check(report("fengzhu.txt", """
                澜州市枫渚区2024年1-6月招商引资工作情况汇报
                1-6月，全区新签约项目18个，其中亿元以上项目21个。
                """));
        Finding f = checked.only(Finding.Kind.PARTS_SUM);
        assertEquals("PARTS_SUM ERROR expected 不超过 18个 stated 18个 from [21个, 18个]", line(f));
        assertEquals("其中一项 21个 大于总数：21个 > 18个", f.message());
    }

    @Test
    void neverAddsPartsThatMayOverlap() throws IOException {
        // 10亿元以上 projects are among the 亿元以上 ones; 高技术产业 may be 制造业
        var checked = desk.check(
                report("lantai.txt", """
                        澜州市岚台区2024年1-6月招商引资工作情况汇报
                        1-6月，全区新开工项目5个，其中亿元以上项目4个、10亿元以上项目3个。
                        """),
                report("luxu.txt", """
                        澜州市芦溆县2024年1-6月招商引资工作情况汇报
                        1-6月，全县新开工项目5个，其中制造业项目4个、高技术产业项目3个。
                        """));
        assertEquals(List.of(), checked.of(Finding.Kind.PARTS_SUM), checked.listed());
    }

    @Test
    void flagsARespectiveListThatDoesNotAddUpToItsTotal() throws IOException {
        var checked = desk.check(report("yunchuan.txt", """
                澜州市蕴川区2024年1-6月招商引资工作情况汇报
                1-6月，全区新签约亿元以上项目5个，总投资23.6亿元，分别为8亿元、6.5亿元、4.2亿元、3亿元、1.2亿元。
                """));
        Finding f = checked.only(Finding.Kind.LIST_SUM);
        assertEquals("LIST_SUM ERROR expected 22.9亿元（22.75–23.05亿元） stated 23.6亿元 "
                + "from [8亿元, 6.5亿元, 4.2亿元, 3亿元, 1.2亿元, 23.6亿元]", line(f));
    }

    @Test
    void confirmsARespectiveListThatAddsUp() throws IOException {
        var checked = desk.check(report("yunchuan.txt", """
                澜州市蕴川区2024年1-6月招商引资工作情况汇报
                1-6月，全区新签约亿元以上项目5个，总投资22.9亿元，分别为8亿元、6.5亿元、4.2亿元、3亿元、1.2亿元。
                """));
        assertEquals("LIST_SUM OK expected 22.9亿元（22.75–23.05亿元） stated 22.9亿元 "
                + "from [8亿元, 6.5亿元, 4.2亿元, 3亿元, 1.2亿元, 22.9亿元]", line(checked.only(Finding.Kind.LIST_SUM)));
        assertEquals(List.of(), checked.flagged());
    }

    @Test
    void neverAddsUpTheRatesOfParts() throws IOException {
        // a part's conversion rate may well exceed the whole's: rates are no amounts
        var checked = desk.check(report("beiling.txt", """
                澜州市北岭区2024年招商引资工作总结
                2024年，全区产业到位资金固投转化率为36.2%，其中，高新区产业到位资金固投转化率为41.5%。
                """));
        assertEquals(List.of(), checked.of(Finding.Kind.PARTS_SUM), checked.listed());
    }

    @Test
    void neverTakesAYearsFigureForAPartOfAQuartersFigure() throws IOException {
        // the quarter's 4 started projects are no total of the year's 9
        var years = desk.check(report("yuxi.txt", """
                澜州市玉溪镇2024年招商引资工作情况
                今年三季度，玉溪镇4个亿元项目通过开工，2个亿元项目通过竣工。截止目前，全年已完成12个亿元以上项目的招引(其中10亿元以上项目2个)，9个亿元以上项目开工，6个亿元以上项目竣工。
                """));
        assertEquals(List.of(), years.of(Finding.Kind.PARTS_SUM), years.listed());
        var sameSpan = desk.check(report("yuxi.txt", """
                澜州市玉溪镇2024年招商引资工作情况
                1-9月，全镇新签约项目14个，协议资金额80.2亿元。其中，亿元以上项目17个。
                """));
        assertEquals("PARTS_SUM ERROR expected 不超过 14个 stated 14个 from [17个, 14个]",
                line(sameSpan.only(Finding.Kind.PARTS_SUM)), sameSpan.listed());
    }

    @Test
    void neverTakesAFigureTwoSentencesBackForTheTotalOfAnOfWhichList() throws IOException {
        // 64.8亿元 belongs to the 31 projects of the sentence between, not to the 6.3亿元 arrived
        var far = desk.check(report("yuxi.txt", """
                澜州市玉溪镇2024年1-6月招商引资工作情况
                纳入省调度系统续建项目5个，到位资金6.3亿元。截止到6月末，全镇签约、意向项目累计31个，协议资金额80.2亿元。其中，签约项目12个，引资额5.2亿元；意向项目19个，引资额64.8亿元。
                """));
        assertEquals(List.of(), far.of(Finding.Kind.PARTS_SUM).stream()
                .filter(f -> f.message().contains("64.8")).toList(), far.listed());
    }

    @Test
    void addsThePartsOfATotalSaidToFallIntoSoManyClasses() throws IOException {
        // 两类 says the 4 and 7 are the whole of the 12: they give 11
        var wrong = desk.check(report("qinghe.txt", """
                澜州市青禾县2024年1-9月招商引资工作情况
                1-9月，全县共引进两类龙头企业投资项目12个，协议投资41.6亿元。其中，国家级龙头企业项目4个、省级龙头企业项目7个。
                """));
        Finding f = wrong.only(Finding.Kind.LIST_SUM);
        assertEquals("LIST_SUM ERROR expected 11个 stated 12个 from [4个, 7个, 12个]", line(f), wrong.listed());
        var right = desk.check(report("qinghe.txt", """
                澜州市青禾县2024年1-9月招商引资工作情况
                1-9月，全县共引进两类龙头企业投资项目11个，协议投资41.6亿元。其中，国家级龙头企业项目4个、省级龙头企业项目7个。
                """));
        assertEquals(List.of(), right.flagged(), right.listed());
    }

    @Test
    void leavesAFigureBesideACompleteBreakdownOutOfIt() throws IOException {
        // 2 + 4 make up the 6 new firms: 增资企业15家 follows the breakdown, it is no part of the 6
        var checked = desk.check(report("yunchuan.txt", """
                澜州市蕴川区2024年1-6月招商引资工作情况汇报
                1-6月，全区新设外资企业6家，其中中外合资企业2家，外商独资企业4家，增资企业15家。
                """));
        assertEquals(List.of(), checked.flagged(), checked.listed());
    }

    @Test
    void leavesASentenceOpeningWithQizhongAfterAListToTheWholeList() throws IOException {
        // 其中 after 在建12个，新建9个，竣工7个。 is of the projects together, not of the last seven
        var checked = desk.check(report("qiaoshan.txt", """
                澜州市桥山镇2024年1-6月招商引资工作情况汇报
                1-6月，全镇有到位资金的项目28个，按建设阶段分，在建项目12个，新建项目9个，竣工项目7个。其中，市外投资项目共16个。
                """));
        assertEquals(List.of(), checked.flagged(), checked.listed());
    }

    @Test
    void takesPartsThatAddUpToAnEarlierTotalForItsBreakdownNotAnExcessOverANearerFigure() throws IOException {
        // 4.2 + 18.6 + 11.5 = 34.3 is the 到位资金 of the whole county; the 22亿元 of industrial projects
        // stands between the total and its breakdown
        var checked = desk.check(report("songhe.txt", """
                澜州市松禾县2024年1-6月招商引资工作情况汇报
                1-6月，全县引进市外到位资金34.3亿元，同比增长12.5%。产业项目资金到位22亿元，占到位资金的64.1%。一、二、三产业分别到位资金4.2亿元、18.6亿元、11.5亿元。
                """));
        assertEquals(List.of(), checked.flagged().stream().filter(f -> f.kind() == Finding.Kind.PARTS_SUM).toList(),
                checked.listed());
    }
}
