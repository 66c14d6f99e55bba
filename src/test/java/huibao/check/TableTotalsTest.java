package huibao.check;

import huibao.model.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.util.List;

import static huibao.check.HandWrittenReports.report;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A table's rows against its 合计 row, column by column. */
class TableTotalsTest {

    @RegisterExtension
    static final HandWrittenReports desk = HandWrittenReports.desk();

    @Test
    void reportsAColumnWhoseRowsDoNotAddUpToItsTotal() throws IOException {
        var checked = desk.check(report("city.txt", """
                澜州市2024年1-6月招商引资工作情况汇报
                1-6月，全市实际使用外资3.1亿美元。
                附表：各地区实际使用外资情况
                地区\t实际使用外资（万美元）\t新签约项目（个）
                鹭汀区\t6215\t9
                蕴川区\t4380\t7
                枫渚区\t5120\t6
                合计\t16315\t22
                """));
        assertEquals(List.of(
                        "TABLE_SUM ERROR expected 15715万美元 stated 16315万美元 from [6215, 4380, 5120, 16315]",
                        "TABLE_SUM OK expected 22个 stated 22个 from [9, 7, 6, 22]"),
                checked.of(Finding.Kind.TABLE_SUM).stream().map(HandWrittenReports::line).toList());
        assertEquals("表内各行之和（6215万美元 + 4380万美元 + 5120万美元） = 15715万美元，报告写 16315万美元：按印刷精度也对不上",
                checked.of(Finding.Kind.TABLE_SUM).get(0).message());
    }

    @Test
    void leavesAColumnWithAnEmptyCellUnsummed() throws IOException {
        // 蕴川区 gave no figure of 实际使用外资: 6215 + 5120 is not all the districts
        var checked = desk.check(report("city.txt", """
                澜州市2024年1-6月招商引资工作情况汇报
                1-6月，全市实际使用外资3.1亿美元。
                附表：各地区实际使用外资情况
                地区\t实际使用外资（万美元）\t新签约项目（个）
                鹭汀区\t6215\t9
                蕴川区\t\t7
                枫渚区\t5120\t6
                合计\t16315\t22
                """));
        assertEquals(List.of("TABLE_SUM OK expected 22个 stated 22个 from [9, 7, 6, 22]"),
                checked.of(Finding.Kind.TABLE_SUM).stream().map(HandWrittenReports::line).toList());
    }
}
