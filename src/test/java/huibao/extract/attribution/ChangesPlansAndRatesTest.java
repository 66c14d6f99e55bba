package huibao.extract.attribution;

import huibao.model.Fact;
import huibao.model.Measure;
import huibao.model.Period;
import org.junit.jupiter.api.Test;

import java.util.List;

import static huibao.extract.attribution.ProjectExtractor.fact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The measure real reports give a figure when they write a change as an amount, growth in other
 * words, a plan beside what was done against it, a forecast list, a prior-year base, and named rates
 * in a 分别 list (issue 10, round 3).
 */
class ChangesPlansAndRatesTest {

    private static List<Fact> facts(String text) {
        return ProjectExtractor.facts(text, new Period(2025, 1, 9, "1-9月"));
    }

    private static void assertRead(String indicator, Measure measure, Fact f) {
        assertEquals(indicator + "/" + measure, f.indicator() + "/" + f.measure(), f.text() + " in " + f.sentence());
    }

    @Test
    void readsAnIncreaseWrittenAsAnAmountAsAChange() {
        List<Fact> fs = facts("全镇税收收入3.1亿元，同比增收4270万元，增长15.9%。龙腾机械一季度增长8600万元，实现产值5.4亿元。"
                + "全县实际到位资金增加1.7亿元。合同外资比上年同期净增360万美元。省外资金较去年同期减收2.2亿元。");
        assertEquals(Measure.YOY_ABS, fact(fs, "4270万元").measure());
        assertEquals(Measure.YOY_ABS, fact(fs, "8600万元").measure());
        assertEquals(Measure.VALUE, fact(fs, "5.4亿元").measure());
        assertRead("domestic_capital_actual", Measure.YOY_ABS, fact(fs, "1.7亿元"));
        assertRead("fdi_contracted", Measure.YOY_ABS, fact(fs, "360万美元"));
        assertEquals(Measure.YOY_ABS, fact(fs, "2.2亿元").measure());
        assertTrue(fact(fs, "2.2亿元").value().signum() < 0, "a fall in revenue is negative");
    }

    @Test
    void keepsANetIncreaseWithoutAComparisonALevel() {
        List<Fact> fs = facts("今年以来外资市场主体净增3户，增长较快的签约项目有6个。");
        assertEquals(Measure.VALUE, fact(fs, "3户").measure());
        assertEquals(Measure.VALUE, fact(fs, "6个").measure());
    }

    @Test
    void readsAnIncreaseOverEarlierMonthsAsAChangeAgainstThem() {
        List<Fact> fs = facts("全市新签约项目46个，比前7个月新增加9个。");
        Fact added = fact(fs, "9个");
        assertRead("projects_signed", Measure.YOY_ABS, added);
        assertEquals("前7个月", added.versus());
        List<Fact> yearAgo = facts("全市新签约项目46个，比去年同期增加9个。");
        assertNull(fact(yearAgo, "9个").versus(), "a year-on-year change needs no versus");
    }

    @Test
    void readsGrowthLinkedFromTheClauseBefore() {
        List<Fact> fs = facts("分产业看，第二产业到位资金同比增速最快，达26.8%；第三产业到位资金增速达到14.1%。");
        assertRead("domestic_capital_actual", Measure.YOY, fact(fs, "26.8%"));
        assertRead("domestic_capital_actual", Measure.YOY, fact(fs, "14.1%"));
        List<Fact> level = facts("全县到位资金18.2亿元，达6.5%。");
        assertNotEquals(Measure.YOY, fact(level, "6.5%").measure(), "a clause before with its own figure lends no cue");
    }

    @Test
    void readsArrivedMoneyNamedByAVerbWithItsGrowth() {
        List<Fact> fs = facts("新签约项目14个。全区资金到位7.3亿元，增长10.6%。");
        assertRead("domestic_capital_actual", Measure.VALUE, fact(fs, "7.3亿元"));
        assertRead("domestic_capital_actual", Measure.YOY, fact(fs, "10.6%"));
    }

    @Test
    void readsAPlanAndWhatWasDoneAgainstIt() {
        List<Fact> fs = facts("全镇重点项目22个，总投资96亿元，年度投资计划12.4亿元，1-9月完成投资9.1亿元，完成年度计划的73.4%。"
                + "其中省重点项目5个，年度计划投资4.6亿元，完成投资3.2亿元，完成率69.6%。"
                + "园区重点项目2025年计划投资7.7亿元，截至9月底，累计完成投资5.2亿元，占年计划的67.5%。");
        assertRead("fixed_asset_investment", Measure.TARGET, fact(fs, "12.4亿元"));
        assertRead("fixed_asset_investment", Measure.VALUE, fact(fs, "9.1亿元"));
        assertRead("fixed_asset_investment", Measure.COMPLETION, fact(fs, "73.4%"));
        assertRead("fixed_asset_investment", Measure.TARGET, fact(fs, "4.6亿元"));
        assertRead("fixed_asset_investment", Measure.VALUE, fact(fs, "3.2亿元"));
        assertRead("fixed_asset_investment", Measure.TARGET, fact(fs, "7.7亿元"));
        assertRead("fixed_asset_investment", Measure.VALUE, fact(fs, "5.2亿元"));
    }

    @Test
    void readsAPlannedInvestmentThatACompletionIsMeasuredAgainstAsThePlan() {
        List<Fact> fs = facts("全区重点项目58个，计划投资31.2亿元，完成投资19.7亿元，完成率63.1%。"
                + "青禾公司签订合作协议，计划投资6亿元。计划投资4亿元的冷链物流项目开工，完成投资1.1亿元。");
        assertRead("fixed_asset_investment", Measure.TARGET, fact(fs, "31.2亿元"));
        assertRead("fixed_asset_investment", Measure.VALUE, fact(fs, "19.7亿元"));
        assertRead("other", Measure.VALUE, fact(fs, "6亿元"));
        assertRead("other", Measure.VALUE, fact(fs, "4亿元"));
    }

    @Test
    void keepsEveryFigureOfAPlanATargetWhenNothingIsMeasuredAgainstIt() {
        List<Fact> fs = facts("全年计划实现到位资金90亿元，完成固定资产投资40亿元。");
        assertEquals(Measure.TARGET, fact(fs, "90亿元").measure());
        assertEquals(Measure.TARGET, fact(fs, "40亿元").measure());
    }

    @Test
    void readsAGrowthSetAsAnAimAsATarget() {
        List<Fact> fs = facts("今年按照15%以上的增速设定签约和开工任务。");
        assertEquals(Measure.TARGET, fact(fs, "15%").measure());
        assertEquals("other", fact(fs, "15%").indicator());
    }

    @Test
    void marksEveryFigureOfAForecastList() {
        List<Fact> fs = facts("预计全年到位资金有望突破95亿元，新签约项目有望达到38个，实际使用外资4200万美元；目前已签约项目29个。");
        for (String t : List.of("95亿元", "38个", "4200万美元")) {
            assertTrue(fact(fs, t).scope() != null && fact(fs, t).scope().contains("预计"), t + " is a forecast: " + fact(fs, t).scope());
        }
        Fact now = fact(fs, "29个");
        assertTrue(now.scope() == null || !now.scope().contains("预计"), "after the ； the result is no forecast");
    }

    @Test
    void readsThePriorYearBaseAfterAGrowthAsThatYearsLevel() {
        List<Fact> fs = facts("全县实际使用外资2600万美元，同比增长13.2%，去年同期为2297万美元，完成全年任务4000万美元的65%。"
                + "全县到位资金51.4亿元，同比增长7.5%（上年同期47.8亿元），完成年度目标80亿元的64.3%。");
        assertTrue(fact(fs, "2297万美元").period().label().startsWith("去年同期"), "the base is last year's");
        assertTrue(fact(fs, "47.8亿元").period().label().startsWith("去年同期"), "the base is last year's");
        assertEquals(Measure.TARGET, fact(fs, "4000万美元").measure());
        assertEquals(Measure.COMPLETION, fact(fs, "65%").measure());
    }

    @Test
    void givesEachNamedRateOfARespectiveListItsOwnIndicator() {
        List<Fact> fs = facts("园区入园率、资金到位率、开工率和投产率分别为71%、43.5%、88%和52%。");
        assertRead("projects_signed", Measure.SHARE, fact(fs, "71%"));
        assertRead("domestic_capital_actual", Measure.SHARE, fact(fs, "43.5%"));
        assertRead("projects_started", Measure.SHARE, fact(fs, "88%"));
        assertRead("projects_completed", Measure.SHARE, fact(fs, "52%"));
    }

    @Test
    void givesARateOfARespectiveListThatNoIndicatorNamesOther() {
        List<Fact> fs = facts("新区入园率、达产率和投产率分别为64%、38%和47%。");
        assertEquals("projects_signed", fact(fs, "64%").indicator());
        assertEquals("projects_completed", fact(fs, "38%").indicator()); // 达产率: the share of projects in full production
        assertEquals("projects_completed", fact(fs, "47%").indicator());
    }

    @Test
    void knowsBuiltAndLandedRatesAsRates() {
        List<Fact> fs = facts("开工项目61个，开工率79.2%；建成项目37个，建成率48.1%，落地率66%，履约率83.4%。");
        assertRead("projects_started", Measure.SHARE, fact(fs, "79.2%"));
        assertRead("projects_completed", Measure.VALUE, fact(fs, "37个"));
        assertRead("projects_completed", Measure.SHARE, fact(fs, "48.1%"));
        assertRead("projects_signed", Measure.SHARE, fact(fs, "66%"));
        assertRead("contract_fulfillment_rate", Measure.VALUE, fact(fs, "83.4%"));
    }

    @Test
    void aFloorOrAStretchGoalUnderAHeadingIsATargetOfTheHeadingsIndicator() {
        List<Fact> fs = facts("实际利用外资：底线目标7亿美元，增长8%；奋斗目标8亿美元，增长12%。"
                + "内联引资：保底目标150亿元；冲刺目标165亿元。进出口总额：底线目标21亿美元，增长5%。");
        assertRead("fdi_actual", Measure.TARGET, fact(fs, "7亿美元"));
        assertRead("fdi_actual", Measure.TARGET, fact(fs, "8亿美元"));
        assertRead("domestic_capital_actual", Measure.TARGET, fact(fs, "150亿元"));
        assertRead("domestic_capital_actual", Measure.TARGET, fact(fs, "165亿元"));
        assertRead(Fact.OTHER, Measure.TARGET, fact(fs, "21亿美元"));
        assertRead(Fact.OTHER, Measure.YOY, fact(fs, "5%"));
    }
}
