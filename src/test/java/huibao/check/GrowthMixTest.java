package huibao.check;

import huibao.model.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.util.List;

import static huibao.check.HandWrittenReports.line;
import static huibao.check.HandWrittenReports.report;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A total's growth against its parts' levels and growth. */
class GrowthMixTest {

    @RegisterExtension
    static final HandWrittenReports desk = HandWrittenReports.desk();

    @Test
    void reportsATotalGrowthItsPartsCannotMake() throws IOException {
        // last year 7120 ÷ 1.171 + 2736 ÷ 0.927 = 9031.7万美元, so the total grew 9.13%; no mix of
        // +17.1% and -7.3% makes +19.6%
        var checked = desk.check(report("luting.txt", """
                澜州市鹭汀区2024年1-6月招商引资工作情况汇报
                1-6月，全区实际使用外资9856万美元，同比增长19.6%。其中，制造业实际使用外资7120万美元，增长17.1%，服务业实际使用外资2736万美元，下降7.3%。
                """));
        Finding f = checked.only(Finding.Kind.GROWTH_MIX);
        assertEquals("GROWTH_MIX ERROR expected 9.13%（9.08–9.18%） stated 19.6% "
                + "from [7120万美元, 17.1%, 2736万美元, 7.3%, 9856万美元, 19.6%]", line(f));
        assertEquals("总量增速由各分项推算（制造业7120万美元 增速+17.1%，服务业2736万美元 增速-7.3%） = 9.13%（9.08–9.18%），"
                + "报告写 19.6%：按印刷精度也对不上", f.message());
    }

    @Test
    void confirmsATotalGrowthItsPartsMake() throws IOException {
        var checked = desk.check(report("yunchuan.txt", """
                澜州市蕴川区2024年1-6月招商引资工作情况汇报
                1-6月，全区实际使用外资9856万美元，同比增长9.1%。其中，制造业实际使用外资7120万美元，增长17.1%，服务业实际使用外资2736万美元，下降7.3%。
                """));
        assertEquals("GROWTH_MIX OK expected 9.13%（9.08–9.18%） stated 9.1% "
                + "from [7120万美元, 17.1%, 2736万美元, 7.3%, 9856万美元, 9.1%]", line(checked.only(Finding.Kind.GROWTH_MIX)));
    }

    @Test
    void leavesTheGrowthAloneWhenThePartsDoNotMakeUpTheTotal() throws IOException {
        // 7120 + 2000 is not 9856: another part, unnamed, may have grown fast
        var checked = desk.check(report("hongshui.txt", """
                澜州市泓水县2024年1-6月招商引资工作情况汇报
                1-6月，全县实际使用外资9856万美元，同比增长19.6%。其中，制造业实际使用外资7120万美元，增长17.1%，服务业实际使用外资2000万美元，下降7.3%。
                """));
        assertEquals(List.of(), checked.of(Finding.Kind.GROWTH_MIX), checked.listed());
    }
}
