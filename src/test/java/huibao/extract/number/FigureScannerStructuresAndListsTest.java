package huibao.extract.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import huibao.model.UnitKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Structures written as ratios (a:b:c) and Chinese-numeral counts later in a list of counts. */
class FigureScannerStructuresAndListsTest {

    private static final FigureScanner SCANNER = ProjectScanner.SCANNER;

    private static List<Figure> figures(String sentence) {
        return ProjectScanner.figures(sentence);
    }

    @Test
    void eachTermOfAStructureThatAddsUpToAHundredIsAPercent() {
        List<Figure> found = figures("全县三次产业到位资金比重为9.4:51.3:39.3，");
        assertEquals(List.of("9.4", "51.3", "39.3"), found.stream().map(Figure::text).toList());
        assertTrue(found.stream().allMatch(f -> f.unitKind() == UnitKind.PERCENT), found.toString());
        assertEquals(List.of("62", "38"), figures("内外资结构之比为62：38").stream().map(Figure::text).toList());
        assertEquals(4, figures("南北两片引资占比由去年的55.5:44.5调整为48:52").size(), "the structure after the first takes its word");
    }

    @Test
    void aRatioThatDoesNotAddUpToAHundredOrNamesNoStructureIsNoShare() {
        assertTrue(figures("投入产出比例为1:3.5").isEmpty());
        assertTrue(figures("会议于9:30召开").isEmpty());
        assertTrue(figures("两队以60:40结束比赛").isEmpty(), "a score is no structure");
    }

    @Test
    void aRunOfDigitsWithTwoDecimalPointsIsReadWithoutThrowing() {
        figures("其中比上年…3.503.5个百分点");
        figures("比重为3.503.5:1.2");
    }

    @Test
    void aCountOfTheNamesJustListedTakesThePlaceWordAsItsUnit() {
        List<Figure> found = figures("其中，宜川、洛川、黄龙3县增速居前，滨、淄、潍、烟四市共到位9亿元");
        assertEquals(List.of("3县", "四市", "9亿元"), found.stream().map(Figure::text).toList());
        assertTrue(found.get(0).isCount() && found.get(1).isCount(), found.toString());
        assertTrue(figures("宜川、洛川5县").isEmpty(), "a number that is not the length of the list is no such count");
        assertTrue(figures("全省16市").isEmpty(), "no list, no count in a place word");
    }

    @Test
    void aChineseCountLaterInAListOfCountsIsANewCount() {
        List<Figure> found = figures("组建了两个产业招商组、各园区服务队和六个驻外联络处");
        assertEquals(List.of("两个", "六个"), found.stream().map(Figure::text).toList());
        assertTrue(figures("依托专班及三支招商队伍在手的信息").isEmpty(), "a count after 及 with none before it refers back");
    }

    @Test
    void aSectionNumberBeforeASizeClassSharesNoUnit() {
        assertEquals(List.of("10亿元"), figures("三、10亿元以上重大项目推进情况").stream().map(Figure::text).toList());
        assertEquals(List.of("5000万元"), figures("2、5000万元以上项目").stream().map(Figure::text).toList());
        List<Figure> shared = figures("两地分别投资4、6亿元。");
        assertEquals(2, shared.size(), shared.toString());
        assertTrue(shared.stream().allMatch(f -> f.unitKind() == UnitKind.MONEY), shared.toString());
    }
}
