package huibao.extract.period;

import static org.junit.jupiter.api.Assertions.assertEquals;

import huibao.config.Dictionaries;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PeriodPhraseFinderTest {

    private static PeriodPhraseFinder finder;

    @BeforeAll
    static void load() {
        finder = new PeriodPhraseFinder(Dictionaries.packaged());
    }

    private static List<String> labels(String text) {
        return finder.find(text).stream().map(p -> text.substring(p.span().start(), p.span().end())).toList();
    }

    @Test
    void aNumberOpensAPeriodOnlyBeforeAYearAMonthOrARangesDash() {
        assertEquals(List.of("2024年1-6月", "12 月份"),
                labels("2024年1-6月，新签约项目25个，总投资123.5亿元；12 月份到位资金3亿元"));
        assertEquals(List.of("一至九月", "20XX年"), labels("一至九月引进项目12个，二是落地企业8家，20XX年外资到位"));
        assertEquals(List.of("1 — 5月份"), labels("实现增长15%，1 — 5月份完成"));
    }

    @Test
    void aFixedPhraseOpeningWithANumeralIsFoundWhereverItStands() {
        assertEquals(List.of("一季度", "前三季度"), labels("一季度新签约项目18个，前三季度实际使用外资2.1亿美元"));
    }

    @Test
    void numbersOfCountsAndAmountsOpenNoPeriod() {
        assertEquals(List.of(), labels("新签约项目25个，总投资123.5亿元，增长32.8%，居全省第三位"));
    }
}
