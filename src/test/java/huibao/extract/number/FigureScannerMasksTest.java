package huibao.extract.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import huibao.model.Span;
import huibao.model.UnitKind;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Masked figures in every form a template or a redacted page writes them, rates whose % sign the
 * page lost, and halves written without a numeral.
 */
class FigureScannerMasksTest {

    private static final FigureScanner SCANNER = ProjectScanner.SCANNER;

    private static List<Figure> figures(String sentence) {
        return ProjectScanner.figures(sentence);
    }

    private static List<String> texts(List<Figure> found) {
        return found.stream().map(Figure::text).toList();
    }

    @Test
    void everyMaskFormIsAMaskedFigure() {
        List<Figure> found = figures("引进外资XX万美元，签约项目X个、总额×亿元，增长××%，开工＊个，到位*亿元，增速xx.x%，投产x项。");
        assertEquals(List.of("XX万美元", "X个", "×亿元", "××%", "＊个", "*亿元", "xx.x%", "x项"), texts(found));
        assertTrue(found.stream().allMatch(f -> f.redacted() && f.value() == null), found.toString());
    }

    @Test
    void blanksATemplateLeftAreMaskedFigures() {
        List<Figure> found = figures("内联到位   亿元，增长    %，新批企业____家。");
        assertEquals(3, found.size(), found.toString());
        assertTrue(found.stream().allMatch(Figure::redacted), found.toString());
        assertEquals(UnitKind.PERCENT, found.get(1).unitKind());
    }

    @Test
    void aLoneMaskLetterOpensAFigureAtALinesStartAndAfterAListMark() {
        List<Figure> found = figures("X亿元，合同额和到位额同比分别增长X%、X%");
        assertEquals(List.of("X亿元", "X%", "X%"), texts(found));
        assertTrue(found.stream().allMatch(Figure::redacted), found.toString());
        assertTrue(figures("MAX个人版").isEmpty());
        assertTrue(figures("采用1+X模式").isEmpty());
    }

    @Test
    void amountsATextLayerRanTogetherAreNoSizeClass() {
        List<Figure> found = figures("X亿XX亿");
        assertEquals(List.of("X亿", "XX亿"), texts(found));
        assertTrue(found.stream().noneMatch(Figure::threshold), found.toString());
    }

    @Test
    void aMaskWhoseUnitThePageLostAfterARateCueIsAMaskedPercent() {
        List<Figure> found = figures("营业收入增长 X，完成年度计划 X亿元的 X，位居前列");
        assertEquals(List.of("X", "X亿元", "X"), texts(found));
        assertEquals(UnitKind.PERCENT, found.get(0).unitKind());
        assertEquals(UnitKind.PERCENT, found.get(2).unitKind());
        assertTrue(found.get(2).redacted());
        assertTrue(figures("请X，联系X。").isEmpty(), "a mask no rate cue governs stays a name");
        assertTrue(figures("该镇的 X，是重点").isEmpty(), "的 is a rate cue only after 占 or 完成");
    }

    @Test
    void aRateWithDecimalsWhosePercentSignWasLostIsAPercent() {
        List<Figure> found = figures("营收比上年增长17.4，占园区总产值的33.8，");
        assertEquals(List.of("17.4", "33.8"), texts(found));
        assertTrue(found.stream().allMatch(f -> f.unitKind() == UnitKind.PERCENT), found.toString());
        assertEquals(0, new BigDecimal("33.8").compareTo(found.get(1).value()));
    }

    @Test
    void aWholeRateWithoutItsSignIsUnreadableWhereTheReportWritesPercentSigns() {
        FigureScanner.Scan scan = SCANNER.scan("产值增长35，税收增长6.5%", 100);
        assertEquals(List.of("6.5%"), texts(scan.figures()));
        assertEquals(List.of(new Span(104, 106)), scan.unreadable());
    }

    @Test
    void everyCuedRateIsAPercentWhereTheReportWritesNoPercentSign() {
        FigureScanner.Scan scan = SCANNER.scan("产值增长35，占全区的12，两家企业增长80以上。", 0, false);
        assertEquals(List.of("35", "12", "80"), texts(scan.figures()));
        assertTrue(scan.figures().stream().allMatch(f -> f.unitKind() == UnitKind.PERCENT), scan.toString());
        assertTrue(scan.figures().get(2).approx(), "以上 hedges the rate");
        assertTrue(scan.unreadable().isEmpty());
        assertTrue(SCANNER.scan("全年增长35户企业，实现营收9亿元", 0, false).figures().stream()
                .noneMatch(f -> f.unitKind() == UnitKind.PERCENT), "a number whose clause goes on is no lost rate");
    }

    @Test
    void halfATenthIsFivePercent() {
        List<Figure> found = figures("利润增幅回落半成");
        assertEquals(List.of("半成"), texts(found));
        assertEquals(0, new BigDecimal("0.5").compareTo(found.get(0).value()));
        assertEquals(UnitKind.PERCENT, found.get(0).unitKind());
        assertTrue(figures("引进半成品加工项目").isEmpty());
    }

    @Test
    void moreThanHalfAfterAShareWordIsAHedgedHalf() {
        List<Figure> found = figures("民营企业投资占全县投资过半，");
        assertEquals(List.of("过半"), texts(found));
        assertTrue(found.get(0).approx());
        assertEquals(BigDecimal.ONE, found.get(0).value());
        assertTrue(figures("全力冲刺“双过半”目标").isEmpty(), "双过半 is a slogan");
        assertTrue(figures("时间过半，任务紧迫").isEmpty(), "过半 with no share word before it is no share");
        assertFalse(figures("占比超过半数").isEmpty());
        assertNull(figures("占比超过半数").get(0).valueMax());
    }

    @Test
    void aTemplatesSymbolMasksAreMaskedFigures() {
        List<Figure> found = figures("新开工项目#x个，复垦耕地#千亩，新增果园# 万亩，完成技改投资$亿元，增长#x.x%。");
        assertEquals(List.of("#x个", "#千亩", "# 万亩", "$亿元", "#x.x%"), texts(found));
        assertTrue(found.stream().allMatch(f -> f.redacted() && f.value() == null), found.toString());
    }

    @Test
    void circlesFullWidthLinesAndEmptyBracketsAreMaskedFigures() {
        List<Figure> found = figures("新批外资企业○○家，合同外资○○万美元，出口＿＿万美元，到位资金（　）亿元，增长( )%，增幅○.○个百分点。");
        assertEquals(List.of("○○家", "○○万美元", "＿＿万美元", "（　）亿元", "( )%", "○.○个百分点"), texts(found));
        assertTrue(found.stream().allMatch(f -> f.redacted() && f.value() == null), found.toString());
        assertTrue(figures("二○二四年计划投产，怎么抓招商？个人认为先抓项目（一）。").isEmpty());
    }

    @Test
    void aCurrencySignOrANumberSignBeforeDigitsIsNoMask() {
        List<Figure> found = figures("引进外资US$3亿元，3#楼已封顶，#招商引资#话题热度高。");
        assertEquals(List.of("3亿元"), texts(found));
        assertFalse(found.get(0).redacted());
    }
}
