package huibao.extract.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import huibao.model.UnitKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Figures that must never vanish in silence: lengths and scores the contract has no unit for come out
 * as unreadable figures, a page that lost its digits gives a masked figure wherever a unit or a decimal
 * point is left, a masked fraction is a masked share, and a count of places closes a list whose last
 * name is joined by 和.
 */
class FiguresNeverLostTest {

    private static final FigureScanner SCANNER = ProjectScanner.SCANNER;

    private static List<String> unreadable(String sentence) {
        FigureScanner.Scan scan = SCANNER.scan(sentence, 0);
        return scan.unreadable().stream().map(sp -> sentence.substring(sp.start(), sp.end())).toList();
    }

    private static List<String> texts(List<Figure> found) {
        return found.stream().map(Figure::text).toList();
    }

    @Test
    void lengthsAndScoresAreUnreadableFiguresNotLost() {
        assertEquals(List.of("4.8公里", "2600米", "0.9千米", "450延米"),
                unreadable("今年修通园区主干道4.8公里，敷设供水管2600米，疏浚沟渠0.9千米，新砌挡墙450延米。"));
        assertEquals(List.of("30分", "27.5分"), unreadable("考核项满分30分，本县得27.5分，位列全市前列。"));
        assertTrue(SCANNER.scan("考核项满分30分，本县得27.5分。", 0).figures().isEmpty());
        // their numbers were read: it is their units the contract has no place for
        FigureScanner.Scan roads = SCANNER.scan("修通主干道4.8公里，培育万亿元级产业集群。", 0);
        assertEquals(List.of(new huibao.model.Span(5, 10)), roads.unlisted());
        assertEquals(2, roads.unreadable().size());
    }

    @Test
    void aLengthInACapacityOfAProjectsNameIsNoFigure() {
        assertEquals(List.of(), unreadable("签约年产500万米高端面料项目。"));
    }

    @Test
    void wordsAndClockTimesAfterANumberAreNoScore() {
        assertEquals(List.of(), unreadable("会议于9时45分开始，持续90分钟，由3分公司承办，占三分之一。"));
    }

    @Test
    void aPointOrAUnitLeftWhereTheDigitsWereStrippedIsAMaskedFigure() {
        String page = "全年新落地项目个，到位市外资金.亿元，完成年度任务的.%，相当于上年的倍。这个问题很重要，整个工作要抓，个人要尽力。";
        assertTrue(SCANNER.digitsStripped(page));
        List<Figure> found = SCANNER.scan(page, 0, true, true).figures();
        assertEquals(List.of("个", ".亿元", ".%", "倍"), texts(found));
        assertTrue(found.stream().allMatch(f -> f.redacted() && f.value() == null), found.toString());
    }

    @Test
    void aPointBeforeAUnitWithBlanksIsAMaskedFigureOnAnyPage() {
        List<Figure> found = SCANNER.scan("规上工业增加值增长 . %，实际利用外资 .亿美元。", 0).figures();
        assertEquals(2, found.size(), found.toString());
        assertEquals(UnitKind.PERCENT, found.get(0).unitKind());
        assertTrue(found.stream().allMatch(Figure::redacted), found.toString());
    }

    @Test
    void anOrdinaryPageHasNoStrippedFigures() {
        String page = "这个项目很重要，整个园区签约项目12个，各个部门要配合。网址为www.example.cn，增长12.5%。";
        assertFalse(SCANNER.digitsStripped(page));
        assertEquals(List.of("12个", "12.5%"), texts(SCANNER.scan(page, 0).figures()));
    }

    @Test
    void aMaskedFractionAfterAShareWordIsAMaskedShare() {
        List<Figure> found = SCANNER.scan("园区营收占全县超X/X，比重创新高。", 0).figures();
        assertEquals(List.of("X/X"), texts(found));
        assertTrue(found.get(0).redacted());
        assertEquals(UnitKind.PERCENT, found.get(0).unitKind());
        assertTrue(SCANNER.scan("编号为X/X的文件。", 0).figures().isEmpty());
    }

    @Test
    void aCountOfPlacesOfALevelAfterHeIsACountOfItsOwn() {
        List<Figure> found = SCANNER.scan("临港片区和四个省级开发区合计到位资金52.3亿元。", 0).figures();
        assertEquals(List.of("四个", "52.3亿元"), texts(found));
        assertEquals(List.of("52.3亿元"), texts(SCANNER.scan("临港片区和四个工作组合计到位资金52.3亿元。", 0).figures()));
    }

    @Test
    void aCountOfPlacesClosesAListWhoseLastNameIsJoinedByHe() {
        List<Figure> found = SCANNER.scan("上半年，甲城、乙城、丙城和丁城四市实际到位资金均超过100亿元。", 0).figures();
        assertEquals("四市", found.get(0).text());
        assertEquals(0, found.get(0).value().intValueExact() - 4);
    }

    @Test
    void aMaskedScoreOrATemplatesMaskWithNoUnitIsUnreadableNotLost() {
        assertEquals(List.of("XX分", "X.X分"), unreadable("本镇去年考核得XX分，今年得X.X分。"));
        assertEquals(List.of("#x"), unreadable("落地重点项目#x，开工在即。"));
        assertEquals(List.of(), unreadable("园区引进X光设备企业，X分公司已开业。"));
    }
}
