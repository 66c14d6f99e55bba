package huibao.check;

import huibao.model.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;

import static huibao.check.HandWrittenReports.report;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A city's total against the sum of its districts' own reports. */
class DistrictSumsTest {

    @RegisterExtension
    static final HandWrittenReports desk = HandWrittenReports.desk();

    static final HandWrittenReports.Written CITY = report("city.txt", """
            澜州市2024年1-6月招商引资工作情况汇报
            1-6月，全市实际使用外资3.1亿美元，新签约项目52个。
            """);

    /** The nine divisions under 澜州市, each with its own report: 31325万美元 and 48 projects in all. */
    static final List<HandWrittenReports.Written> DISTRICTS = List.of(
            report("luting.txt", """
                    澜州市鹭汀区2024年1-6月招商引资工作情况汇报
                    1-6月，全区实际使用外资6125万美元，新签约项目9个。
                    """),
            report("yunchuan.txt", """
                    澜州市蕴川区2024年1-6月招商引资工作情况汇报
                    1-6月，全区实际使用外资4380万美元，新签约项目7个。
                    """),
            report("fengzhu.txt", """
                    澜州市枫渚区2024年1-6月招商引资工作情况汇报
                    1-6月，全区实际使用外资5120万美元，新签约项目6个。
                    """),
            report("lantai.txt", """
                    澜州市岚台区2024年1-6月招商引资工作情况汇报
                    1-6月，全区实际使用外资3900万美元，新签约项目5个。
                    """),
            report("luxu.txt", """
                    澜州市芦溆县2024年1-6月招商引资工作情况汇报
                    1-6月，全县实际使用外资2100万美元，新签约项目4个。
                    """),
            report("tangfu.txt", """
                    澜州市棠阜县2024年1-6月招商引资工作情况汇报
                    1-6月，全县实际使用外资1800万美元，新签约项目3个。
                    """),
            report("hongshui.txt", """
                    澜州市泓水县2024年1-6月招商引资工作情况汇报
                    1-6月，全县实际使用外资1500万美元，新签约项目4个。
                    """),
            report("jingkai.txt", """
                    澜州市澜州经济技术开发区2024年1-6月招商引资工作情况汇报
                    1-6月，全区实际使用外资5300万美元，新签约项目8个。
                    """),
            report("danchuan.txt", """
                    澹川市2024年1-6月招商引资工作情况汇报
                    1-6月，全市实际使用外资1100万美元，新签约项目2个。
                    """));

    static HandWrittenReports.Written[] cityAnd(List<HandWrittenReports.Written> districts) {
        return Stream.concat(Stream.of(CITY), districts.stream()).toArray(HandWrittenReports.Written[]::new);
    }

    @Test
    void addsUpTheDistrictsOwnReportsAgainstTheCitysTotal() throws IOException {
        var checked = desk.check(cityAnd(DISTRICTS));
        List<Finding> sums = checked.of(Finding.Kind.DISTRICT_SUM);
        assertEquals(List.of(
                        "DISTRICT_SUM ERROR expected 48个 stated 52个 from [9个, 7个, 6个, 5个, 4个, 3个, 4个, 8个, 2个, 52个]",
                        "DISTRICT_SUM OK expected 3.13亿美元 stated 3.1亿美元 from [6125万美元, 4380万美元, 5120万美元, "
                                + "3900万美元, 2100万美元, 1800万美元, 1500万美元, 5300万美元, 1100万美元, 3.1亿美元]"),
                sums.stream().map(HandWrittenReports::line).toList());
        assertEquals("澜州市所辖9个地区新签约项目之和 = 48个，报告写 52个：按印刷精度也对不上", sums.get(0).message());
        assertEquals("city.txt", sums.get(0).doc());
    }

    @Test
    void addsNothingWhileADivisionHasNotReported() throws IOException {
        // 澹川市's report is not in yet
        var checked = desk.check(cityAnd(DISTRICTS.subList(0, 8)));
        assertEquals(9, checked.reports().size());
        assertEquals(List.of(), checked.of(Finding.Kind.DISTRICT_SUM), checked.listed());
    }
}
