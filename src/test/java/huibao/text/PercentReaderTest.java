package huibao.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PercentReaderTest {

    private static void assertPercent(String expected, String written) {
        Optional<BigDecimal> actual = PercentReader.parse(written);
        assertTrue(actual.isPresent(), written + " not read as a percent");
        assertEquals(0, new BigDecimal(expected).compareTo(actual.get()),
                () -> written + " read as " + actual.get().toPlainString() + "%, expected " + expected);
    }

    private static void assertNoPercent(String written) {
        assertEquals(Optional.empty(), PercentReader.parse(written), written);
    }

    /** The percent at {@code start} of {@code sentence}, as the fact extractor would cut it. */
    private static String percentAt(String sentence, int start) {
        return sentence.substring(start, PercentReader.percentEnd(sentence, start));
    }

    @Test
    void readsPercentSigns() {
        assertPercent("35", "35%");
        assertPercent("35.5", "35.5％");
        assertPercent("32.8", "32.8﹪");
        assertPercent("11.7", "11.7 %");
        assertPercent("-12.5", "-12.5%");
    }

    @Test
    void readsBaiFenZhi() {
        assertPercent("35", "百分之三十五");
        assertPercent("12.5", "百分之十二点五");
        assertPercent("120", "百分之一百二十");
        assertPercent("100", "百分之百");
        assertPercent("3.2", "百分之3.2");
    }

    @Test
    void readsPerMilleInPercent() {
        assertPercent("0.5", "千分之五");
        assertPercent("0.5", "5‰");
        assertPercent("0.03", "万分之三");
    }

    @Test
    void readsTenthsWrittenWithCheng() {
        assertPercent("30", "三成");
        assertPercent("35", "三成半");
        assertPercent("90", "九成");
        assertPercent("76", "七成六");
        assertPercent("5", "半成");
    }

    @Test
    void keepsPercentagePointsApartFromPercents() {
        assertNoPercent("35个百分点");
        assertEquals(Optional.of(new BigDecimal("13.5")), PercentReader.parsePoints("13.5个百分点"));
        assertEquals(Optional.of(new BigDecimal("2")), PercentReader.parsePoints("两个百分点"));
        assertEquals(Optional.of(new BigDecimal("6")), PercentReader.parsePoints("六個百分點"));
        assertEquals(Optional.empty(), PercentReader.parsePoints("35%"));
        assertEquals(Optional.empty(), PercentReader.parsePoints("百分点"));
    }

    @Test
    void refusesWhatIsNoPercent() {
        assertNoPercent("");
        assertNoPercent("35");
        assertNoPercent("百分之");
        assertNoPercent("%");
        assertNoPercent("百分之万");
        assertNoPercent("一成不变");
        assertNoPercent("八折");
        assertNoPercent("百分之五%");
        assertNoPercent(null);
    }

    @Test
    void findsPercentsInReportSentences() {
        assertEquals("59.2%", percentAt("占全市实际使用外资的59.2%", 10));
        assertEquals("百分之十二点五", percentAt("合同外资增长百分之十二点五，", 6));
        assertEquals("七成", percentAt("七成以上项目已开工", 0));
        assertEquals("11.7 %", percentAt("增长11.7 %，", 2));
        assertEquals("-3.2%", percentAt("同比增长-3.2%", 4));
    }

    @Test
    void findsNoPercentWhereThereIsNone() {
        assertEquals("", percentAt("提高2个百分点", 2));
        assertEquals("", percentAt("百分比", 0));
        assertEquals("", percentAt("新签约项目25个", 5));
        assertEquals("", percentAt("百分之-5", 0));
    }
}
