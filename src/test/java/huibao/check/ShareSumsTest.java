package huibao.check;

import huibao.model.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.util.List;

import static huibao.check.HandWrittenReports.line;
import static huibao.check.HandWrittenReports.report;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Two shares of one whole that cannot both hold. */
class ShareSumsTest {

    @RegisterExtension
    static final HandWrittenReports desk = HandWrittenReports.desk();

    @Test
    void flagsTwoSectorsSharesOfTheRegionAboveAHundredPercent() throws IOException {
        // the district's total is not stated, so neither share can be judged alone; together they can
        var checked = desk.check(report("yunchuan.txt", """
                澜州市蕴川区2024年1-6月招商引资工作情况汇报
                1-6月，制造业实际使用外资8480万美元，占全区的62.4%；服务业实际使用外资5120万美元，占全区的45.1%。
                """));
        Finding f = checked.only(Finding.Kind.SHARE_SUM);
        assertEquals("SHARE_SUM ERROR expected ≤ 100% stated 45.1% from [62.4%, 45.1%]", line(f));
        assertEquals("同一整体的两项占比之和超过100%：制造业62.4% + 服务业45.1% = 107.5%", f.message());
    }

    @Test
    void acceptsTwoSectorsSharesThatFitInTheWhole() throws IOException {
        var checked = desk.check(report("yunchuan.txt", """
                澜州市蕴川区2024年1-6月招商引资工作情况汇报
                1-6月，制造业实际使用外资8480万美元，占全区的62.4%；服务业实际使用外资5120万美元，占全区的37.6%。
                """));
        assertEquals(List.of(), checked.flagged(), checked.listed());
    }

    @Test
    void neverAddsSharesOfOverlappingClasses() throws IOException {
        // high-tech industry lies partly inside manufacturing: 71% and 38% may both hold
        var checked = desk.check(report("yunchuan.txt", """
                澜州市蕴川区2024年1-6月招商引资工作情况汇报
                1-6月，制造业实际使用外资9650万美元，占全区的71%；高技术产业实际使用外资5170万美元，占全区的38%。
                """));
        assertEquals(List.of(), checked.of(Finding.Kind.SHARE_SUM), checked.listed());
    }
}
