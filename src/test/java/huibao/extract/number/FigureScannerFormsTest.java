package huibao.extract.number;

import huibao.model.BaseUnit;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Figure forms of real reports that are no plain number and unit (issue 10): shares in 成 and 一半,
 * a first place written as a word (首位, 之首), and a ratio to last year's level (是去年同期的6倍).
 */
class FigureScannerFormsTest {

    private static final FigureScanner SCANNER = ProjectScanner.SCANNER;

    private static Figure only(String sentence) {
        List<Figure> figures = SCANNER.scan(sentence, 0).figures();
        assertEquals(1, figures.size(), "figures of " + sentence + ": " + figures);
        return figures.get(0);
    }

    private static void assertBase(String expected, Figure f) {
        assertEquals(0, new BigDecimal(expected).compareTo(f.unit().toBase(f.value())), "base of " + f.text());
    }

    @Test
    void readsTenthsAsPercent() {
        Figure f = only("外资企业贡献了全区近3成的税收。");
        assertEquals("3成", f.text());
        assertEquals(BaseUnit.PERCENT, f.unit().base());
        assertBase("30", f);
        assertTrue(f.approx());
        assertBase("80", only("完成全年任务的八成以上。"));
    }

    @Test
    void readsAHalfAsFiftyPercent() {
        Figure f = only("近一半签约资金来自长三角。");
        assertEquals("一半", f.text());
        assertBase("50", f);
        assertTrue(f.approx());
    }

    @Test
    void readsCountsOfGoodsAndCopiesInTheirClassifiers() {
        List<Figure> figures = SCANNER.scan("乡里售出农机340台、电脑1.2万部,印发手册1200余份、图册800本和画报2600册,巡查车辆15台次。", 0).figures();
        assertEquals(List.of("340台", "1.2万部", "1200余份", "800本", "2600册", "15台次"),
                figures.stream().map(Figure::text).toList());
        assertTrue(figures.stream().allMatch(f -> f.unit().base() == BaseUnit.COUNT));
        assertBase("12000", figures.get(1));
    }

    @Test
    void readsNoCountWhereTheClassifierBeginsANoun() {
        assertEquals(List.of(), SCANNER.scan("市发改委等6部门联合发文,两部分资金已拨付,上了3台阶。", 0).figures());
    }

    @Test
    void readsNoTenthsWhereTheCharacterBeginsAWord() {
        assertEquals(List.of(), SCANNER.scan("园区2019成立以来一成不变地抓招商。", 0).figures());
    }

    @Test
    void readsFirstPlaceWrittenAsAWord() {
        Figure first = only("实际使用外资居全市首位。");
        assertEquals(Figure.Kind.RANK, first.kind());
        assertEquals("首位", first.text());
        assertEquals(0, BigDecimal.ONE.compareTo(first.value()));
        Figure head = only("增速位居全省之首。");
        assertEquals(Figure.Kind.RANK, head.kind());
        assertEquals(null, head.unit());
    }

    @Test
    void readsARatioToLastYearAsGrowthOverIt() {
        Figure f = only("到位资金是去年同期的6倍。");
        assertEquals(Figure.Kind.RATIO, f.kind());
        assertBase("500", f);
        Figure growth = only("到位资金增长1.5倍。");
        assertEquals(Figure.Kind.QUANTITY, growth.kind());
        assertBase("150", growth);
    }

    @Test
    void readsAFractionOfAWholeAsPercent() {
        Figure quarter = only("高新区工业产值占全市超过1/4。");
        assertEquals("1/4", quarter.text());
        assertBase("25", quarter);
        assertTrue(quarter.approx());
        assertBase("33.33", only("两县合计占比已超过1/ 3。"));
    }

    @Test
    void readsNoFractionWithoutAShareWord() {
        assertEquals(List.of(), SCANNER.scan("文件编号2/3及附表。", 0).figures());
    }

    @Test
    void readsTenthsThatOpenAClauseButNoBlankBeforeALetterSpacedCharacter() {
        assertBase("80", only("外资质量提升，八成新设项目为大项目。"));
        assertEquals("1121 万 元", only("前三季度完 成 地 方 财 政 收 入 1121 万 元。").text());
    }

    @Test
    void readsAPercentWithMisprintedDecimalsAfterItsSignAsOneFigure() {
        List<Figure> figures = SCANNER.scan("两项指标分别完成年度任务的87%.46、103.2%。", 0).figures();
        assertEquals(List.of("87%", "103.2%"), figures.stream().map(Figure::text).toList());
    }
}
