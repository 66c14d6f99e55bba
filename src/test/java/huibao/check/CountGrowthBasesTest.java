package huibao.check;

import huibao.model.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.util.List;

import static huibao.check.HandWrittenReports.line;
import static huibao.check.HandWrittenReports.report;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A count's growth rate, which must be what some whole number of last year's things gives. */
class CountGrowthBasesTest {

    @RegisterExtension
    static final HandWrittenReports desk = HandWrittenReports.desk();

    @Test
    void reportsACountGrowthNoWholeBaseGives() throws IOException {
        // 58 / 1.316 = 44.07: 44 gives 31.8%, 45 gives 28.9%; no whole count gives 31.6%
        var checked = desk.check(report("qingshan.txt", """
                澜州市青杉区2024年1-9月招商引资工作情况汇报
                1-9月，全区新签约亿元以上项目58个，同比增长31.6%。
                """));
        assertEquals("YOY ERROR expected 31.82% stated 31.6% from [58个, 31.6%]",
                line(checked.only(Finding.Kind.YOY)));
    }

    @Test
    void confirmsACountGrowthAWholeBaseGives() throws IOException {
        // 58 / 44 = 131.8%
        var checked = desk.check(report("qingshan.txt", """
                澜州市青杉区2024年1-9月招商引资工作情况汇报
                1-9月，全区新签约亿元以上项目58个，同比增长31.8%。
                """));
        assertEquals("YOY OK expected 31.82% stated 31.8% from [58个, 31.8%]",
                line(checked.only(Finding.Kind.YOY)));
    }

    @Test
    void leavesAHedgedCountAndAGrowthOfTheAmountAfterIt() throws IOException {
        // 近60个 is no exact count; 增长13.3% follows the amount, not the count
        var checked = desk.check(report("qingshan.txt", """
                澜州市青杉区2024年1-9月招商引资工作情况汇报
                1-9月，全区新签约亿元以上项目近60个，同比增长31.6%。新开工项目23个，总投资47.5亿元，同比增长13.3%。
                """));
        assertEquals(List.of(), checked.flagged());
    }
}
