package huibao.check;

import huibao.model.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.util.List;

import static huibao.check.HandWrittenReports.report;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A level said to double N times over the level it is compared with. */
class DoublingsTest {

    @RegisterExtension
    static final HandWrittenReports desk = HandWrittenReports.desk();

    @Test
    void reportsDoublingsTheTwoLevelsFallShortOf() throws IOException {
        // two doublings are four times; 930 over 410 is 2.27
        var checked = desk.check(report("qiaoshan.txt", """
                澜州市桥山镇2024年招商引资工作情况
                今年以来，全镇引进资金930万元，比2020年建镇时的410万元翻了两番。
                """));
        Finding f = checked.only(Finding.Kind.YOY);
        assertEquals(Finding.Severity.ERROR, f.severity());
        assertEquals("翻番：翻了两番 即 4 倍，930万元 ÷ 410万元 = 2.27 倍：按印刷精度也对不上", f.message());
    }

    @Test
    void acceptsALooselyWrittenDoubling() throws IOException {
        // 790 over 410 is 1.93: 翻了一番 as reports write it
        var checked = desk.check(report("qiaoshan.txt", """
                澜州市桥山镇2024年招商引资工作情况
                今年以来，全镇引进资金790万元，比2020年建镇时的410万元翻了一番。
                """));
        assertEquals(List.of(), checked.flagged(), checked.listed());
    }
}
