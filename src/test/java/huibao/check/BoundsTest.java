package huibao.check;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import static huibao.check.HandWrittenReports.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The values a printed figure stands for, in its base unit, over figures extraction reads from one
 * city report.
 */
class BoundsTest {

    @RegisterExtension
    static final HandWrittenReports desk = HandWrittenReports.desk();
    static HandWrittenReports.Checked city;

    @BeforeAll
    static void read() throws IOException {
        city = desk.check(report("city.txt", """
                    澜州市2024年1-6月招商引资工作情况汇报
                    1-6月，全市实际使用外资23.8亿美元，同比增长32.8%，其中制造业实际使用外资16.7亿美元，占全市的70.4%。\
                    全市新签约项目52个，合同外资6500万美元，带动新增就业1.5万人。全市在谈项目约10个，到位内资XX亿元。\
                    一季度签约的25个项目中已开工建设18个，履约率72%。
                    """));
    }

    @AfterAll
    static void forget() {
        city = null;
    }

    static Bounds of(String text) {
        return Bounds.of(city.fact(text));
    }

    /** "[lo, hi]" with the numbers in plain notation, rounded to {@code places} decimals. */
    static String range(Bounds b, int places) {
        return "[" + plain(b.lo(), places) + ", " + plain(b.hi(), places) + "]";
    }

    static String plain(BigDecimal v, int places) {
        return v.setScale(places, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    @Test
    void aDecimalStandsForEveryValueThatRoundsToIt() {
        // 16.7亿美元: from 16.65亿 to 16.75亿美元
        Bounds b = of("16.7亿美元");
        assertEquals("[1665000000, 1675000000]", range(b, 0));
        assertEquals(new BigDecimal("1670000000"), b.point().setScale(0, RoundingMode.UNNECESSARY));
        assertEquals(1, b.places());
    }

    @Test
    void aWholeCountIsExact() {
        assertEquals("[52, 52]", range(of("52个"), 0));
    }

    @Test
    void aWholeAmountIsExact() {
        // reports write round targets and amounts: 6500万美元 is taken at its word
        assertEquals("[65000000, 65000000]", range(of("6500万美元"), 0));
    }

    @Test
    void theLastPrintedDigitSetsThePrecisionWhateverTheUnit() {
        // 1.5万人 is 14500 to 15500 people, not 14999.95 to 15000.05
        assertEquals("[14500, 15500]", range(of("1.5万人"), 0));
    }

    @Test
    void aPercentIsAlwaysRounded() {
        assertEquals("[71.5, 72.5]", range(of("72%"), 2));
        assertEquals("[32.75, 32.85]", range(of("32.8%"), 2));
    }

    @Test
    void aHedgedOrMaskedFigureHasNoBounds() {
        assertTrue(city.fact("10个").approx());
        assertNull(of("10个"));
        assertNull(of("XX亿元"));
    }

    @Test
    void aShareOfTwoRoundedFiguresRunsFromCornerToCorner() {
        // 16.65 ÷ 23.85 to 16.75 ÷ 23.75
        Bounds share = of("16.7亿美元").percentOf(of("23.8亿美元"));
        assertEquals("[69.8113, 70.5263]", range(share, 4));
        assertEquals("70.1681", plain(share.point(), 4));
    }

    @Test
    void aShareThatHoldsOnlyThroughRoundingOverlapsButPrintsOtherwise() {
        Bounds implied = of("16.7亿美元").percentOf(of("23.8亿美元"));
        Bounds stated = of("70.4%");
        assertTrue(implied.overlaps(stated));
        assertTrue(implied.pointPrintsOtherThan(stated), "70.17% prints as 70.2%, not 70.4%");
        assertFalse(implied.pointPrintsOtherThan(Bounds.exact(new BigDecimal("70.2"))));
    }

    @Test
    void aQuotientOfExactCountsIsExact() {
        Bounds rate = of("18个").percentOf(of("25个"));
        assertEquals("[72, 72]", range(rate, 4));
        assertTrue(rate.overlaps(of("72%")));
        assertFalse(rate.overlaps(Bounds.exact(new BigDecimal("72.6"))));
    }

    @Test
    void aSumWidensByEachFiguresHalfUnit() {
        Bounds sum = Bounds.sum(List.of(of("16.7亿美元"), of("6500万美元"), of("23.8亿美元")));
        // 16.7亿 + 0.65亿 + 23.8亿 = 41.15亿, give or take 0.05亿 twice
        assertEquals("[4105000000, 4125000000]", range(sum, 0));
        assertEquals("4115000000", plain(sum.point(), 0));
    }

    @Test
    void growthFromLastYearsLevelIsAPercentChange() {
        // 23.8亿 against 16.7亿: +42.51%, from 23.75 ÷ 16.75 to 23.85 ÷ 16.65
        Bounds growth = of("23.8亿美元").growthFrom(of("16.7亿美元"));
        assertEquals("[41.791, 43.2432]", range(growth, 4));
        assertEquals("42.515", plain(growth.point(), 4));
    }

    @Test
    void figuresOverlapWhenSomeValueLiesInBoth() {
        Bounds b = of("16.7亿美元");
        assertTrue(b.overlaps(Bounds.exact(new BigDecimal("1674900000"))));
        assertFalse(b.overlaps(Bounds.exact(new BigDecimal("1676000000"))));
        assertFalse(of("52个").overlaps(Bounds.exact(new BigDecimal("53"))));
    }
}
