package huibao.check;

import huibao.catalog.Catalogs;
import huibao.config.Dictionaries;
import huibao.config.HuibaoConfig;
import huibao.model.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.util.List;

import static huibao.check.HandWrittenReports.line;
import static huibao.check.HandWrittenReports.report;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A city report's figure for one of its districts against the district's own report. */
class CrossReportFiguresTest {

    @RegisterExtension
    static final HandWrittenReports desk = HandWrittenReports.desk();

    static final HandWrittenReports.Written CITY = report("city.txt", """
            澜州市2024年1-6月招商引资工作情况汇报
            1-6月，全市实际使用外资3.1亿美元，新签约项目52个。其中，鹭汀区实际使用外资6215万美元。
            """);

    static HandWrittenReports.Written luting(String fdi) {
        return report("luting.txt", """
                澜州市鹭汀区2024年1-6月招商引资工作情况汇报
                1-6月，全区实际使用外资%s，新签约项目9个。
                """.formatted(fdi));
    }

    @Test
    void flagsACityFigureTheDistrictsOwnReportContradicts() throws IOException {
        var checked = desk.check(CITY, luting("6125万美元"));
        Finding f = checked.only(Finding.Kind.CROSS_REPORT);
        assertEquals("CROSS_REPORT ERROR expected 6125万美元 stated 6215万美元 from [6215万美元, 6125万美元]", line(f));
        assertEquals("luting.txt", f.doc());
        assertEquals("鹭汀区实际使用外资：city.txt 写 6215万美元，本地区报告 luting.txt 写 6125万美元：上下级报告不符", f.message());
    }

    @Test
    void aFigureTheCityStatesTwiceIsOneFindingOnBothStatements() throws IOException {
        // 2024h1-city.docx gives 鹭汀区's figure in its text and again in its 附表 (issue 12)
        var twice = report("city.txt", """
                澜州市2024年1-6月招商引资工作情况汇报
                1-6月，全市实际使用外资3.1亿美元，新签约项目52个。其中，鹭汀区实际使用外资6215万美元。
                分地区看，鹭汀区实际使用外资6215万美元，位列第二。
                """);
        var checked = desk.check(twice, luting("6125万美元"));
        Finding f = checked.only(Finding.Kind.CROSS_REPORT);
        assertEquals("CROSS_REPORT ERROR expected 6125万美元 stated 6215万美元 from [6215万美元, 6215万美元, 6125万美元]", line(f));
        assertEquals("鹭汀区实际使用外资：city.txt 写 6215万美元，本地区报告 luting.txt 写 6125万美元：上下级报告不符", f.message());
    }

    @Test
    void confirmsACityFigureWithinTheDistrictsPrintedPrecision() throws IOException {
        // 0.62亿美元 stands for 6150万 to 6250万美元
        var checked = desk.check(CITY, luting("0.62亿美元"));
        assertEquals("CROSS_REPORT OK expected 0.62亿美元 stated 6215万美元 from [6215万美元, 0.62亿美元]",
                line(checked.only(Finding.Kind.CROSS_REPORT)));
    }

    @Test
    void needsTheDivisionsToTellWhichDistrictAFigureIsOf() throws IOException {
        var checked = desk.check(CITY, luting("6125万美元"));
        Dictionaries dictionaries = HuibaoConfig.defaults().dictionaries();
        List<Finding> without = new Checker(dictionaries, Catalogs.load(dictionaries))
                .check(checked.reports(), checked.facts(), RegionDirectory.none());
        assertEquals(List.of(), without.stream().filter(f -> f.kind() == Finding.Kind.CROSS_REPORT).toList());
    }
}
