package huibao.export;

import huibao.model.BaseUnit;
import huibao.model.Fact;
import huibao.model.Measure;
import huibao.model.Period;
import huibao.model.Span;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Placing a figure in its sentence for the outputs that highlight it. */
class FigureInSentenceTest {

    private final LanzhouReports lanzhou = new LanzhouReports();

    @Test
    void placesTheFigureByItsSpanInTheReport() {
        Fact part = lanzhou.fact(lanzhou.luting, "8个", 2);
        assertEquals(new FigureInSentence("全区新签约项目8个，其中外资项目", "8个", "。", true),
                FigureInSentence.of(part, lanzhou.luting));
    }

    @Test
    void placesTheFigureOfACompilationsLaterReport() {
        Fact masked = lanzhou.fact(lanzhou.yunchuan, "XX%");
        assertEquals(new FigureInSentence("1-6月，全区引进R&D中心2个，实际使用外资**万美元，同比增长", "XX%", "。", true),
                FigureInSentence.of(masked, lanzhou.yunchuan));
    }

    @Test
    void placesAFigureByItsTextWhenTheReportIsUnknown() {
        Fact part = lanzhou.fact(lanzhou.luting, "8个", 2);
        assertEquals("全区新签约项目", FigureInSentence.of(part, null).before());
    }

    @Test
    void showsABlankLeftForAFigure() {
        String sentence = "全区实际使用外资　　万美元。";
        Fact blank = new Fact("blank.txt@8", "blank.txt", null, null, Period.unknown(), "fdi_actual", Measure.VALUE,
                null, "　　", null, null, "万美元", null, null, BaseUnit.USD, false, null, null, true, sentence,
                new Span(8, 10), null, null);
        FigureInSentence s = FigureInSentence.of(blank, null);
        assertEquals("全区实际使用外资", s.before());
        assertEquals("［空白］", s.shownFigure());
        assertEquals("万美元。", s.after());
    }

    @Test
    void keepsTheSentenceWholeWhenTheFigureIsNotInIt() {
        Fact stray = new Fact("x.txt@0", "x.txt", null, null, Period.unknown(), "fdi_actual", Measure.VALUE, null,
                "5亿元", new BigDecimal("5"), null, "亿元", new BigDecimal("500000000"), null,
                BaseUnit.CNY, false, null, null, false, "全区到位内资稳步增长。", new Span(0, 3), null, null);
        FigureInSentence s = FigureInSentence.of(stray, lanzhou.luting);
        assertFalse(s.located());
        assertEquals("全区到位内资稳步增长。", s.before());
    }
}
