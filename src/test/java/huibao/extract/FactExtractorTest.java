package huibao.extract;

import huibao.config.Dictionaries;
import huibao.model.BaseUnit;
import huibao.model.Fact;
import huibao.model.Measure;
import huibao.model.Period;
import huibao.model.Report;
import huibao.model.Span;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Figures of the genre, each in a sentence of its own, read into facts. */
class FactExtractorTest {

    private static final FactExtractor EXTRACTOR = new FactExtractor(Dictionaries.of(Path.of("dictionaries")));

    static List<Fact> facts(String text) {
        Report r = new Report("t.txt", "t.txt", null, null, null, new Span(0, text.length()), text, null, null, false,
                null, new Period(2024, 1, 6, "1-6月"));
        List<Fact> facts = EXTRACTOR.extract(r).facts();
        for (Fact f : facts) {
            assertEquals(f.text(), text.substring(f.span().start(), f.span().end()), "span of " + f.text());
        }
        return facts;
    }

    static Fact fact(List<Fact> facts, String text) {
        return facts.stream().filter(f -> f.text().equals(text)).findFirst()
                .orElseGet(() -> fail("no fact '" + text + "' among " + facts.stream().map(Fact::text).toList()));
    }

    static void assertFact(Fact f, String indicator, Measure measure, String baseValue, BaseUnit base) {
        assertEquals(indicator, f.indicator(), "indicator of " + f.text());
        assertEquals(measure, f.measure(), "measure of " + f.text());
        assertEquals(base, f.baseUnit(), "base unit of " + f.text());
        if (baseValue == null) {
            assertNull(f.baseValue());
        } else {
            assertEquals(0, new BigDecimal(baseValue).compareTo(f.baseValue()), "base value of " + f.text());
        }
    }

    @Test
    void convertsYiYuanExactlyAndAttributesGrowthToTheSameIndicator() {
        List<Fact> fs = facts("全区实际到位市外资金38.6亿元，同比增长12.3%。");
        assertEquals(2, fs.size());
        assertFact(fs.get(0), "domestic_capital_actual", Measure.VALUE, "3860000000", BaseUnit.CNY);
        assertEquals("38.6亿元", fs.get(0).text());
        assertFact(fs.get(1), "domestic_capital_actual", Measure.YOY, "12.3", BaseUnit.PERCENT);
    }

    @Test
    void readsForeignCapitalWithItsRankAndGrowth() {
        List<Fact> fs = facts("上半年实际使用外资2.35亿美元，总量居全市第二位，增长15.2%。");
        assertFact(fact(fs, "2.35亿美元"), "fdi_actual", Measure.VALUE, "235000000", BaseUnit.USD);
        Fact rank = fact(fs, "第二位");
        assertFact(rank, "fdi_actual", Measure.RANK, "2", BaseUnit.RANK);
        assertEquals("全市", rank.versus());
        assertFact(fact(fs, "15.2%"), "fdi_actual", Measure.YOY, "15.2", BaseUnit.PERCENT);
    }

    @Test
    void makesADeclineNegative() {
        Fact f = fact(facts("合同外资8600万美元，同比下降8.5%。"), "8.5%");
        assertFact(f, "fdi_contracted", Measure.YOY, "-8.5", BaseUnit.PERCENT);
    }

    @Test
    void keepsANegativeGrowthAsWritten() {
        Fact f = fact(facts("实际利用外资1200万美元，增长-3.2%。"), "-3.2%");
        assertFact(f, "fdi_actual", Measure.YOY, "-3.2", BaseUnit.PERCENT);
    }

    @Test
    void readsGrowthAsAMultiple() {
        List<Fact> fs = facts("第三产业项目固定资产投入3.1亿元，增长2.5倍；注册资本较上年翻一番。");
        assertFact(fact(fs, "2.5倍"), "fixed_asset_investment", Measure.YOY, "250", BaseUnit.PERCENT);
        assertFact(fact(fs, "翻一番"), "registered_capital", Measure.YOY, "100", BaseUnit.PERCENT);
        List<Fact> three = facts("全镇税收收入比建镇之初翻了三番。");
        assertEquals(0, new BigDecimal("700").compareTo(fact(three, "翻了三番").baseValue()), "three doublings are exactly +700%");
    }

    @Test
    void readsChineseNumeralCountsButNotArticles() {
        List<Fact> fs = facts("局里组建五支驻外招商小分队，每支由一名科长带队。");
        assertEquals(List.of("五支"), fs.stream().map(Fact::text).toList());
        assertFact(fs.get(0), "other", Measure.VALUE, "5", BaseUnit.COUNT);
    }

    @Test
    void readsAMultiplierBeforeACountUnit() {
        Fact f = fact(facts("全年累计培训招商干部1.2万人次。"), "1.2万人次");
        assertEquals(0, new BigDecimal("1.2").compareTo(f.value()));
        assertFact(f, "other", Measure.VALUE, "12000", BaseUnit.COUNT);
    }

    @Test
    void readsARangeAsOneFactWithBothBounds() {
        Fact f = fact(facts("引进了计划投资6至8亿元的临港冷链物流园项目。"), "6至8亿元");
        assertEquals(0, new BigDecimal("600000000").compareTo(f.baseValue()));
        assertEquals(0, new BigDecimal("800000000").compareTo(f.baseValueMax()));
        assertEquals("other", f.indicator());
        assertEquals("临港冷链物流园项目", f.project());
    }

    @Test
    void readsHedgesOnTheFigureItself() {
        List<Fact> fs = facts("今年以来外出招商40余批次，举办推介会近30场，占比提升超10个百分点，到位资金约2亿元。");
        assertTrue(fact(fs, "40余批次").approx());
        assertFact(fact(fs, "40余批次"), "outreach_trips", Measure.VALUE, "40", BaseUnit.COUNT);
        assertTrue(fact(fs, "30场").approx());
        assertFact(fact(fs, "30场"), "promotion_events", Measure.VALUE, "30", BaseUnit.COUNT);
        assertTrue(fact(fs, "10个百分点").approx());
        assertTrue(fact(fs, "2亿元").approx());
    }

    @Test
    void marksMaskedAndBlankFiguresRedacted() {
        List<Fact> fs = facts("实际使用外资XX万美元，新签约项目*个，增长**%，签约总投资额   亿元。");
        assertEquals(4, fs.size());
        for (Fact f : fs) {
            assertTrue(f.redacted(), f.text());
            assertNull(f.value());
        }
        assertFact(fact(fs, "XX万美元"), "fdi_actual", Measure.VALUE, null, BaseUnit.USD);
        assertFact(fact(fs, "*个"), "projects_signed", Measure.VALUE, null, BaseUnit.COUNT);
        assertFact(fact(fs, "**%"), "projects_signed", Measure.YOY, null, BaseUnit.PERCENT);
        assertFact(fact(fs, "   亿元"), "projects_signed_investment", Measure.VALUE, null, BaseUnit.CNY);
    }

    @Test
    void readsTheRatesOfAReportThatLostEveryPercentSignAsPercents() {
        List<Fact> fs = facts("园区实现营收86亿元，比上年增长18，其中电子信息营收52亿元，占园区营收的60.5。");
        assertFact(fact(fs, "18"), "other", Measure.YOY, "18", BaseUnit.PERCENT);
        assertFact(fact(fs, "60.5"), "other", Measure.SHARE, "60.5", BaseUnit.PERCENT);
        List<Fact> signed = facts("园区实现营收86亿元，比上年增长18，利税增长4.5%。");
        assertTrue(signed.stream().noneMatch(f -> f.text().equals("18")), "a whole rate in a report that writes % is unreadable");
    }

    @Test
    void everyTermOfAStructureRatioIsAShareOfWhatTheFirstIs() {
        List<Fact> fs = facts("全区一、二、三产业实际使用外资比重为3.5:61.2:35.3。");
        assertEquals(3, fs.size());
        for (Fact f : fs) {
            assertEquals("fdi_actual", f.indicator(), f.text());
            assertEquals(Measure.SHARE, f.measure(), f.text());
        }
        List<Fact> gdp = facts("全镇三次产业结构调整为6.2:58.3:35.5。");
        assertTrue(gdp.stream().allMatch(f -> f.measure() == Measure.SHARE), gdp.toString());
    }

    @Test
    void leavesMaskedPlaceNamesAlone() {
        List<Fact> fs = facts("XX镇和**区共引进项目3个。");
        assertEquals(List.of("3个"), fs.stream().map(Fact::text).toList());
    }

    @Test
    void skipsDatesLabelsAndListMarkers() {
        assertTrue(facts("2023年1-6月，一是落实“十四五”规划，10月20日召开第十四届推介会，对接500强企业和5G项目。").isEmpty());
    }

    @Test
    void turnsSizeClassesIntoScope() {
        List<Fact> fs = facts("引进总投资10亿元以上项目12个，其中5000万～1亿元项目6个。");
        assertEquals(List.of("12个", "6个"), fs.stream().map(Fact::text).toList());
        assertFact(fs.get(0), "projects_signed", Measure.VALUE, "12", BaseUnit.COUNT);
        assertTrue(fs.get(0).scopeText().contains("10亿元以上"), fs.get(0).scopeText());
    }

    @Test
    void readsTheTargetInsideACompletionPhrase() {
        List<Fact> fs = facts("实际到位内资18.9亿元，完成市下达30亿元任务数的63%。");
        assertFact(fact(fs, "30亿元"), "domestic_capital_actual", Measure.TARGET, "3000000000", BaseUnit.CNY);
        assertFact(fact(fs, "63%"), "domestic_capital_actual", Measure.COMPLETION, "63", BaseUnit.PERCENT);
    }

    @Test
    void readsAShareOfTheWholeItNames() {
        Fact f = fact(facts("制造业到位资金9.6亿元，占全区到位资金的45.1%。"), "45.1%");
        assertFact(f, "domestic_capital_actual", Measure.SHARE, "45.1", BaseUnit.PERCENT);
    }

    @Test
    void signsPercentagePointChangesByTheirVerb() {
        List<Fact> fs = facts("占比较去年同期提高3.6个百分点，降幅收窄5.2个百分点，增速回落2.1个百分点。");
        assertFact(fact(fs, "3.6个百分点"), "other", Measure.PP_CHANGE, "3.6", BaseUnit.PP);
        assertFact(fact(fs, "5.2个百分点"), "other", Measure.PP_CHANGE, "5.2", BaseUnit.PP);
        assertFact(fact(fs, "2.1个百分点"), "other", Measure.PP_CHANGE, "-2.1", BaseUnit.PP);
    }

    @Test
    void readsAYearOnYearChangeInTheIndicatorsOwnUnit() {
        List<Fact> fs = facts("新签约项目68个，同比增加15个。");
        assertFact(fact(fs, "15个"), "projects_signed", Measure.YOY_ABS, "15", BaseUnit.COUNT);
    }

    @Test
    void givesEachItemOfASharedUnitListItsOwnFact() {
        List<Fact> fs = facts("实际使用外资增长18%，增幅分别高于全国、全省3、5.5个百分点。");
        assertFact(fact(fs, "3"), "fdi_actual", Measure.PP_CHANGE, "3", BaseUnit.PP);
        assertFact(fact(fs, "5.5个百分点"), "fdi_actual", Measure.PP_CHANGE, "5.5", BaseUnit.PP);
    }

    @Test
    void takesTheSubjectOfARespectiveListFromTheClauseBefore() {
        List<Fact> fs = facts("从实际到位市外资金看，甲区、乙县列前两位，分别为6.2亿元、4.8亿元。");
        assertEquals(2, fs.size());
        assertFact(fs.get(0), "domestic_capital_actual", Measure.VALUE, "620000000", BaseUnit.CNY);
        assertFact(fs.get(1), "domestic_capital_actual", Measure.VALUE, "480000000", BaseUnit.CNY);
    }

    @Test
    void readsABareZeroInTheIndicatorsCurrency() {
        Fact f = fact(facts("三个园区实际使用欧美资为0。"), "0");
        assertFact(f, "fdi_actual", Measure.VALUE, "0", BaseUnit.USD);
        assertNull(f.unit());
    }

    @Test
    void countsProjectsByTheirStage() {
        List<Fact> fs = facts("新开工项目8个，竣工投产项目5个，在谈项目21个，入库项目4个。");
        assertFact(fact(fs, "8个"), "projects_started", Measure.VALUE, "8", BaseUnit.COUNT);
        assertFact(fact(fs, "5个"), "projects_completed", Measure.VALUE, "5", BaseUnit.COUNT);
        assertFact(fact(fs, "21个"), "projects_negotiating", Measure.VALUE, "21", BaseUnit.COUNT);
        assertFact(fact(fs, "4个"), "other", Measure.VALUE, "4", BaseUnit.COUNT);
    }

    @Test
    void tiesAnAmountToTheProjectsCountedBesideIt() {
        List<Fact> fs = facts("新开工项目8个，总投资额26.5亿元。");
        assertFact(fact(fs, "26.5亿元"), "projects_started_investment", Measure.VALUE, "2650000000", BaseUnit.CNY);
    }

    @Test
    void turnsPlannedFiguresIntoTargets() {
        List<Fact> fs = facts("2025年，全区计划实际使用外资3000万美元，签约项目40个。");
        assertFact(fact(fs, "3000万美元"), "fdi_actual", Measure.TARGET, "30000000", BaseUnit.USD);
        assertFact(fact(fs, "40个"), "projects_signed", Measure.TARGET, "40", BaseUnit.COUNT);
    }

    @Test
    void countsProjectsInAPassageOnForeignCapitalAsNewForeignEnterprises() {
        List<Fact> fs = facts("在利用外资方面，我们加大了对日韩企业的对接力度。新引进三个外资实体项目，已到账500万美元。");
        assertFact(fact(fs, "三个"), "fdi_enterprises_new", Measure.VALUE, "3", BaseUnit.COUNT);
        assertFact(fact(fs, "500万美元"), "fdi_actual", Measure.VALUE, "5000000", BaseUnit.USD);
    }

    @Test
    void tellsTripsFromFirmsByTheirUnit() {
        List<Fact> fs = facts("主要领导赴外走访对接12次，走访企业36家。");
        assertFact(fact(fs, "12次"), "outreach_trips", Measure.VALUE, "12", BaseUnit.COUNT);
        assertFact(fact(fs, "36家"), "firms_visited", Measure.VALUE, "36", BaseUnit.COUNT);
    }

    @Test
    void readsAreasInMu() {
        Fact f = fact(facts("重点项目总用地面积1520亩。"), "1520亩");
        assertFact(f, "land_area", Measure.VALUE, "1520", BaseUnit.MU);
    }

    @Test
    void givesEachItemOfARespectiveListTheNameListedForIt() {
        List<Fact> fs = facts("从签约项目看，甲溪区、**县、乙山市签约较多，分别为15个、11个、9个。");
        assertEquals(List.of("甲溪区", "**县", "乙山市"), fs.stream().map(f -> lastScope(f)).toList());
        assertEquals("projects_signed", fs.get(2).indicator());
    }

    @Test
    void scopesAFigureToThePlaceItsClauseNames() {
        List<Fact> fs = facts("外出招商共42次，其中，**区为12次，****县均为8次。");
        assertEquals("**区", lastScope(fact(fs, "12次")));
        assertEquals("****县", lastScope(fact(fs, "8次")));
        assertFact(fact(fs, "8次"), "outreach_trips", Measure.VALUE, "8", BaseUnit.COUNT);
    }

    @Test
    void tiesTheItemsOfABreakdownToTheirTotal() {
        List<Fact> fs = facts("引进500强项目12个，其中世界500强项目5个、中国500强项目7个。");
        Fact total = fact(fs, "12个");
        assertNull(total.partOf());
        assertEquals(total.id(), fact(fs, "5个").partOf());
        assertEquals(total.id(), fact(fs, "7个").partOf());
    }

    @Test
    void tiesAFigureInAnIncludingParenthesisToTheFigureBeforeIt() {
        List<Fact> fs = facts("完成固定资产投入9.8亿元（含续建项目固定资产投入2.1亿元），同比增长12%。");
        assertEquals(fact(fs, "9.8亿元").id(), fact(fs, "2.1亿元").partOf());
        assertNull(fact(fs, "12%").partOf(), "growth rates do not add up");
    }

    @Test
    void givesAFigureThePeriodItsOwnClauseStates() {
        List<Fact> fs = facts("1-6月外出招商35次。6月当月，外出招商9次。一季度签约项目6个。");
        assertEquals(1, fact(fs, "35次").period().fromMonth());
        assertEquals(6, fact(fs, "35次").period().toMonth());
        assertEquals(6, fact(fs, "9次").period().fromMonth());
        assertEquals(6, fact(fs, "9次").period().toMonth());
        assertEquals(3, fact(fs, "6个").period().toMonth());
        assertEquals(2024, fact(fs, "6个").period().year());
    }

    @Test
    void keepsTheReportsPeriodForAYearThatOnlyDescribesTheItemsCounted() {
        Fact f = fact(facts("推动2023年签约未开工项目开工12个。"), "12个");
        assertEquals(new Period(2024, 1, 6, "1-6月"), f.period());
    }

    @Test
    void carriesANextYearsPlanToTheSentencesAfterIt() {
        List<Fact> fs = facts("2025年，我们将继续突出产业链招商。全区计划实际使用外资3000万美元，签约项目40个。");
        assertEquals(2025, fact(fs, "3000万美元").period().year());
        assertEquals(2025, fact(fs, "40个").period().year());
    }

    @Test
    void readsChineseNumeralCountsOfSeveralDigits() {
        List<Fact> fs = facts("全年引进项目二十六个，培训招商人员五百名。");
        assertFact(fact(fs, "二十六个"), "projects_signed", Measure.VALUE, "26", BaseUnit.COUNT);
        assertFact(fact(fs, "五百名"), "other", Measure.VALUE, "500", BaseUnit.COUNT);
    }

    @Test
    void readsAHyphenatedRangeOfMoney() {
        Fact f = fact(facts("引进计划投资8-10亿元的智能制造产业园项目。"), "8-10亿元");
        assertEquals(0, new BigDecimal("800000000").compareTo(f.baseValue()));
        assertEquals(0, new BigDecimal("1000000000").compareTo(f.baseValueMax()));
    }

    @Test
    void readsARankWrittenWithoutPositionWord() {
        Fact f = fact(facts("全区实际使用外资总量排名全市第一。"), "第一");
        assertFact(f, "fdi_actual", Measure.RANK, "1", BaseUnit.RANK);
        assertNull(f.unit());
    }

    @Test
    void marksLowerCaseAndCrossMasksRedacted() {
        List<Fact> fs = facts("新设外资企业xx家，合同外资××万美元。");
        assertTrue(fact(fs, "xx家").redacted());
        assertFact(fact(fs, "××万美元"), "fdi_contracted", Measure.VALUE, null, BaseUnit.USD);
    }

    @Test
    void readsAShareOfASectorAsAShareOfTheIndicatorWithTheSectorInScope() {
        List<Fact> fs = facts("第二产业实际使用外资1.2亿美元，占全市实际使用外资的62.4%。");
        Fact share = fact(fs, "62.4%");
        assertFact(share, "fdi_actual", Measure.SHARE, "62.4", BaseUnit.PERCENT);
        assertEquals("第二产业", fact(fs, "1.2亿美元").scopeText());
    }

    @Test
    void scopesForeignCapitalBySourceAndDomesticCapitalByOrigin() {
        List<Fact> fs = facts("实际使用日韩资3200万美元，引进省外到位资金12.6亿元，新签约亿元以上项目9个。");
        assertEquals("日韩", fact(fs, "3200万美元").scopeText());
        assertFact(fact(fs, "12.6亿元"), "domestic_capital_actual", Measure.VALUE, "1260000000", BaseUnit.CNY);
        assertEquals("省外", fact(fs, "12.6亿元").scopeText());
        assertFact(fact(fs, "9个"), "projects_signed", Measure.VALUE, "9", BaseUnit.COUNT);
        assertEquals("亿元以上", fact(fs, "9个").scopeText());
    }

    @Test
    void readsADeclineWrittenAsAReduction() {
        Fact f = fact(facts("注册资本12.3亿元，同比减少18.6%。"), "18.6%");
        assertFact(f, "registered_capital", Measure.YOY, "-18.6", BaseUnit.PERCENT);
    }

    @Test
    void readsAShareOfATargetAsCompletion() {
        Fact f = fact(facts("实际到位市外资金21.4亿元，占年度目标任务的56.3%。"), "56.3%");
        assertFact(f, "domestic_capital_actual", Measure.COMPLETION, "56.3", BaseUnit.PERCENT);
    }

    @Test
    void takesATopThreeSelectionForScopeNotForARank() {
        List<Fact> fs = facts("从实际使用外资看，甲溪区、乙山市、丙川县列前三位，分别为1200万美元、980万美元、760万美元。");
        assertEquals(3, fs.size());
        assertTrue(fs.stream().allMatch(f -> f.measure() == Measure.VALUE && f.indicator().equals("fdi_actual")));
        assertEquals("乙山市", lastScope(fs.get(1)));
    }

    @Test
    void carriesTheSectorOfASentencesSubjectToItsLaterFigures() {
        List<Fact> fs = facts("另外，引进现代服务业项目4个，固定资产投入1.3亿元，增长12%。");
        assertEquals("现代服务业", fact(fs, "1.3亿元").scopeText());
        assertEquals("现代服务业", fact(fs, "12%").scopeText());
    }

    @Test
    void givesAProgrammesLaterAmountTheIndicatorItsEarlierAmountsStated() {
        List<Fact> fs = facts("上半年，浙商回归项目到位资金3.2亿元。\n全年下达浙商回归10亿元工作任务。");
        assertFact(fact(fs, "10亿元"), "domestic_capital_actual", Measure.TARGET, "1000000000", BaseUnit.CNY);
    }

    private static String lastScope(Fact f) {
        return f.scope().get(f.scope().size() - 1);
    }

    @Test
    void neverThrowsOnRandomText() {
        java.util.Random random = new java.util.Random(20241122);
        String alphabet = "0123456789.,-%亿万元美个家次第位至余多近约超XX**×　 ，。；、增长下降完成占居一二三十百千项目签约开工";
        for (int i = 0; i < 2000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(40);
            for (int k = 0; k < n; k++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            facts(sb.toString());
        }
        assertFalse(facts("新签约项目25个。").isEmpty());
    }

    @Test
    void aCountIsNeverRestatedAsMoneyThoughAWordHoldsARestatingWord() {
        // 约合 stands inside 签约合同额: the amount is the projects' investment, not the count restated
        List<Fact> fs = facts("全区签约项目15个，签约合同额64亿元。");
        assertFact(fact(fs, "15个"), "projects_signed", Measure.VALUE, "15", BaseUnit.COUNT);
        assertFact(fact(fs, "64亿元"), "projects_signed_investment", Measure.VALUE, "6400000000", BaseUnit.CNY);
    }

    @Test
    void aCountThatPicksFromASetAlreadyCountedNamesItAgain() {
        List<Fact> fs = facts("前三季度全县签约亿元以上项目146个，总投资385亿元。\n据统计，146个项目中投资额10亿元以上项目21个。"
                + "年内签约的38个项目中，已开工24个。");
        assertEquals(1, fs.stream().filter(f -> f.text().equals("146个")).count(), "146个 is stated once: " + fs);
        assertEquals("projects_signed", fact(fs, "21个").indicator());
        assertEquals("38个", fact(fs, "38个").text()); // a first mention of the set stays a figure
    }

    @Test
    void aCountNamingItsSetWithAStageWordBeforeTheWordsThatPickFromItNamesItAgain() {
        List<Fact> fs = facts("今年以来，全镇投资3000万元以上在建项目45个，同比增加6个。45个在建项目中，先进制造业项目18个。"
                + "全年新批外资项目27个。据统计，27个新批项目之中，批发业项目19个。");
        assertEquals(1, fs.stream().filter(f -> f.text().equals("45个")).count(), "45个 is stated once: " + fs);
        assertEquals(1, fs.stream().filter(f -> f.text().equals("27个")).count(), "27个 is stated once: " + fs);
        assertEquals("18个", fact(fs, "18个").text());
    }
}
