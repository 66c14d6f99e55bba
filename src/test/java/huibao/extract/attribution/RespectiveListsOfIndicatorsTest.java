package huibao.extract.attribution;

import huibao.model.Fact;
import huibao.model.Measure;
import huibao.model.Period;
import org.junit.jupiter.api.Test;

import java.util.List;

import static huibao.extract.attribution.ProjectExtractor.fact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * A 分别 list that pairs several indicators with several figures: each figure takes its own item, in
 * order, in a sense its unit fits, and the items stay aligned with the figures however the list is
 * written (issue 10, round 6).
 */
class RespectiveListsOfIndicatorsTest {

    private static List<Fact> facts(String text) {
        return ProjectExtractor.facts(text, new Period(2025, 1, 6, "1-6月"));
    }

    private static void assertRead(String indicator, Measure measure, Fact f) {
        assertEquals(indicator + "/" + measure, f.indicator() + "/" + f.measure(), f.text() + " in " + f.sentence());
    }

    @Test
    void pairsEachLevelWithTheIndicatorItsItemNames() {
        List<Fact> fs = facts("今年以来，全镇新批外资企业、合同利用外资和到位外资分别为9家、1.35亿美元和6400万美元。");
        assertRead("fdi_enterprises_new", Measure.VALUE, fact(fs, "9家"));
        assertRead("fdi_contracted", Measure.VALUE, fact(fs, "1.35亿美元"));
        assertRead("fdi_actual", Measure.VALUE, fact(fs, "6400万美元"));
    }

    @Test
    void ratesAfterPairedLevelsFollowTheirIndicators() {
        List<Fact> fs = facts("前三季度，新设外商投资企业、合同外资、实际使用外资分别为31个、5.2亿美元、2.75亿美元，"
                + "同比分别增长14.8%、33%、6.1%。");
        assertRead("fdi_contracted", Measure.YOY, fact(fs, "33%"));
        assertRead("fdi_actual", Measure.YOY, fact(fs, "6.1%"));
    }

    @Test
    void leavesALevelListAloneWhenAFigureFitsNoSenseOfItsItem() {
        // a count cannot be contracted foreign capital: the items are not what the figures state
        List<Fact> fs = facts("园区合同外资、实际使用外资分别为12个、3.4亿美元。");
        assertEquals(false, fact(fs, "12个").indicator().equals("fdi_contracted"));
    }

    @Test
    void keepsRatesAlignedWhenAListMarkStandsBetweenSpaces() {
        // PDF text: 和 with a space after it still joins the last rate to the list
        List<Fact> fs = facts("全年完成税收收入 9亿元，实际利用外资 7300万美元，其中外商直接投资 5200万美元，固定资产投资 41.6亿元，"
                + "比上年分别增长 13.5%、21%、9.8%和 16.2%。");
        assertRead("fdi_actual", Measure.YOY, fact(fs, "21%"));
        assertRead("fdi_actual", Measure.YOY, fact(fs, "9.8%"));
        assertRead("fixed_asset_investment", Measure.YOY, fact(fs, "16.2%"));
    }

    @Test
    void completionsPairWithTheCountAndItsPartsNotTheNearestMoney() {
        List<Fact> fs = facts("1-6月，全县新引进3000万元以上项目27个，计划总投资96.4亿元，实际到位资金18.2亿元，"
                + "其中工业项目16个，亿元以上项目9个，分别完成半年目标任务的112%、105%、128%。");
        assertRead("projects_signed", Measure.COMPLETION, fact(fs, "112%"));
        assertRead("projects_signed", Measure.COMPLETION, fact(fs, "105%"));
        assertRead("projects_signed", Measure.COMPLETION, fact(fs, "128%"));
    }

    @Test
    void partsOfANamedSetTakeTheIndicatorTheSetIsSaidToHave() {
        List<Fact> fs = facts("上半年，经开区特色产业投资稳步回升，汽车零部件、绿色食品两大特色产业分别完成14.6亿元、3.9亿元。");
        assertRead("fixed_asset_investment", Measure.VALUE, fact(fs, "14.6亿元"));
        assertRead("fixed_asset_investment", Measure.VALUE, fact(fs, "3.9亿元"));
    }

    @Test
    void aScopeWordInsideAListedNameIsNoScopeOfItsOwn() {
        List<Fact> fs = facts("前三季度，河东工业园区、滨湖农业园区投资分别增长9.4%、5.7%。");
        assertEquals(List.of("河东工业园区"), fact(fs, "9.4%").scope());
        assertEquals(List.of("滨湖农业园区"), fact(fs, "5.7%").scope());
    }

    @Test
    void pairsTheRatesWithTheIndicatorsTheClauseBeforeTheRespectiveWordLists() {
        List<Fact> fs = facts("全区新设外资企业、合同利用外资、实际到位外资三项指标保持增长，分别比上年同期增长26%、41%和9%。");
        assertRead("fdi_enterprises_new", Measure.YOY, fact(fs, "26%"));
        assertRead("fdi_contracted", Measure.YOY, fact(fs, "41%"));
        assertRead("fdi_actual", Measure.YOY, fact(fs, "9%"));
    }

    @Test
    void newFirmsListedAmongForeignCapitalAreNewForeignFundedFirms() {
        // 新设企业 names no kind of firm; beside 合同外资 and 实际使用外资 it counts new foreign-funded firms
        List<Fact> fs = facts("外商独资企业新设企业、合同外资、实际使用外资同比分别增长11.2%、36.4%、18.5%。"
                + "全市新批企业、合同外资、实际到资分别为31家、5.2亿美元、2.6亿美元。");
        assertRead("fdi_enterprises_new", Measure.YOY, fact(fs, "11.2%"));
        assertRead("fdi_contracted", Measure.YOY, fact(fs, "36.4%"));
        assertRead("fdi_actual", Measure.YOY, fact(fs, "18.5%"));
        assertRead("fdi_enterprises_new", Measure.VALUE, fact(fs, "31家"));
        assertRead("fdi_contracted", Measure.VALUE, fact(fs, "5.2亿美元"));
        assertRead("fdi_actual", Measure.VALUE, fact(fs, "2.6亿美元"));
    }

    @Test
    void newFirmsListedAmongDomesticFiguresStayFirmsOfEveryKind() {
        List<Fact> fs = facts("全区新设企业、到位内资分别增长8.4%、12.6%。");
        assertNotEquals("fdi_enterprises_new", fact(fs, "8.4%").indicator());
        assertRead("domestic_capital_actual", Measure.YOY, fact(fs, "12.6%"));
    }

    @Test
    void capitalFromAbroadAndFromOtherProvincesSharingOneNounPairOneByOne() {
        // 境外、省外资金: the two sources share 资金, written once; dollars and yuan are two kinds of capital
        List<Fact> fs = facts("全省实际到位境外、省外资金分别为52.3亿美元、2841.6亿元。");
        assertRead("fdi_actual", Measure.VALUE, fact(fs, "52.3亿美元"));
        assertRead("domestic_capital_actual", Measure.VALUE, fact(fs, "2841.6亿元"));
    }
}
