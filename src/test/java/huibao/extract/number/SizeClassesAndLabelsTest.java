package huibao.extract.number;

import huibao.config.Dictionaries;
import huibao.extract.FactExtractor;
import huibao.model.Fact;
import huibao.model.Period;
import huibao.model.Report;
import huibao.model.Span;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Thresholds and selection criteria are scope, grades, labels and back-references are no figures,
 * and a result written with 超过 is a figure.
 */
class SizeClassesAndLabelsTest {

    private static final FactExtractor EXTRACTOR = new FactExtractor(Dictionaries.of(Path.of("dictionaries")));

    private static List<Fact> facts(String text) {
        Report r = new Report("t.txt", "t.txt", null, null, null, new Span(0, text.length()), text, null, null, false,
                null, new Period(2024, 1, 6, "1-6月"));
        return EXTRACTOR.extract(r).facts();
    }

    private static List<String> texts(String text) {
        return facts(text).stream().map(Fact::text).toList();
    }

    @Test
    void aClassAfterChaoIsScopeOfTheCount() {
        List<Fact> fs = facts("从数据看，到资超3000万美元的项目有5个，占全省总额的41%。");
        assertEquals(List.of("5个", "41%"), fs.stream().map(Fact::text).toList());
        assertTrue(fs.get(0).scope().contains("超3000万美元"), "scope " + fs.get(0).scope());
        assertEquals(List.of("7个"), texts("全年引进超千万美元的生产型外商投资项目7个。"));
    }

    @Test
    void aRangeClassWithAnAsideBeforeItsNounIsScopeAndSoIsTheBoundInside() {
        List<Fact> fs = facts("北岭镇落地千万元以上项目6个，其中3-8亿元（不含8亿元）项目2个，8亿元及以上项目1个。");
        assertEquals(List.of("6个", "2个", "1个"), fs.stream().map(Fact::text).toList());
        assertTrue(fs.get(1).scope().contains("3-8亿元"), "scope " + fs.get(1).scope());
        assertEquals(List.of("4个"), texts("新开工2000万-1亿元(不含1亿元)的项目4个。"));
    }

    @Test
    void aResultWrittenWithChaoguoIsAnApproximateFigure() {
        Fact f = facts("其中，全省120个开发区实际引资超过1650亿元，在全省占比约47%。").stream()
                .filter(x -> x.text().equals("1650亿元")).findFirst().orElseThrow();
        assertTrue(f.approx());
    }

    @Test
    void aGrowthLineThatSelectsPlacesIsNoFigure() {
        assertEquals(List.of(), texts("到位资金增速超过40%的有南平市、东川区。"));
        List<String> t = texts("南平市、东川区、西岭县对全省增长贡献率均大于12%，贡献率合计超过60%。");
        assertEquals(List.of("60%"), t);
    }

    @Test
    void gradesLabelsAndBackReferencesAreNoFigures() {
        assertEquals(List.of(), texts("镇里新引进了一个百亿级大项目。"));
        assertEquals(List.of(), texts("街道抓住建设百万人口中心城区的机遇。"));
        assertEquals(List.of(), texts("外资到位保持两位数增长。"));
        assertEquals(List.of(), texts("全省利用内资、外资两项指标均大幅增长。"));
        assertEquals(List.of("52%"), texts("这5个地方的到位资金占全区总额的52%。"));
    }

    @Test
    void theBreakZeroAndDoublingSloganIsNoFigure() {
        assertEquals(List.of("2个"), texts("外贸破零倍增行动：新增倍增园区2个。"));
    }

    @Test
    void aSecondCapacityInsideAProjectNameIsNoFigure() {
        List<String> t = texts("今年新引进的年产3000台机床和9000个精密部件项目总投资3.6亿元。");
        assertEquals(List.of("3.6亿元"), t);
    }

    @Test
    void theCountClosingAListOfNamedCapacityProjectsIsAFigure() {
        List<String> t = texts("东区引进年产3万吨硅基材料、乙公司年处理8万吨固废等3个项目已开工，完成到位资金0.7亿元。");
        assertEquals(List.of("3个", "0.7亿元"), t);
    }

    @Test
    void aNumeralThatNamesAWorkSloganIsNoFigure() {
        assertEquals(List.of("3个"), texts("园区坚持以两个加快为主线，落实四个一批机制，推进四个全覆盖，新建孵化器3个。"));
    }

    @Test
    void anAmountBeforeAProjectCountedAsOneIsThatProjectsSizeButARangeStaysAClass() {
        assertEquals(List.of("30亿元", "1个", "6亿元", "1个", "4个"),
                texts("新签约项目中，30亿元项目1个、6亿元项目1个、亿元以上项目4个。"));
        assertEquals(List.of("5个", "1个"), texts("其中1—5亿元项目5个，5—10亿元项目1个。"));
    }

    @Test
    void anAmountWithThreeSignificantDigitsBeforeItsProjectsIsTheirTotalAndARoundOneAClass() {
        // 4280亿元项目落户: no class bound is written to four digits; 500万元投资建设项目 is a class like 亿元项目
        assertEquals(List.of("4280亿元"), texts("4280亿元项目落户江南"));
        assertEquals(List.of("9个"), texts("实施500万元投资建设项目9个。"));
        assertEquals(List.of("6个"), texts("全县1.5亿元项目6个。"));
    }
}
