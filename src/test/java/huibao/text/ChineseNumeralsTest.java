package huibao.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ChineseNumeralsTest {

    private static void assertReads(String expected, String numeral) {
        BigDecimal actual = ChineseNumerals.parse(numeral);
        assertEquals(0, new BigDecimal(expected).compareTo(actual),
                () -> numeral + " read as " + actual.toPlainString() + ", expected " + expected);
    }

    /** The numeral at {@code start} of {@code sentence}, as the fact extractor would cut it. */
    private static String numeralAt(String sentence, int start) {
        return sentence.substring(start, ChineseNumerals.numeralEnd(sentence, start));
    }

    @Test
    void readsArabicFiguresWithThousandsSeparatorsAndDecimals() {
        assertReads("5450.3", "5,450.3");
        assertReads("1234", "1,234");
        assertReads("1050000000", "1,050,000,000");
        assertReads("16.7", "16.7");
    }

    @Test
    void readsOneDigitInEveryFormButNoUnit() {
        assertEquals(7, ChineseNumerals.digitValue('7'));
        assertEquals(7, ChineseNumerals.digitValue('７'));
        assertEquals(7, ChineseNumerals.digitValue('七'));
        assertEquals(7, ChineseNumerals.digitValue('柒'));
        assertEquals(0, ChineseNumerals.digitValue('〇'));
        assertEquals(0, ChineseNumerals.digitValue('○')); // 二○二四年, as dates are often typed
        assertEquals(-1, ChineseNumerals.digitValue('十'));
        assertEquals(-1, ChineseNumerals.digitValue('几'));
    }

    @Test
    void readsFullWidthDigits() {
        assertReads("123", "１２３");
        assertReads("12.5", "１２．５");
    }

    @Test
    void readsTheCountOfSignedProjects() {
        String sentence = "新签约项目二十六个，总投资一百零五亿元";
        assertEquals("二十六", numeralAt(sentence, 5));
        assertReads("26", numeralAt(sentence, 5));
        assertEquals("一百零五亿", numeralAt(sentence, 13));
        assertReads("10500000000", numeralAt(sentence, 13));
    }

    @Test
    void readsZeroAsAGapBetweenPlaces() {
        assertReads("105", "一百零五");
        assertReads("3050", "三千零五十");
        assertReads("500000006", "五亿零六");
        assertReads("10500", "一万零五百");
    }

    @Test
    void readsLiangAndUnitsWithoutALeadingDigit() {
        assertReads("200", "两百");
        assertReads("15", "十五");
        assertReads("10000000000", "百亿");
        assertReads("108000", "十万八千");
    }

    @Test
    void readsFinancialAndTraditionalForms() {
        assertReads("150", "壹佰伍拾");
        assertReads("3050", "叁仟零伍拾");
        assertReads("2450", "兩千四百五");
        assertReads("1200000000", "十二億");
    }

    @Test
    void readsChineseDecimals() {
        assertReads("3.5", "三点五");
        assertReads("0.05", "零点零五");
        assertReads("16.7", "十六点七");
    }

    @Test
    void readsArabicFiguresBeforeChineseUnits() {
        assertReads("12000", "1.2万");
        assertReads("3000", "3千");
        assertReads("5000000", "5百万");
        assertReads("250000000", "2.5亿");
        assertReads("110090000000", "1,100.9亿");
        assertReads("34000", "3万4000");
        assertReads("1020", "1千零20");
    }

    @Test
    void readsATrailingDigitInTheNextLowerPlace() {
        assertReads("12000", "一万二");
        assertReads("350", "三百五");
        assertReads("2300.1", "两千三点一");
        assertReads("1005", "一千零五");
    }

    @Test
    void multipliesStackedBigUnits() {
        assertReads("1200000000000", "1.2万亿");
        assertReads("400000000", "四万万");
        assertReads("1500000000000", "一万五千亿");
    }

    @Test
    void readsNegatives() {
        assertReads("-5", "负五");
        assertReads("-3.2", "-3.2");
        assertReads("-3.2", "－3.2");
    }

    @Test
    void readsWholeStringsWithSpacesFractionsAndApproximations() {
        assertReads("152", " 一百 五 十 二 ");
        assertReads("28.1", "28. 1");
        assertReads("0.2", "五分之一");
        assertReads("1.5", "一又二分之一");
        assertReads("0.3333333333333333333333333333333333", "三分之一");
        assertReads("100000", "十多万");
        assertReads("5000000", "500余万");
        assertReads("200000", "二十几万");
        assertReads("5006200045200", "五兆六十二亿四万五千二");
    }

    @Test
    void refusesBareBigUnits() {
        NumberFormatException e = assertThrows(NumberFormatException.class, () -> ChineseNumerals.parse("万"));
        assertEquals("not a numeral: \"万\"", e.getMessage());
        assertThrows(NumberFormatException.class, () -> ChineseNumerals.parse("亿"));
        assertThrows(NumberFormatException.class, () -> ChineseNumerals.parse("万亿"));
    }

    @Test
    void refusesEmptyBlankAndNull() {
        assertEquals("not a numeral: \"\"",
                assertThrows(NumberFormatException.class, () -> ChineseNumerals.parse("")).getMessage());
        assertThrows(NumberFormatException.class, () -> ChineseNumerals.parse(" \u3000"));
        assertThrows(NumberFormatException.class, () -> ChineseNumerals.parse(null));
    }

    @Test
    void refusesDigitRunsThatAreRangesOrYears() {
        assertThrows(NumberFormatException.class, () -> ChineseNumerals.parse("三四"));
        assertThrows(NumberFormatException.class, () -> ChineseNumerals.parse("二〇二一"));
    }

    @Test
    void refusesMalformedFigures() {
        for (String bad : new String[] {"1,23", "12,345,67", "一万二万", "一万二亿", "3点5", "点五", "三点", "1-6",
            "零分之一", "五亿零", "一百十"}) {
            NumberFormatException e = assertThrows(NumberFormatException.class, () -> ChineseNumerals.parse(bad), bad);
            assertTrue(e.getMessage().contains("\"" + bad + "\""), e.getMessage());
        }
    }

    @Test
    void takesTheWholeFigureBeforeItsUnit() {
        assertEquals("三千零五十万", numeralAt("引进市外到位资金三千零五十万元", 8));
        assertEquals("1.2万", numeralAt("接待客商1.2万人次", 4));
        assertEquals("16.7亿", numeralAt("实际使用外资16.7亿美元，增长32.8%", 6));
        assertEquals("32.8", numeralAt("实际使用外资16.7亿美元，增长32.8%", 16));
        assertEquals("1,234,567", numeralAt("完成投资1,234,567元", 4));
    }

    @Test
    void leavesUnitsWithoutAFigureAlone() {
        assertEquals("", numeralAt("万达集团投资建设", 0));
        assertEquals("", numeralAt("亿元以上项目", 0));
    }

    @Test
    void readsAHyphenBetweenFiguresAsARange() {
        String period = "1-6月";
        assertEquals(1, ChineseNumerals.numeralEnd(period, 0));
        assertEquals(1, ChineseNumerals.numeralEnd(period, 1));
        assertEquals(3, ChineseNumerals.numeralEnd(period, 2));
        assertEquals("-12.5", numeralAt("同比增长-12.5%", 4));
        assertEquals("负5.2", numeralAt("增速为负5.2%", 3));
    }

    @Test
    void stopsWhereTheExtractorMustJudge() {
        assertEquals("60", numeralAt("外出招商60余批次", 4));
        assertEquals("100", numeralAt("建设100兆瓦光伏电站", 2));
        assertEquals("三", numeralAt("三四个项目", 0));
        assertEquals("28. 1", numeralAt("增长28. 1%", 2));
        assertEquals("28", numeralAt("共计28.\n1、招商", 2));
        assertEquals("3", numeralAt("下午3点召开", 2));
        assertEquals("一", numeralAt("一是加强招商", 0));
        assertEquals("一", numeralAt("一季度", 0));
    }

    @Test
    void leavesWordsMadeOfNumeralCharactersAlone() {
        assertEquals("", numeralAt("加强招商队伍建设", 5));
        assertEquals("", numeralAt("项目陆续开工", 2));
        assertEquals("", numeralAt("汽车零部件产业", 2));
        assertEquals("", numeralAt("负零增长", 0));
        assertEquals("伍佰万", numeralAt("注册资金伍佰万元", 4));
    }

    @Test
    void answersAtTheEndAndRefusesOffsetsOutside() {
        assertEquals(3, ChineseNumerals.numeralEnd("共五个", 3));
        assertThrows(IndexOutOfBoundsException.class, () -> ChineseNumerals.numeralEnd("共五个", 4));
        assertThrows(IndexOutOfBoundsException.class, () -> ChineseNumerals.numeralEnd("共五个", -1));
    }

    @Test
    void tellsNumeralCharactersFromSignsAndPoints() {
        for (char c : "0９一两〇零拾百万億".toCharArray()) {
            assertTrue(ChineseNumerals.isNumeralChar(c), String.valueOf(c));
        }
        for (char c : "点.,负-兆个%a".toCharArray()) {
            assertFalse(ChineseNumerals.isNumeralChar(c), String.valueOf(c));
        }
    }
}
