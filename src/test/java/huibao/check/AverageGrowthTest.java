package huibao.check;

import huibao.model.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.util.List;

import static huibao.check.HandWrittenReports.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A total and its average over a count, each with its growth, imply a whole number of last year's things. */
class AverageGrowthTest {

    @RegisterExtension
    static final HandWrittenReports desk = HandWrittenReports.desk();

    @Test
    void reportsTwoGrowthRatesThatGiveNoWholeCountLastYear() throws IOException {
        // 9 × 1.852 ÷ 2.764 = 6.03: last year's count would be 6, and then the average grew 84.27%, not 85.2%
        var checked = desk.check(report("luting.txt", """
                澜州市鹭汀区2024年1-6月招商引资工作情况汇报
                1-6月，园区新签约项目9个，合同投资总额63.18亿元，同比增长176.4%，平均每个项目投资额7.02亿元，同比增长85.2%。
                """));
        Finding f = checked.only(Finding.Kind.YOY);
        assertEquals(Finding.Severity.ERROR, f.severity());
        assertEquals("85.2%", f.stated());
        assertTrue(f.message().contains("不是整数"), f.message());
    }

    @Test
    void confirmsTwoGrowthRatesThatAWholeCountGives() throws IOException {
        // 9 × 1.842 ÷ 2.764 = 5.998: six projects last year
        var checked = desk.check(report("luting.txt", """
                澜州市鹭汀区2024年1-6月招商引资工作情况汇报
                1-6月，园区新签约项目9个，合同投资总额63.18亿元，同比增长176.4%，平均每个项目投资额7.02亿元，同比增长84.2%。
                """));
        assertEquals(List.of(), checked.flagged());
    }

    @Test
    void leavesAnAverageThatIsNotTheTotalOverTheCountUnjudged() throws IOException {
        // 5.3亿元 is no 63.18 ÷ 9: an average over other things (the firms, not the projects)
        var checked = desk.check(report("luting.txt", """
                澜州市鹭汀区2024年1-6月招商引资工作情况汇报
                1-6月，园区新签约项目9个，合同投资总额63.18亿元，同比增长176.4%，平均每户企业投资5.3亿元，同比增长85.2%。
                """));
        assertEquals(List.of(), checked.flagged());
    }
}
