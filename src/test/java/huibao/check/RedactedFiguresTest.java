package huibao.check;

import huibao.model.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.util.List;

import static huibao.check.HandWrittenReports.report;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Masked figures: gaps the analyst must fill. */
class RedactedFiguresTest {

    @RegisterExtension
    static final HandWrittenReports desk = HandWrittenReports.desk();

    @Test
    void reportsEveryMaskedFigure() throws IOException {
        var checked = desk.check(report("fengzhu.txt", """
                澜州市枫渚区2024年1-6月招商引资工作情况汇报
                1-6月，全区实际使用外资XX亿元，新签约项目*个，到位内资  亿元。
                """));
        List<Finding> redacted = checked.of(Finding.Kind.REDACTED);
        assertEquals(List.of(
                        "REDACTED WARNING expected null stated XX亿元 from [XX亿元]",
                        "REDACTED WARNING expected null stated *个 from [*个]",
                        "REDACTED WARNING expected null stated （空白）亿元 from [亿元]"),
                redacted.stream().map(HandWrittenReports::line).toList());
        assertEquals(List.of("实际使用外资数字缺失：XX亿元", "新签约项目数字缺失：*个", "到位内资数字缺失：（空白）亿元"),
                redacted.stream().map(Finding::message).toList());
    }

    @Test
    void reportsTwoMaskedFiguresThatReadAlike() throws IOException {
        // the whole and its 制造业 part are both masked as XX万美元: two gaps, not one said twice
        var checked = desk.check(report("fengzhu.txt", """
                澜州市枫渚区2024年1-6月招商引资工作情况汇报
                1-6月，全区实际使用外资XX万美元，其中制造业实际使用外资XX万美元。
                """));
        List<Finding> redacted = checked.of(Finding.Kind.REDACTED);
        assertEquals(2, redacted.size(), checked.listed());
        assertEquals(List.of(39, 56), redacted.stream().map(f -> f.facts().get(0).span().start()).toList());
    }
}
