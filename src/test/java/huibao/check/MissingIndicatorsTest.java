package huibao.check;

import huibao.model.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.util.List;

import static huibao.check.HandWrittenReports.line;
import static huibao.check.HandWrittenReports.report;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** An indicator most peer reports state and one leaves out. */
class MissingIndicatorsTest {

    @RegisterExtension
    static final HandWrittenReports desk = HandWrittenReports.desk();

    static final HandWrittenReports.Written LUTING = report("luting.txt", """
            澜州市鹭汀区2024年1-6月招商引资工作情况汇报
            1-6月，全区实际使用外资3620万美元，新签约项目26个，到位内资12.35亿元。
            """);
    static final HandWrittenReports.Written YUNCHUAN = report("yunchuan.txt", """
            澜州市蕴川区2024年1-6月招商引资工作情况汇报
            1-6月，全区实际使用外资2480万美元，新签约项目18个，到位内资8.6亿元。
            """);
    /** Masks its 实际使用外资: stated, though not given. */
    static final HandWrittenReports.Written FENGZHU = report("fengzhu.txt", """
            澜州市枫渚区2024年1-6月招商引资工作情况汇报
            1-6月，全区实际使用外资XX万美元，新签约项目15个，到位内资6.2亿元。
            """);
    /** Says nothing of 实际使用外资. */
    static final HandWrittenReports.Written LANTAI = report("lantai.txt", """
            澜州市岚台区2024年1-6月招商引资工作情况汇报
            1-6月，全区新签约项目11个，到位内资5.4亿元。
            """);

    @Test
    void flagsAnIndicatorThreeOfFourPeersState() throws IOException {
        var checked = desk.check(LUTING, YUNCHUAN, FENGZHU, LANTAI);
        Finding f = checked.only(Finding.Kind.MISSING_INDICATOR);
        assertEquals("lantai.txt", f.doc());
        assertEquals("fdi_actual", f.indicator());
        assertEquals("MISSING_INDICATOR WARNING expected 同级3/4份报告填报 stated 未报 from []", line(f));
        assertEquals("岚台区 2024年1-6月 未报实际使用外资，同级同期4份报告中3份填报（鹭汀区、蕴川区、枫渚区）", f.message());
    }

    @Test
    void needsFourPeersToExpectAnIndicator() throws IOException {
        var checked = desk.check(LUTING, YUNCHUAN, LANTAI);
        assertEquals(List.of(), checked.of(Finding.Kind.MISSING_INDICATOR), checked.listed());
    }
}
