package huibao.check;

import huibao.model.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.util.List;

import static huibao.check.HandWrittenReports.line;
import static huibao.check.HandWrittenReports.report;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A region's total against the figures one report gives for its divisions. */
class SubRegionSumsTest {

    @RegisterExtension
    static final HandWrittenReports desk = HandWrittenReports.desk();

    /** The city's total and each of its nine divisions' figures, in paragraphs of their own. */
    private static HandWrittenReports.Written city(String total) {
        return report("city.txt", """
                澜州市2024年1-6月招商引资工作情况通报
                1-6月，全市实际到位资金%s，同比增长11.2%%。
                各县区情况：鹭汀区实际到位资金5.27亿元，同比增长8.1%%。蕴川区实际到位资金7640万元。
                枫渚区实际到位资金1.08亿元。岚台区实际到位资金12.6亿元。
                芦溆县实际到位资金3.5亿元。棠阜县实际到位资金2.9亿元。泓水县实际到位资金4.15亿元。
                澜州经济技术开发区实际到位资金9.6亿元。澹川市实际到位资金8.24亿元。
                """.formatted(total));
    }

    @Test
    void flagsACityTotalItsDivisionsFiguresDoNotMake() throws IOException {
        // 5.27 + 0.764 + 1.08 + 12.6 + 3.5 + 2.9 + 4.15 + 9.6 + 8.24 = 48.104亿元, not 50.3
        var checked = desk.check(city("50.3亿元"));
        Finding f = checked.only(Finding.Kind.DISTRICT_SUM);
        assertEquals("DISTRICT_SUM ERROR expected 48.1亿元（47.88–48.32亿元） stated 50.3亿元 from [5.27亿元, 7640万元, 1.08亿元, 12.6亿元, "
                + "3.5亿元, 2.9亿元, 4.15亿元, 9.6亿元, 8.24亿元, 50.3亿元]", line(f));
    }

    @Test
    void acceptsACityTotalItsDivisionsMake() throws IOException {
        var checked = desk.check(city("48.1亿元"));
        assertEquals(List.of(), checked.flagged(), checked.listed());
        assertEquals(Finding.Severity.OK, checked.only(Finding.Kind.DISTRICT_SUM).severity());
    }

    @Test
    void flagsSomeDivisionsThatAlreadyExceedTheTotal() throws IOException {
        var checked = desk.check(report("city.txt", """
                澜州市2024年1-6月招商引资工作情况通报
                1-6月，全市实际到位资金18.2亿元。
                其中，鹭汀区实际到位资金9.4亿元，岚台区实际到位资金12.6亿元。
                """));
        assertEquals("DISTRICT_SUM ERROR expected 不超过 18.2亿元 stated 18.2亿元 from [9.4亿元, 12.6亿元, 18.2亿元]",
                line(checked.only(Finding.Kind.DISTRICT_SUM)), checked.listed());
    }

    @Test
    void takesSomeDivisionsAsALowerBoundOnly() throws IOException {
        var checked = desk.check(report("city.txt", """
                澜州市2024年1-6月招商引资工作情况通报
                1-6月，全市实际到位资金48.1亿元。
                其中，鹭汀区实际到位资金9.4亿元，岚台区实际到位资金12.6亿元。
                """));
        assertEquals(List.of(), checked.flagged(), checked.listed());
    }

    /** The city and its nine divisions, each with its growth. */
    private static HandWrittenReports.Written cityWithGrowth(String growth) {
        return report("city.txt", """
                澜州市2024年1-6月招商引资工作情况通报
                1-6月，全市实际到位资金48.1亿元，同比增长%s。
                鹭汀区实际到位资金5.27亿元，同比增长8.1%%。蕴川区实际到位资金7640万元，同比增长3.2%%。
                枫渚区实际到位资金1.08亿元，同比下降2.5%%。岚台区实际到位资金12.6亿元，同比增长15%%。
                芦溆县实际到位资金3.5亿元，同比增长6%%。棠阜县实际到位资金2.9亿元，同比增长4.4%%。
                泓水县实际到位资金4.15亿元，同比增长9.5%%。澜州经济技术开发区实际到位资金9.6亿元，同比增长20.1%%。
                澹川市实际到位资金8.24亿元，同比增长12.3%%。
                """.formatted(growth));
    }

    @Test
    void flagsACityGrowthItsDivisionsLevelsAndGrowthCannotMake() throws IOException {
        // last year's divisions add up to 42.88亿元: 48.1 is +12.2%, not +15.8%
        var wrong = desk.check(cityWithGrowth("15.8%"));
        Finding f = wrong.only(Finding.Kind.GROWTH_MIX);
        assertEquals(Finding.Severity.ERROR, f.severity(), wrong.listed());
        assertEquals("15.8%", f.stated());
        var right = desk.check(cityWithGrowth("12.2%"));
        assertEquals(List.of(), right.flagged(), right.listed());
    }
}
