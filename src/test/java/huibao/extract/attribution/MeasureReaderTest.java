package huibao.extract.attribution;

import huibao.model.BaseUnit;
import huibao.model.Fact;
import huibao.model.Measure;
import huibao.model.Period;
import huibao.model.Report;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static huibao.extract.attribution.ProjectExtractor.fact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The measure of a figure as real reports write it (issue 10): a completion written as a share of a
 * task, a task in brackets, a plan word that governs only its own phrase, several targets in one
 * sentence, growth written as a ratio or as a change of a share, shares in 成 and 一半, and first
 * places written as words.
 */
class MeasureReaderTest {

    private static List<Fact> facts(String text) {
        return ProjectExtractor.facts(text, new Period(2024, 1, 9, "1-9月"));
    }

    private static void assertMeasure(Measure measure, Fact f) {
        assertEquals(measure, f.measure(), "measure of " + f.text() + " in " + f.sentence());
    }

    private static void assertBase(String base, BaseUnit unit, Fact f) {
        assertEquals(unit, f.baseUnit(), "base unit of " + f.text());
        assertEquals(0, new BigDecimal(base).compareTo(f.baseValue()), "base value of " + f.text() + ": " + f.baseValue());
    }

    @Test
    void readsAGrowthNamedAsItsProportionAmplitudeOrRateAsGrowth() {
        // 比例 alone names a share; 增长比例, 增长幅度 and 增长率 name how much a figure grew
        List<Fact> fs = facts("全镇到位资金由1.84亿元增加到2.73亿元，增长比例达48.4%；签约金额增长幅度为21.6%，实际利用外资增长率为7.9%。");
        assertMeasure(Measure.YOY, fact(fs, "48.4%"));
        assertMeasure(Measure.YOY, fact(fs, "21.6%"));
        assertMeasure(Measure.YOY, fact(fs, "7.9%"));
    }

    @Test
    void readsAShareOfATaskWithItsAmountAsCompletion() {
        List<Fact> fs = facts("前三季度完成到位资金4300万元，占目标任务9000万元的47.8%；累计完成投资5.6亿元，占总任务4.2亿元的133%。");
        assertMeasure(Measure.TARGET, fact(fs, "9000万元"));
        assertMeasure(Measure.COMPLETION, fact(fs, "47.8%"));
        assertMeasure(Measure.TARGET, fact(fs, "4.2亿元"));
        assertMeasure(Measure.COMPLETION, fact(fs, "133%"));
    }

    @Test
    void readsAShareOfAPlanAsCompletion() {
        List<Fact> fs = facts("上半年园区实际到位外资5120万美元，占市下达园区全年计划的61.4%；新设外资企业8家，占年计划的53.3%。");
        assertMeasure(Measure.COMPLETION, fact(fs, "61.4%"));
        assertMeasure(Measure.COMPLETION, fact(fs, "53.3%"));
    }

    @Test
    void readsAShareOfAnAssignedQuotaOrOfTheYearsPlannedAmountAsCompletion() {
        List<Fact> fs = facts("前三季度，全镇新签约项目投资额18.6亿元，占县分派全年指标的77.5%；园区实际到位内资6.12亿元，"
                + "占县里新下达到位资金6亿元的102%。重点项目年度计划投资44亿元，累计完成投资30.8亿元，占年度计划投资的70%；"
                + "储备项目完成投资3.2亿元，占计划总投资的12.5%。");
        assertMeasure(Measure.COMPLETION, fact(fs, "77.5%"));
        assertMeasure(Measure.TARGET, fact(fs, "6亿元"));
        assertMeasure(Measure.COMPLETION, fact(fs, "102%"));
        assertMeasure(Measure.COMPLETION, fact(fs, "70%"));
        // the planned total of the projects is their size, not a plan for the year
        assertMeasure(Measure.SHARE, fact(fs, "12.5%"));
    }

    @Test
    void readsTheTargetInsideACompletionPhraseInEachOfItsForms() {
        List<Fact> fs = facts("全县实际利用外资2.1亿美元，完成年初下达目标任务3.6亿美元的58.3%；全区到位资金3.3亿元，"
                + "完成任务数8亿元的41.25%；全市实际使用外资1800万美元，完成省政府考核目标4000万美元的45.00%。");
        for (String target : List.of("3.6亿美元", "8亿元", "4000万美元")) {
            assertMeasure(Measure.TARGET, fact(fs, target));
        }
        for (String rate : List.of("58.3%", "41.25%", "45.00%")) {
            assertMeasure(Measure.COMPLETION, fact(fs, rate));
        }
        assertEquals("年初下达目标任务", fact(fs, "58.3%").versus());
        assertEquals("任务数", fact(fs, "41.25%").versus());
    }

    @Test
    void readsATaskInBracketsAsTheTargetOfTheFigureBeforeIt() {
        List<Fact> fs = facts("全县引进优强企业15家（任务数12家），上报到位资金27亿元（任务数25亿元），工业到位资金占比58.6%（任务数占比55%）。");
        assertMeasure(Measure.VALUE, fact(fs, "15家"));
        assertMeasure(Measure.TARGET, fact(fs, "12家"));
        assertMeasure(Measure.VALUE, fact(fs, "27亿元"));
        Fact task = fact(fs, "25亿元");
        assertMeasure(Measure.TARGET, task);
        assertEquals("任务数", task.versus());
        assertEquals(fact(fs, "27亿元").indicator(), task.indicator());
        assertMeasure(Measure.SHARE, fact(fs, "58.6%"));
        assertMeasure(Measure.TARGET, fact(fs, "55%"));
    }

    @Test
    void keepsTheResultsAfterASentenceThatReportsTheTargetsDone() {
        List<Fact> fs = facts("南川镇党委政府全面完成了年度目标任务。\n全年完成财政收入2600万元，完成固定资产投资8亿元。");
        assertMeasure(Measure.VALUE, fact(fs, "2600万元"));
        assertMeasure(Measure.VALUE, fact(fs, "8亿元"));
    }

    @Test
    void endsATargetWhereAClauseReportsWhatIsAlreadyDone() {
        List<Fact> fs = facts("东湖园区的目标任务是5亿元，已完成了53800万元，完成全年目标的107.6%。");
        assertMeasure(Measure.TARGET, fact(fs, "5亿元"));
        assertMeasure(Measure.VALUE, fact(fs, "53800万元"));
        assertMeasure(Measure.COMPLETION, fact(fs, "107.6%"));
    }

    @Test
    void keepsALevelBeforeACommaAndAShareOfAPlanTheLevel() {
        List<Fact> fs = facts("截止9月底完成投资36.2亿元,占全年计划任务的81.5%。");
        assertMeasure(Measure.VALUE, fact(fs, "36.2亿元"));
        assertMeasure(Measure.COMPLETION, fact(fs, "81.5%"));
    }

    @Test
    void keepsACountAfterTheNameOfAProgrammeAValue() {
        assertMeasure(Measure.VALUE, fact(facts("实施企业培育计划，指导26家企业申报高新技术企业。"), "26家"));
    }

    @Test
    void keepsAGrowthRateAfterACompletionOfAWorkTargetAResult() {
        List<Fact> fs = facts("实际到位外资4200万美元，占区工作目标的82.1%，同比增长6.3%。");
        assertMeasure(Measure.COMPLETION, fact(fs, "82.1%"));
        assertMeasure(Measure.YOY, fact(fs, "6.3%"));
    }

    @Test
    void pairsEachOfSeveralTargetsWithItsOwnRate() {
        List<Fact> fs = facts("全市到位资金180.5亿元，完成省下达年度310亿元预期目标任务的58.2%和330亿元工作目标任务的54.7%；"
                + "完成市下达年度300亿元目标任务的60.2%。");
        for (String target : List.of("310亿元", "330亿元", "300亿元")) {
            assertMeasure(Measure.TARGET, fact(fs, target));
        }
        for (String rate : List.of("58.2%", "54.7%", "60.2%")) {
            assertMeasure(Measure.COMPLETION, fact(fs, rate));
        }
        assertEquals("工作目标任务", fact(fs, "54.7%").versus());
    }

    @Test
    void readsARatioToLastYearAsGrowth() {
        Fact f = fact(facts("1-9月到位资金8.6亿元，完成工作任务的81.2%，是去年同期的5倍。"), "5倍");
        assertMeasure(Measure.YOY, f);
        assertBase("400", BaseUnit.PERCENT, f);
    }

    @Test
    void readsAChangeOfAShareWrittenWithPercentAsPoints() {
        List<Fact> fs = facts("全市到位资金62.3亿元，占全省比重比去年同期提高1.8%。东林、西坝两县到位资金占全市的41.6%，比去年同期下降2.2%。");
        Fact rise = fact(fs, "1.8%");
        assertMeasure(Measure.PP_CHANGE, rise);
        assertBase("1.8", BaseUnit.PP, rise);
        Fact fall = fact(fs, "2.2%");
        assertMeasure(Measure.PP_CHANGE, fall);
        assertBase("-2.2", BaseUnit.PP, fall);
    }

    @Test
    void keepsGrowthAfterAShareTheGrowthOfTheLevel() {
        List<Fact> fs = facts("实际到位资金50亿元，占全市的30%，同比增长12%。");
        assertMeasure(Measure.SHARE, fact(fs, "30%"));
        assertMeasure(Measure.YOY, fact(fs, "12%"));
    }

    @Test
    void readsAGrowthRateThatATaskSetsAsATarget() {
        assertMeasure(Measure.TARGET, fact(facts("省下达的任务是到位资金120亿元、同比增长11%。"), "11%"));
        assertMeasure(Measure.TARGET, fact(facts("全市下达的“到位资金150亿元，同比增长12%”的目标任务已过半。"), "12%"));
        List<Fact> fs = facts("实际利用外资6300万美元，同比增长22.5%，增速高于全年预定目标（增长8%）14.5个百分点。");
        assertMeasure(Measure.YOY, fact(fs, "22.5%"));
        assertMeasure(Measure.TARGET, fact(fs, "8%"));
        assertMeasure(Measure.PP_CHANGE, fact(fs, "14.5个百分点"));
    }

    @Test
    void readsGrowthWrittenShortOrAfterItsFigure() {
        assertMeasure(Measure.YOY, fact(facts("前8月全市招商引资到位资金同比增29.3%"), "29.3%"));
        assertMeasure(Measure.YOY, fact(facts("合同外资实现了超过45%的增幅，达12.6亿美元。"), "45%"));
    }

    @Test
    void readsProgressAheadOfScheduleAsPointsAgainstTheSchedule() {
        Fact f = fact(facts("全县到位资金完成全年任务的76.4%，超序时进度9.7%。"), "9.7%");
        assertMeasure(Measure.PP_CHANGE, f);
        assertEquals("序时进度", f.versus());
        assertBase("9.7", BaseUnit.PP, f);
    }

    @Test
    void readsSharesInTenthsAndHalves() {
        List<Fact> fs = facts("全市资金到位率近4成，完成全年目标任务的七成以上，近一半外资投向制造业；大项目到资占总量九成。");
        Fact fourTenths = fact(fs, "4成");
        assertMeasure(Measure.SHARE, fourTenths);
        assertBase("40", BaseUnit.PERCENT, fourTenths);
        assertTrue(fourTenths.approx());
        Fact seven = fact(fs, "七成");
        assertMeasure(Measure.COMPLETION, seven);
        assertBase("70", BaseUnit.PERCENT, seven);
        assertTrue(seven.approx());
        Fact half = fact(fs, "一半");
        assertMeasure(Measure.SHARE, half);
        assertBase("50", BaseUnit.PERCENT, half);
        assertBase("90", BaseUnit.PERCENT, fact(fs, "九成"));
    }

    @Test
    void readsFirstPlaceWrittenAsAWordAndARankAfterTheWholeRankedOver() {
        List<Fact> fs = facts("到位资金增速居全省首位，总量位居全市之首，增幅全市第一，在全省竞赛中名列第三名。");
        Fact first = fact(fs, "首位");
        assertMeasure(Measure.RANK, first);
        assertBase("1", BaseUnit.RANK, first);
        assertEquals("全省", first.versus());
        assertMeasure(Measure.RANK, fact(fs, "之首"));
        Fact plain = fact(fs, "第一");
        assertMeasure(Measure.RANK, plain);
        assertEquals("全市", plain.versus());
        assertBase("3", BaseUnit.RANK, fact(fs, "第三名"));
    }

    @Test
    void readsAPositionAfterAWholeBeyondTheRegionAsARank() {
        List<Fact> fs = facts("落户的德资企业，其传感器出货量世界第四、亚洲第一，国内同行业第二。");
        Fact world = fact(fs, "第四");
        assertMeasure(Measure.RANK, world);
        assertBase("4", BaseUnit.RANK, world);
        assertEquals("世界", world.versus());
        assertEquals("亚洲", fact(fs, "第一").versus());
        assertMeasure(Measure.RANK, fact(fs, "第二"));
        assertTrue(facts("园区发展水平位于全国前列。").isEmpty());
    }

    @Test
    void readsAPositionWithItsCounterOrAfterARankOfItsSentenceAsARankWithoutARankingWord() {
        List<Fact> fs = facts("两项指标均进入全省前30位（其中到位资金总额第12位，资金同比增速第7位）。");
        assertMeasure(Measure.RANK, fact(fs, "第12位"));
        assertBase("7", BaseUnit.RANK, fact(fs, "第7位"));
        List<Fact> listed = facts("全县外贸进出口38亿美元，增长5%，总量居无锡第4，增速无锡第2。");
        Fact growth = fact(listed, "第2");
        assertMeasure(Measure.RANK, growth);
        assertEquals("无锡", growth.versus());
        assertTrue(facts("第二批项目中，第一位客商已经签约。").isEmpty());
    }

    @Test
    void readsAMultipleThatAnAreaOrAScaleWidenedByAsGrowth() {
        List<Fact> fs = facts("三年来，园区供地由200亩扩大到900亩，扩大3.5倍；入园企业由8家增至40家，增长4倍。");
        assertMeasure(Measure.VALUE, fact(fs, "900亩"));
        Fact widened = fact(fs, "3.5倍");
        assertMeasure(Measure.YOY, widened);
        assertBase("350", BaseUnit.PERCENT, widened);
        assertMeasure(Measure.YOY, fact(fs, "4倍"));
    }

    @Test
    void readsAPercentNoCueMeasuresAsAShareUnlessItsIndicatorIsARate() {
        List<Fact> fs = facts("中部片区引资超过60%，新设外资项目里，31.5%的项目、48.2%的合同外资投向制造业；"
                + "到位资金在三次产业的分布为3.1%、58.6%和38.3%，签约项目履约率为96%。");
        assertMeasure(Measure.SHARE, fact(fs, "60%"));
        assertMeasure(Measure.SHARE, fact(fs, "31.5%"));
        assertMeasure(Measure.SHARE, fact(fs, "48.2%"));
        assertMeasure(Measure.SHARE, fact(fs, "3.1%"));
        assertMeasure(Measure.SHARE, fact(fs, "38.3%"));
        assertMeasure(Measure.VALUE, fact(fs, "96%"));
    }

    @Test
    void aPlanGovernsItsClauseNotTheResultsStatedAfterIt() {
        List<Fact> fs = facts("力争全年引进内资45亿元，前三季度已到位31.6亿元，同比增长9.4%。");
        assertMeasure(Measure.TARGET, fact(fs, "45亿元"));
        assertMeasure(Measure.VALUE, fact(fs, "31.6亿元"));
        assertMeasure(Measure.YOY, fact(fs, "9.4%"));
        List<Fact> kept = facts("依据园区年度工作计划部署，1-9月完成固定资产投资7.3亿元。");
        assertMeasure(Measure.VALUE, fact(kept, "7.3亿元"));
    }

    @Test
    void leavesFirstPlaceThatRanksNoFigureAlone() {
        assertTrue(facts("各乡镇要把招商引资摆在首位。").isEmpty());
    }

    @Test
    void readsEveryFigureOfAListBeforeItsTargetWordAsATarget() {
        List<Fact> fs = facts("今年将实现新引进项目31个,开工项目12个,储备项目90个的目标任务,各镇全力推进。");
        assertMeasure(Measure.TARGET, fact(fs, "31个"));
        assertMeasure(Measure.TARGET, fact(fs, "12个"));
        assertMeasure(Measure.TARGET, fact(fs, "90个"));
        List<Fact> fiscal = facts("为完成乡里确定的一般公共预算收入3.4亿，税收收入5200万元目标奠定基础。");
        assertMeasure(Measure.TARGET, fact(fiscal, "3.4亿"));
        assertMeasure(Measure.TARGET, fact(fiscal, "5200万元"));
    }

    @Test
    void keepsACountOfThoseWhoCompletedTheirTaskAValue() {
        assertMeasure(Measure.VALUE, fact(facts("全市9个乡镇超额完成目标任务。"), "9个"));
    }

    @Test
    void keepsALevelBeforeACompletedTaskInAnotherClauseAValue() {
        List<Fact> fs = facts("全镇引进项目14个，完成县下达的2.6亿元招商任务。");
        assertMeasure(Measure.VALUE, fact(fs, "14个"));
        assertMeasure(Measure.TARGET, fact(fs, "2.6亿元"));
    }

    @Test
    void readsAnAmountNamedBeforeItsTaskAsTheTarget() {
        List<Fact> fs = facts("提前两个月完成全县80亿元招商引资任务，奋力完成引进2600亿元省外到位资金的年度目标。");
        assertMeasure(Measure.TARGET, fact(fs, "80亿元"));
        assertMeasure(Measure.TARGET, fact(fs, "2600亿元"));
    }

    @Test
    void readsAnOriginallySetTaskAsATarget() {
        List<Fact> fs = facts("原定招商任务45项,实际签约118项。");
        assertMeasure(Measure.TARGET, fact(fs, "45项"));
        assertMeasure(Measure.VALUE, fact(fs, "118项"));
    }

    @Test
    void keepsArrivalsWithinTheYearOfProjectsUnderWayAValue() {
        List<Fact> fs = facts("全省新开工亿元以上项目310个，总投资1420亿元，年内到位资金530亿元。");
        assertMeasure(Measure.VALUE, fact(fs, "530亿元"));
    }

    @Test
    void readsGrowthWrittenWithBiZengAsYoy() {
        List<Fact> fs = facts("现代物流业完成营业收入86亿元,比增18.4%;批发业比降3.2%。");
        assertMeasure(Measure.YOY, fact(fs, "18.4%"));
        Fact fall = fact(fs, "3.2%");
        assertMeasure(Measure.YOY, fall);
        assertBase("-3.2", BaseUnit.PERCENT, fall);
    }

    @Test
    void readsBothEndsOfAMovedShareAsLevelsOfTheShare() {
        List<Fact> fs = facts("电子信息业实际使用外资5.1亿美元，占全市外资比重由去年的11%提升至17%。");
        Fact before = fact(fs, "11%");
        assertMeasure(Measure.SHARE, before);
        assertEquals("去年", before.versus());
        assertTrue(before.scope().contains("去年"), "scope " + before.scope());
        assertMeasure(Measure.SHARE, fact(fs, "17%"));
        List<Fact> rate = facts("小微项目对全县到位资金增长的贡献率，从上年同期的2.4%迅速上升到19.6%。");
        assertMeasure(Measure.SHARE, fact(rate, "2.4%"));
        assertEquals("上年同期", fact(rate, "2.4%").versus());
        assertMeasure(Measure.SHARE, fact(rate, "19.6%"));
    }

    @Test
    void readsBothEndsOfAMovedGrowthRateAsGrowthRates() {
        List<Fact> fs = facts("全市市外到位资金同比增幅由上半年的9%提高到16.5%。");
        Fact first = fact(fs, "9%");
        assertMeasure(Measure.YOY, first);
        assertEquals("上半年", first.versus());
        assertMeasure(Measure.YOY, fact(fs, "16.5%"));
    }

    @Test
    void readsTheLevelOfLastYearInsideAComparisonAsThatYearsLevel() {
        List<Fact> fs = facts("完成固定资产投资52.3亿元，比去年同期49.8亿元增加了2.5亿元，增长5.0%。");
        Fact base = fact(fs, "49.8亿元");
        assertMeasure(Measure.VALUE, base);
        assertEquals("去年同期", base.versus());
        assertTrue(base.scope().contains("去年同期"), "scope " + base.scope());
        assertMeasure(Measure.YOY_ABS, fact(fs, "2.5亿元"));
        assertTrue(fact(fs, "52.3亿元").scope().isEmpty());
        assertTrue(fact(fs, "5.0%").scope().isEmpty(), "the report period goes on after the compared level");
    }

    @Test
    void readsAnExcessOverTheTargetAsPointsAboveIt() {
        List<Fact> fs = facts("全年协议投资额860亿元，超过目标任务700亿元的23%。");
        assertMeasure(Measure.TARGET, fact(fs, "700亿元"));
        Fact over = fact(fs, "23%");
        assertMeasure(Measure.PP_CHANGE, over);
        assertEquals("目标任务", over.versus());
        Fact beyond = fact(facts("原定任务40个项目，实际落地95个，超额完成项目任务137.5%。"), "137.5%");
        assertMeasure(Measure.PP_CHANGE, beyond);
        assertMeasure(Measure.COMPLETION, fact(facts("到位资金12亿元，超额完成年度任务的120%。"), "120%"));
    }

    @Test
    void readsAPartOfATaskWithoutACueAsCompletion() {
        List<Fact> fs = facts("上半年合同利用县外资金已实现全年目标任务的一半以上。");
        assertMeasure(Measure.COMPLETION, fact(fs, "一半"));
    }

    @Test
    void readsNoMaskedCountInAMaskedProjectName() {
        List<Fact> fs = facts("1、xxx项目计划投资600万元;2、xx公司项目到位资金350万元。");
        assertTrue(fs.stream().noneMatch(Fact::redacted), "facts " + fs.stream().map(Fact::text).toList());
    }

    @Test
    void readsAnAveragePerDayAsOtherWithItsScope() {
        List<Fact> fs = facts("今年以来平均每天签约亿元以上项目6.8个，每天开工项目2个；全年签约项目1240个。");
        Fact average = fact(fs, "6.8个");
        assertEquals(Fact.OTHER, average.indicator());
        assertTrue(average.scope().contains("平均每天"), "scope " + average.scope());
        assertEquals(Fact.OTHER, fact(fs, "2个").indicator());
        assertEquals("projects_signed", fact(fs, "1240个").indicator());
    }

    @Test
    void keepsWhatIsAchievedAfterTheNameOfAPlanBeingCarriedOutResults() {
        List<Fact> fs = facts("落实《园区科技创新五年攻坚计划》,高新技术企业增加到86家、省级孵化器4个；研发投入增长12.5%。");
        assertMeasure(Measure.VALUE, fact(fs, "86家"));
        assertMeasure(Measure.VALUE, fact(fs, "4个"));
        assertMeasure(Measure.YOY, fact(fs, "12.5%"));
        List<Fact> gs = facts("全县推进外资倍增计划(2023-2025年),引进到位资金312.6亿元,同比增长8.2%,完成年度目标任务300亿元的104.2%。");
        assertMeasure(Measure.VALUE, fact(gs, "312.6亿元"));
        assertMeasure(Measure.YOY, fact(gs, "8.2%"));
        assertMeasure(Measure.TARGET, fact(gs, "300亿元"));
        assertMeasure(Measure.COMPLETION, fact(gs, "104.2%"));
    }

    @Test
    void readsARateOfProjectsStartedOnScheduleAsAShare() {
        assertMeasure(Measure.SHARE, fact(facts("全镇9个重点项目均按计划开工，开工率达81.8%。"), "81.8%"));
        assertMeasure(Measure.TARGET, fact(facts("计划今年新开工项目12个，开工率达到90%以上。"), "90%"));
    }

    @Test
    void keepsMoneyObtainedByAppealResultsButAnAimToWinATarget() {
        List<Fact> fs = facts("上半年共争取上级补助资金3560万元，同比增长16%。");
        assertMeasure(Measure.VALUE, fact(fs, "3560万元"));
        assertMeasure(Measure.YOY, fact(fs, "16%"));
        assertMeasure(Measure.TARGET, fact(facts("争取全年新签约项目15个。"), "15个"));
    }

    @Test
    void readsAMultipleOfAPlanAsCompletion() {
        Fact f = fact(facts("实际到位资金2850万元，已是年度计划的1.9倍。"), "1.9倍");
        assertMeasure(Measure.COMPLETION, f);
        assertBase("190", BaseUnit.PERCENT, f);
    }

    @Test
    void readsAPercentThatComesFromOrIsContributedAsAShare() {
        assertMeasure(Measure.SHARE, fact(facts("制造业实际使用外资3.6亿美元，其中62%来自日韩企业。"), "62%"));
        assertMeasure(Measure.SHARE, fact(facts("园区贡献全县45%以上的税收。"), "45%"));
        assertMeasure(Measure.SHARE, fact(facts("长三角企业到位资金86.2亿元，占比超过三成，达34%。"), "34%"));
    }

    @Test
    void aTargetInBracketsLeavesNoEmptyBracketsInTheCompletionsVersus() {
        List<Fact> fs = facts("全市完成外贸出口7320万美元，完成全年目标任务（21000万美元）的34.86%。");
        assertMeasure(Measure.COMPLETION, fact(fs, "34.86%"));
        assertEquals("全年目标任务", fact(fs, "34.86%").versus());
    }
}
