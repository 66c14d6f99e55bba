package huibao.extract;

import huibao.model.Fact;
import huibao.model.Measure;
import org.junit.jupiter.api.Test;

import java.util.List;

import static huibao.extract.FactExtractorTest.fact;
import static huibao.extract.FactExtractorTest.facts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Which figure a 其中 part belongs to, which figures a target cue governs, and which year a 去年同期 level is of. */
class BreakdownAndPriorYearTest {

    @Test
    void aBreakdownRunsOnAcrossASemicolonWhileItsPartsAreOfOneKind() {
        List<Fact> fs = facts("1-6月，全区实际使用外资9856万美元，同比增长19.6%。"
                + "其中，制造业实际使用外资7120万美元，增长17.1%；服务业实际使用外资2736万美元，下降7.3%。");
        String total = fact(fs, "9856万美元").id();
        assertEquals(total, fact(fs, "7120万美元").partOf());
        assertEquals(total, fact(fs, "2736万美元").partOf());
    }

    @Test
    void aSemicolonClosesABreakdownBeforeAnotherIndicator() {
        List<Fact> fs = facts("新签约项目26个，其中来自长三角的项目5个；新签约项目总投资148.5亿元，实际到位资金38.6亿元。");
        assertEquals(fact(fs, "26个").id(), fact(fs, "5个").partOf());
        assertNull(fact(fs, "148.5亿元").partOf());
        assertNull(fact(fs, "38.6亿元").partOf());
    }

    @Test
    void aLineOpeningWithQizhongBreaksDownTheLineBefore() {
        List<Fact> fs = facts("1-2月，全县新签约项目11个，总投资47.3亿元。\n其中亿元以上项目8个，占签约项目数的72.7%。");
        assertEquals(fact(fs, "11个").id(), fact(fs, "8个").partOf());
    }

    @Test
    void aLineWithoutQizhongStandsOnItsOwn() {
        List<Fact> fs = facts("1-2月，全县新签约项目11个，总投资47.3亿元。\n新开工项目8个，总投资20.1亿元。");
        assertNull(fact(fs, "8个").partOf());
        assertNull(fact(fs, "20.1亿元").partOf());
    }

    @Test
    void aTargetCueAfterAListMakesEveryFigureOfTheListATarget() {
        List<Fact> fs = facts("围绕全年实际使用外资30亿元、引进市外到位资金535亿元的目标，力争8月新签约亿元以上项目8个。");
        assertEquals(Measure.TARGET, fact(fs, "30亿元").measure());
        assertEquals("fdi_actual", fact(fs, "30亿元").indicator());
        assertEquals(Measure.TARGET, fact(fs, "535亿元").measure());
    }

    @Test
    void aListWithoutATargetCueKeepsItsLevels() {
        List<Fact> fs = facts("1-6月，全区实际使用外资3.2亿元、引进市外到位资金53.5亿元，均居全市第二位。");
        assertEquals(Measure.VALUE, fact(fs, "3.2亿元").measure());
        assertEquals(Measure.VALUE, fact(fs, "53.5亿元").measure());
    }

    @Test
    void aLevelOfTheSamePeriodLastYearIsOfThePriorYear() {
        List<Fact> fs = facts("1-6月，引进市外到位资金5.26亿元，去年同期为4.71亿元，同比增长11.7%。");
        assertEquals(Integer.valueOf(2024), fact(fs, "5.26亿元").period().year());
        assertEquals(Integer.valueOf(2023), fact(fs, "4.71亿元").period().year());
        assertEquals(Integer.valueOf(6), fact(fs, "4.71亿元").period().toMonth());
    }

    @Test
    void aLevelOfLastYearWithNoNameOfItsOwnIsOfTheLevelItIsComparedWith() {
        List<Fact> fs = facts("全县新签约项目47个；协议投资68.5亿元，较上年同期的24.8亿元增长1.5倍。其中，亿元以上项目23个，上年同期为12个。");
        assertEquals("projects_signed_investment", fact(fs, "24.8亿元").indicator());
        assertEquals(Integer.valueOf(2023), fact(fs, "24.8亿元").period().year());
        assertEquals("projects_signed", fact(fs, "12个").indicator());
    }

    @Test
    void aLevelReachedIsALevelNotAChange() {
        List<Fact> fs = facts("新开工项目由上年同期的9个增加到19个。");
        assertEquals(Measure.VALUE, fact(fs, "19个").measure());
        assertEquals("projects_started", fact(fs, "19个").indicator());
    }

    @Test
    void aFigureRestatedInAnotherCurrencyStatesTheSameIndicator() {
        List<Fact> fs = facts("前三季度，全县实际利用外资2330万美元，折合人民币约1.65亿元，同比增长8.4%。");
        assertEquals("fdi_actual", fact(fs, "1.65亿元").indicator());
        assertEquals(Measure.VALUE, fact(fs, "1.65亿元").measure());
    }

    @Test
    void aRateOfATargetNamedBeforeItIsACompletion() {
        List<Fact> fs = facts("全年新签约招商项目58个，为年度目标50个的116%。");
        assertEquals(Measure.TARGET, fact(fs, "50个").measure());
        assertEquals(Measure.COMPLETION, fact(fs, "116%").measure());
    }

    @Test
    void aPartThatNamesNothingIsAPartOfTheFigureBefore() {
        List<Fact> fs = facts("实际到位区外资金确保完成90亿元，其中11-12月需到位13.6亿元。");
        Fact part = fact(fs, "13.6亿元");
        assertEquals(fact(fs, "90亿元").indicator(), part.indicator());
        assertEquals(fact(fs, "90亿元").id(), part.partOf());
    }

    @Test
    void aBreakdownAfterARespectiveListIsNotAPartOfItsLastItem() {
        List<Fact> fs = facts("临湖街道、滨港街道和荻洲镇新引进项目数分别为14个、12个和5个。"
                + "其中，临湖街道引进总部型项目6个，滨港街道引进物流项目8个。");
        assertNull(fact(fs, "6个").partOf());
        assertNull(fact(fs, "8个").partOf());
    }

    @Test
    void signedProjectsNotYetStartedAreSignedProjects() {
        List<Fact> fs = facts("已签约未开工项目7个，协议投资94.3亿元；在建项目8个，总投资128.9亿元。");
        assertEquals("projects_signed", fact(fs, "7个").indicator());
        assertEquals(Fact.OTHER, fact(fs, "8个").indicator()); // 在建: stock projects, no stage the contract counts
    }
}
