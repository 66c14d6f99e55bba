package huibao.check;

import huibao.model.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.util.List;

import static huibao.check.HandWrittenReports.line;
import static huibao.check.HandWrittenReports.report;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Groups whose amounts make up a total's amount, against the total's count. */
class AmountSplitsTest {

    @RegisterExtension
    static final HandWrittenReports desk = HandWrittenReports.desk();

    @Test
    void warnsOfGroupsWhoseAmountsMakeUpTheTotalButWhoseCountsDoNot() throws IOException {
        // 0.38 + 9.16 + 12.5 = 22.04亿元 as stated, but 5 + 31 + 19 = 55 projects, not 54
        var checked = desk.check(report("luting.txt", """
                澜州市鹭汀区2024年1-6月招商引资工作情况汇报
                上半年，全区重点推进项目共54个，总投资22.04亿元。其中，已竣工项目5个，总投资3800万元；在建项目31个，总投资9.16亿元（包括：续建项目17个，总投资5.2亿元；新开工项目14个，总投资3.96亿元）；计划开工项目19个，总投资12.5亿元。
                """));
        Finding f = checked.only(Finding.Kind.PARTS_SUM);
        assertEquals(Finding.Severity.WARNING, f.severity());
        assertEquals("PARTS_SUM WARNING expected 55个 stated 54个 from [5个, 31个, 19个, 54个, 22.04亿元]", line(f));
    }

    @Test
    void saysNothingWhereTheCountsAddUpOrTheAmountsDoNot() throws IOException {
        var checked = desk.check(report("luting.txt", """
                澜州市鹭汀区2024年1-6月招商引资工作情况汇报
                上半年，全区重点推进项目共55个，总投资22.04亿元。其中，已竣工项目5个，总投资3800万元；在建项目31个，总投资9.16亿元；计划开工项目19个，总投资12.5亿元。
                今年全区签约项目40个，总投资88亿元。其中，工业项目22个，总投资51亿元；服务业项目12个，总投资20亿元。
                """));
        assertEquals(List.of(), checked.of(Finding.Kind.PARTS_SUM).stream().filter(Finding::flags).toList(), checked.listed());
    }
}
