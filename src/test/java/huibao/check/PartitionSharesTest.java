package huibao.check;

import huibao.model.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.util.List;

import static huibao.check.HandWrittenReports.report;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Shares naming no whole, of counts that together split a count stated before them. */
class PartitionSharesTest {

    @RegisterExtension
    static final HandWrittenReports desk = HandWrittenReports.desk();

    @Test
    void reportsAShareOfASplitCountThatDoesNotRoundRight() throws IOException {
        // 5 + 11 + 3 = 19 签约项目; 5 of 19 is 26.32%, which prints as 26%, not 27%
        var checked = desk.check(report("luxu.txt", """
                澜州市芦溆县2024年1-9月招商引资工作情况汇报
                1-9月，全县共签约项目19个，协议投资36.2亿元。截至目前，已竣工项目5个，占27%；在建项目11个，占58%；前期项目3个，占16%。
                """));
        List<Finding> errors = checked.of(Finding.Kind.SHARE).stream()
                .filter(f -> f.severity() == Finding.Severity.ERROR).toList();
        assertEquals(1, errors.size(), checked.listed());
        assertEquals("27%", errors.get(0).stated());
        assertEquals("26.32%", errors.get(0).expected());
    }

    @Test
    void confirmsSharesThatRoundRight() throws IOException {
        var checked = desk.check(report("luxu.txt", """
                澜州市芦溆县2024年1-9月招商引资工作情况汇报
                1-9月，全县共签约项目19个，协议投资36.2亿元。截至目前，已竣工项目5个，占26%；在建项目11个，占58%；前期项目3个，占16%。
                """));
        assertEquals(List.of(), checked.flagged(), checked.listed());
    }

    @Test
    void leavesSharesUnjudgedWhenTheirCountsSplitNoStatedCount() throws IOException {
        // 5 + 11 + 3 = 19, but the report states 22 projects: the shares are of something else
        var checked = desk.check(report("luxu.txt", """
                澜州市芦溆县2024年1-9月招商引资工作情况汇报
                1-9月，全县共签约项目22个，协议投资36.2亿元。截至目前，已竣工项目5个，占27%；在建项目11个，占58%；前期项目3个，占16%。
                """));
        assertEquals(List.of(), checked.flagged(), checked.listed());
    }
}
