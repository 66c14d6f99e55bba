package huibao.check;

import huibao.model.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;

import static huibao.check.HandWrittenReports.line;
import static huibao.check.HandWrittenReports.report;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A rate defined by two counts of the same sentence (check-ratios.tsv). */
class DefinedRatiosTest {

    @RegisterExtension
    static final HandWrittenReports desk = HandWrittenReports.desk();

    @Test
    void reportsAFulfilmentRateTheTwoCountsDoNotGive() throws IOException {
        var checked = desk.check(report("luting.txt", """
                澜州市鹭汀区2024年1-6月招商引资工作情况汇报
                1-6月，全区新签约项目25个，开工建设18个，履约率75%。
                """));
        Finding f = checked.only(Finding.Kind.RATIO);
        assertEquals("RATIO ERROR expected 72% stated 75% from [18个, 25个, 75%]", line(f));
        assertEquals("contract_fulfillment_rate", f.indicator());
    }

    @Test
    void confirmsAFulfilmentRateTheTwoCountsGive() throws IOException {
        var checked = desk.check(report("yunchuan.txt", """
                澜州市蕴川区2024年1-6月招商引资工作情况汇报
                1-6月，全区新签约项目25个，开工建设18个，履约率72%。
                """));
        assertEquals("RATIO OK expected 72% stated 72% from [18个, 25个, 72%]", line(checked.only(Finding.Kind.RATIO)));
    }
}
