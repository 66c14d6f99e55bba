package huibao.extract.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A blank is a figure left out only after a word: letter-spaced text and stray marks are no masks. */
class FigureScannerBlanksTest {

    private static final FigureScanner SCANNER = ProjectScanner.SCANNER;

    private static List<Figure> figures(String sentence) {
        return ProjectScanner.figures(sentence);
    }

    @Test
    void letterSpacedCharacterBeforeUnitIsNoMask() {
        List<Figure> found = figures("完 成 税 收 380 万元 , 同 期 增 长 12.4%");
        assertTrue(found.stream().noneMatch(Figure::redacted), found.toString());
        assertEquals(2, found.size(), found.toString());
    }

    @Test
    void strayMarkBetweenNumberAndUnitIsNoMask() {
        List<Figure> found = figures("到位外资 215万 蟥 美元，");
        assertTrue(found.stream().noneMatch(Figure::redacted), found.toString());
    }

    @Test
    void blankAfterWordIsStillMask() {
        List<Figure> found = figures("新签约项目 个，总投资 亿元。");
        assertEquals(2, found.size(), found.toString());
        assertTrue(found.stream().allMatch(Figure::redacted), found.toString());
        assertNull(found.get(0).value());
    }

    @Test
    void maskLetterAfterABlankIsStillAMask() {
        List<Figure> found = figures("园区完成 X亿元，同比增长 X%，开工率 x%。");
        assertEquals(3, found.size(), found.toString());
        assertTrue(found.stream().allMatch(Figure::redacted), found.toString());
    }

    @Test
    void letterXAfterLatinTextIsNoMask() {
        List<Figure> found = figures("RCEP X个国家合作项目");
        assertTrue(found.stream().noneMatch(Figure::redacted), found.toString());
    }

    @Test
    void digitsATemplateLeftAfterTheMaskBelongToTheMaskedFigure() {
        List<Figure> found = figures("税收增长xx3.4%，到位资金x2.75亿元");
        assertEquals(2, found.size(), found.toString());
        assertTrue(found.stream().allMatch(Figure::redacted), found.toString());
        assertEquals("xx3.4%", found.get(0).text());
        List<Figure> names = figures("设立xx、xx、xx3个招商分局");
        assertEquals("3个", names.get(names.size() - 1).text(), names.toString());
    }

    @Test
    void aMaskedOrdinalIsNoFigure() {
        List<Figure> found = figures("召开第xx次联席会议，签约项目X个");
        assertEquals(1, found.size(), found.toString());
        assertEquals("X个", found.get(0).text());
    }
}
