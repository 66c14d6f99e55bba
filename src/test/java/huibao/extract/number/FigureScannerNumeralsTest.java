package huibao.extract.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import huibao.config.Dictionaries;
import huibao.extract.FactExtractor;
import huibao.model.Fact;
import huibao.model.Measure;
import huibao.model.Period;
import huibao.model.Report;
import huibao.model.Span;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import huibao.model.UnitKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Numerals read inside a sentence: the numeral's own characters stay in the number, a multiplier
 * is a unit's prefix only after a complete number, and what cannot be read whole is reported as
 * unreadable rather than read in part.
 */
class FigureScannerNumeralsTest {

    private static final Dictionaries DICTIONARIES = Dictionaries.of(Path.of("dictionaries"));
    private static final FactExtractor EXTRACTOR = new FactExtractor(DICTIONARIES);
    private static final FigureScanner SCANNER = ProjectScanner.SCANNER;

    private static Figure only(String sentence) {
        FigureScanner.Scan scan = SCANNER.scan(sentence, 0);
        assertEquals(List.of(), scan.unreadable(), "unreadable in " + sentence);
        assertEquals(1, scan.figures().size(), "figures of " + sentence + ": " + scan.figures());
        return scan.figures().get(0);
    }

    private static BigDecimal base(Figure f) {
        return f.unit().toBase(f.value());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // a multiplier inside a compound numeral belongs to the number
        "今年引进企业二百零三万五千家。|二百零三万五千家|2035000|家",
        "累计接待客商六千万零八千人次。|六千万零八千人次|60008000|人次",
        "带动就业三十二亿六千零七万人。|三十二亿六千零七万人|3260070000|人",
        "新增注册企业一万二千户。|一万二千户|12000|户",
        // a multiplier after a complete number is the unit's prefix
        "完成技改投资5.27亿元。|5.27亿元|527000000|亿元",
        "引进内资4千万元。|4千万元|40000000|千万元",
        "合同外资3千5百万美元。|3千5百万美元|35000000|万美元",
        "协议投资2.6万亿元。|2.6万亿元|2600000000000|万亿元",
        "服务企业1.8万家。|1.8万家|18000|万家",
        "到位资金两千万元。|两千万元|20000000|千万元",
        "新增用地三百万平方米。|三百万平方米|3000000|百万平方米",
        // financial and traditional capitals
        "签订合同金额贰仟叁佰万元。|贰仟叁佰万元|23000000|万元",
        "项目保证金肆拾伍万元。|肆拾伍万元|450000|万元",
        "已付款柒佰零捌元。|柒佰零捌元|708|元",
        "共走访企業兩千四百家。|兩千四百家|2400|家",
        // hedged and spaced numerals
        "参会客商二十几万人次。|二十几万人次|200000|万人次",
        "引进资金三千 五百 万元。|三千 五百 万元|35000000|万元",
    })
    void readsTheNumeralWholeAndTheUnitAfterIt(String sentence, String text, String baseValue, String unit) {
        Figure f = only(sentence);
        assertEquals(text, f.text());
        assertEquals(unit, f.unit().written());
        assertEquals(0, new BigDecimal(baseValue).compareTo(base(f)), "base of " + f.text() + ": " + base(f));
    }

    @Test
    void theYueOfAWordIsNoHedge() {
        // 签约 and 履约 end in 约, which hedges only when it stands alone before the figure
        assertFalse(only("本季度新区履约17个。").approx());
        assertFalse(only("力争全年签约*个重大项目。").approx());
        assertTrue(only("本季度新区签约项目约17个。").approx());
    }

    @Test
    void aNumeralOfTensOfThousandsKeepsItsValueAndIsHedged() {
        Figure f = only("参会客商二十几万人次。");
        assertTrue(f.approx());
        assertEquals(0, new BigDecimal("20").compareTo(f.value()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "利润同比增长负4.2%。|负4.2%|-4.2",
        "利润增长負十二%。|負十二%|-12",
        "外资增长-0.6%。|-0.6%|-0.6",
        "利润率提高千分之八。|千分之八|0.8",
        "占比达到百 分 之 三十五。|百 分 之 三十五|35",
    })
    void readsSignedAndWrittenOutPercents(String sentence, String text, String percent) {
        Figure f = only(sentence);
        assertEquals(text, f.text());
        assertEquals(0, new BigDecimal(percent).compareTo(base(f)), "percent of " + f.text() + ": " + base(f));
    }

    @Test
    void aPercentagePointInTraditionalOrSpacedCharactersIsOne() {
        Figure f = only("占比提高三點五個百分點。");
        assertEquals(0, new BigDecimal("3.5").compareTo(base(f)));
        assertEquals(huibao.model.BaseUnit.PP, f.unit().base());
        assertEquals("三點五個百分點", f.text());
        Figure spaced = only("占比提高八 个 百 分点。");
        assertEquals(0, new BigDecimal("8").compareTo(base(spaced)));
        assertEquals(huibao.model.BaseUnit.PP, spaced.unit().base());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "全区实际使用外资同比增长负6.4%。|-6.4",
        "全区实际使用外资同比下降负6.4%。|-6.4",
        "全区实际使用外资同比下降6.4%。|-6.4",
        "全区实际使用外资同比增长6.4%。|6.4",
    })
    void aSignWrittenWith负CountsOnceWithTheMeasure(String sentence, String yoy) {
        List<Fact> facts = EXTRACTOR.extract(report(sentence)).facts();
        assertEquals(1, facts.size(), facts.toString());
        assertEquals(Measure.YOY, facts.get(0).measure());
        assertEquals(0, new BigDecimal(yoy).compareTo(facts.get(0).baseValue()), "yoy of " + sentence);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "全县新签约项目三百零二万四千个。|3024000",
        "全县新签约项目七千万零九千个。|70009000",
        "全县新签约项目十二亿三千零八万个。|1230080000",
        "全县签约项目总投资叁佰贰拾万元。|3200000",
        "全县签约项目总投资两千万元。|20000000",
    })
    void theFactCarriesTheWholeNumeral(String sentence, String baseValue) {
        List<Fact> facts = EXTRACTOR.extract(report(sentence)).facts();
        assertEquals(1, facts.size(), facts.toString());
        assertEquals(0, new BigDecimal(baseValue).compareTo(facts.get(0).baseValue()), "base of " + facts.get(0).text());
    }

    private static Report report(String text) {
        return new Report("t.txt", "t.txt", null, null, null, new Span(0, text.length()), text, null, null, false,
                null, new Period(2024, 1, 6, "1-6月"));
    }

    @Test
    void tenthsToldBy成ArePercents() {
        assertEquals(0, new BigDecimal("40").compareTo(base(only("出口增长四成。"))));
        Figure f = only("占比超过六成以上。");
        assertEquals(0, new BigDecimal("60").compareTo(base(f)));
        assertTrue(f.approx());
        assertEquals(0, new BigDecimal("76").compareTo(base(only("到位率达七成六。"))));
        assertEquals(0, new BigDecimal("35").compareTo(base(only("占比三成半。"))));
    }

    @Test
    void aFractionIsReadWholeNeverItsNumeratorAlone() {
        Figure f = only("已完成项目三分之二个。");
        assertEquals("三分之二个", f.text());
        assertEquals(0, new BigDecimal("0.6666666666666666666666666666666667").compareTo(f.value()));
        Figure share = only("约三分之一的企业已投产。");
        assertEquals(UnitKind.PERCENT, share.unitKind(), "with no unit after it a fraction is a share");
        assertTrue(share.approx());
    }

    @Test
    void aNumeralThatCannotBeReadWholeIsReportedNotReadInPart() {
        FigureScanner.Scan scan = SCANNER.scan("新建厂房三四五栋。", 0);
        assertEquals(List.of(), scan.figures());
        assertEquals(1, scan.unreadable().size());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "吸引几十家企业落户。",
        "带动数百万元投资。",
        "新签约项目七 八个。",
    })
    void severalOrAPairOfDigitsIsUnreadableNeverAValue(String sentence) {
        FigureScanner.Scan scan = SCANNER.scan(sentence, 0);
        assertEquals(List.of(), scan.figures());
        assertEquals(1, scan.unreadable().size());
    }

    @Test
    void aCountOfSomethingStaysACount() {
        assertEquals(List.of("十个"), SCANNER.scan("项目总数十个。", 0).figures().stream().map(Figure::text).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "招商队伍12支。|12支",
        "陆续签约项目8个。|8个",
        "一成不变地抓好5个项目。|5个",
        "投产项目共10 5个。|5个",
    })
    void wordsWrittenWithNumeralCharactersStayWords(String sentence, String text) {
        FigureScanner.Scan scan = SCANNER.scan(sentence, 0);
        assertEquals(List.of(text), scan.figures().stream().map(Figure::text).toList());
        assertFalse(scan.figures().get(0).approx());
    }

    @Test
    void theSpokenGeIsAHundredMillionYuanNotACount() {
        Figure added = only("全年固定资产投资多了60个亿。");
        assertEquals(0, new BigDecimal("6000000000").compareTo(base(added)));
        assertEquals(UnitKind.MONEY, added.unitKind());
        assertEquals(UnitKind.MONEY, only("引进项目投资总额八十个亿元。").unitKind());
        assertEquals(UnitKind.MONEY, only("利用外资2.5个亿美元。").unitKind());
        assertEquals(UnitKind.MONEY, only("到位资金超过30个亿以上。").unitKind());
    }

    @Test
    void aCountBeforeASpokenSizeClassStaysACount() {
        for (String sentence : List.of("全县新开工12个亿元以上工业项目。", "街道引进三个亿元项目。", "签约的800个亿元以上项目中")) {
            Figure count = SCANNER.scan(sentence, 0).figures().get(0);
            assertEquals(UnitKind.COUNT, count.unitKind(), sentence);
        }
    }

    @Test
    void aChineseFractionIsAShare() {
        Figure twoThirds = only("新落户企业中四分之三来自长三角。");
        assertEquals(UnitKind.PERCENT, twoThirds.unitKind());
        assertEquals(0, new BigDecimal("75").compareTo(base(twoThirds)));
        Figure third = only("外资企业占全县近三分之一。");
        assertTrue(third.approx());
        assertEquals(0, new BigDecimal("33.33").compareTo(base(third)));
        assertEquals(0, new BigDecimal("10").compareTo(base(only("税收增量的十分之一来自园区。"))));
    }

    @Test
    void aHedgeOnAHalfOrAShareOfAWholeMakesItApproximate() {
        for (String sentence : List.of("外资企业产值接近一半。", "签约额占全省近一半。", "新签项目将近一半为制造业。",
                "超过一半的项目已开工。", "园区税收几乎占到全县税收总额的一半。", "完成投资接近全市总额的四成。", "园区产值超过全县总产值的三分之一。")) {
            List<Figure> found = SCANNER.scan(sentence, 0).figures();
            Figure share = found.get(found.size() - 1);
            assertEquals(UnitKind.PERCENT, share.unitKind(), sentence);
            assertTrue(share.approx(), sentence);
        }
        List<Figure> found = SCANNER.scan("超过5000万元的项目占全部签约额的一半。", 0).figures();
        assertFalse(found.get(found.size() - 1).approx(), found.toString());
        found = SCANNER.scan("实际完成额超过年度任务的12%。", 0).figures();
        assertFalse(found.get(found.size() - 1).approx(), "exceeding a target by 12% is no hedged share");
    }
}
