package huibao.extract.attribution;

import huibao.model.Fact;
import huibao.model.Measure;
import huibao.model.Period;
import org.junit.jupiter.api.Test;

import java.util.List;

import static huibao.extract.attribution.ProjectExtractor.fact;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which indicator a figure states when its own words, its unit or the list it stands in decide it. */
class IndicatorWordsTest {

    private static List<Fact> facts(String text) {
        return ProjectExtractor.facts(text, new Period(2024, 1, 9, "1-9月"));
    }

    private static void assertIndicator(List<Fact> facts, String text, String indicator, Measure measure) {
        Fact f = fact(facts, text);
        assertEquals(indicator, f.indicator(), "indicator of " + text);
        assertEquals(measure, f.measure(), "measure of " + text);
    }

    @Test
    void foreignTradeAndOutwardInvestmentInDollarsAreNoForeignCapital() {
        List<Fact> fs = facts("前三季度，全县外贸进出口总额4.8亿美元，同比增长6.5%，增幅居全市第4位；其中出口3.1亿美元。"
                + "完成境外投资0.6亿美元；实际利用外资6200万美元，同比增长9.1%。");
        assertIndicator(fs, "4.8亿美元", Fact.OTHER, Measure.VALUE);
        assertIndicator(fs, "6.5%", Fact.OTHER, Measure.YOY);
        assertIndicator(fs, "第4位", Fact.OTHER, Measure.RANK);
        assertIndicator(fs, "3.1亿美元", Fact.OTHER, Measure.VALUE);
        assertIndicator(fs, "0.6亿美元", Fact.OTHER, Measure.VALUE);
        assertIndicator(fs, "6200万美元", "fdi_actual", Measure.VALUE);
        assertIndicator(fs, "9.1%", "fdi_actual", Measure.YOY);
    }

    @Test
    void outwardProjectsAndTheChineseSidesAgreedAmountAreNoForeignCapital() {
        List<Fact> fs = facts("全区新批对外及港澳台投资项目7个，新增境外协议投资额2380万美元，"
                + "中方协议投资额1900万美元；新设外商投资企业12家，实际使用外资5400万美元。");
        assertIndicator(fs, "7个", Fact.OTHER, Measure.VALUE);
        assertIndicator(fs, "2380万美元", Fact.OTHER, Measure.VALUE);
        assertIndicator(fs, "1900万美元", Fact.OTHER, Measure.VALUE);
        assertIndicator(fs, "12家", "fdi_enterprises_new", Measure.VALUE);
        assertIndicator(fs, "5400万美元", "fdi_actual", Measure.VALUE);
    }

    @Test
    void industrialPrivateAndRenovationInvestmentArePartsOfFixedAssetInvestmentEvenAfterOutput() {
        List<Fact> fs = facts("前三季度，园区规上工业增加值增长5.3%，其中，工业投资增长14.5%，高于全市3个百分点；"
                + "完成技术改造投资9.8亿元，民间投资下降2.1%。");
        assertIndicator(fs, "5.3%", Fact.OTHER, Measure.YOY);
        assertIndicator(fs, "14.5%", "fixed_asset_investment", Measure.YOY);
        assertIndicator(fs, "3个百分点", "fixed_asset_investment", Measure.PP_CHANGE);
        assertIndicator(fs, "9.8亿元", "fixed_asset_investment", Measure.VALUE);
        assertIndicator(fs, "2.1%", "fixed_asset_investment", Measure.YOY);
    }

    @Test
    void firmsCountedAfterProjectsAreNoProjectsButFirmsAfterNewForeignFirmsStayForeignFirms() {
        List<Fact> fs = facts("今年新开工项目15个，完成投资26亿元；规模以上企业增加4个，高新技术企业增加6个，投产9个。"
                + "新设外商投资企业30家，其中制造业企业12家。");
        assertEquals(Fact.OTHER, fact(fs, "4个").indicator());
        assertEquals(Fact.OTHER, fact(fs, "6个").indicator());
        assertIndicator(fs, "9个", "projects_completed", Measure.VALUE);
        assertIndicator(fs, "12家", "fdi_enterprises_new", Measure.VALUE);
    }

    @Test
    void aCompletionOfACountedTaskInItsClauseIsOfThatCountNotOfTheMoneyBefore() {
        List<Fact> fs = facts("全年到位省外资金3.4亿元，占目标任务3亿元的113%；引进科技型企业9家，完成全年目标任务6家的150%。");
        assertIndicator(fs, "113%", "domestic_capital_actual", Measure.COMPLETION);
        assertIndicator(fs, "6家", Fact.OTHER, Measure.TARGET);
        assertIndicator(fs, "150%", Fact.OTHER, Measure.COMPLETION);
    }

    @Test
    void tradeTaskAndItsBracketedPartInDollarsStayWithTheTradeFigureAfterAForeignCapitalParagraph() {
        List<Fact> fs = facts("二、利用外资。全市实际使用外资1.3亿美元，完成上级分配任务1.5亿美元的86.7%，同比增长8%。"
                + "三、外贸出口。全市完成出口3600万美元，占上级分配任务6000万美元（其中加工贸易900万美元）的60%，同比增长21.5%。");
        assertIndicator(fs, "1.3亿美元", "fdi_actual", Measure.VALUE);
        assertIndicator(fs, "3600万美元", Fact.OTHER, Measure.VALUE);
        assertEquals(Fact.OTHER, fact(fs, "6000万美元").indicator());
        assertEquals(Fact.OTHER, fact(fs, "900万美元").indicator());
        assertIndicator(fs, "60%", Fact.OTHER, Measure.COMPLETION);
        assertIndicator(fs, "21.5%", Fact.OTHER, Measure.YOY);
    }

    @Test
    void anExportAmountAfterABreakdownOfForeignCapitalIsNoPartOfIt() {
        List<Fact> fs = facts("全年实际利用外资7300万美元，其中外商直接投资4600万美元，实际引进内资31亿元，"
                + "完成出口额9200万美元，固定资产投资18.5亿元。");
        assertIndicator(fs, "4600万美元", "fdi_actual", Measure.VALUE);
        assertIndicator(fs, "9200万美元", Fact.OTHER, Measure.VALUE);
        assertEquals(null, fact(fs, "9200万美元").partOf(), "the export amount breaks down nothing");
    }

    @Test
    void capitalArrivedInYuanFromDomesticFirmsIsDomesticCapitalAndSoIsItsShare() {
        List<Fact> fs = facts("今年1-6月，民营企业进资项目共计1320个，实际到资1890.6亿元，到资额占全省总额的71.2%。"
                + "外资企业实际到资3.4亿美元。");
        assertIndicator(fs, "1890.6亿元", "domestic_capital_actual", Measure.VALUE);
        assertIndicator(fs, "71.2%", "domestic_capital_actual", Measure.SHARE);
        assertIndicator(fs, "3.4亿美元", "fdi_actual", Measure.VALUE);
    }

    @Test
    void projectCapitalFromOutsideTheProvinceIsASecondIndicatorWithItsOwnRanksAndGrowth() {
        List<Fact> fs = facts("上半年全县实际利用外资5120万美元列全市第5位同比增长11.2%增速列全市第4位;"
                + "利用省外项目资金18.4亿元列全市第6位同比增长9.7%增速列全市第3位。"
                + "浙江居我省利用省外项目资金第一位，占比约28%。");
        assertIndicator(fs, "第5位", "fdi_actual", Measure.RANK);
        assertIndicator(fs, "18.4亿元", "domestic_capital_actual", Measure.VALUE);
        assertIndicator(fs, "第6位", "domestic_capital_actual", Measure.RANK);
        assertIndicator(fs, "9.7%", "domestic_capital_actual", Measure.YOY);
        assertIndicator(fs, "第3位", "domestic_capital_actual", Measure.RANK);
        assertIndicator(fs, "28%", "domestic_capital_actual", Measure.SHARE);
    }

    @Test
    void contractedForeignCapitalAmountIsContractedNotActual() {
        List<Fact> fs = facts("全年新批外资项目12个，合同外资金额1.8亿美元，同比增长26%；实际使用外资0.9亿美元。");
        assertIndicator(fs, "1.8亿美元", "fdi_contracted", Measure.VALUE);
        assertIndicator(fs, "26%", "fdi_contracted", Measure.YOY);
        assertIndicator(fs, "0.9亿美元", "fdi_actual", Measure.VALUE);
    }

    @Test
    void fiscalOutputAndEmploymentFiguresKeepNoInvestmentIndicatorFromBefore() {
        List<Fact> fs = facts("全镇完成到位资金2.1亿元。全镇实现财政收入1350万元，同比增长18.4%；"
                + "规上工业增加值同比增长7.2%；项目投产后可带动就业820人。");
        assertIndicator(fs, "2.1亿元", "domestic_capital_actual", Measure.VALUE);
        assertIndicator(fs, "1350万元", Fact.OTHER, Measure.VALUE);
        assertIndicator(fs, "18.4%", Fact.OTHER, Measure.YOY);
        assertIndicator(fs, "7.2%", Fact.OTHER, Measure.YOY);
        assertIndicator(fs, "820人", Fact.OTHER, Measure.VALUE);
    }

    @Test
    void outputIncomeGrantsAndRealEstateInvestmentTakeNoProjectIndicatorFromBefore() {
        List<Fact> fs = facts("上半年，全镇新签约项目12个，总投资48亿元。全镇房地产开发投资完成9.3亿元，同比下降4.1%；"
                + "农民外出务工实现劳务收入3.6亿元，同比增长7.7%；建筑业总产值同比增长13.2%；"
                + "园区企业累计实现产值5.4亿元，增长9.9%；研发费用增长21.3%；争取省级奖补资金860万元，同比增长16%。");
        assertIndicator(fs, "48亿元", "projects_signed_investment", Measure.VALUE);
        assertIndicator(fs, "9.3亿元", Fact.OTHER, Measure.VALUE);
        assertIndicator(fs, "4.1%", Fact.OTHER, Measure.YOY);
        assertIndicator(fs, "3.6亿元", Fact.OTHER, Measure.VALUE);
        assertIndicator(fs, "7.7%", Fact.OTHER, Measure.YOY);
        assertIndicator(fs, "13.2%", Fact.OTHER, Measure.YOY);
        assertIndicator(fs, "5.4亿元", Fact.OTHER, Measure.VALUE);
        assertIndicator(fs, "9.9%", Fact.OTHER, Measure.YOY);
        assertIndicator(fs, "21.3%", Fact.OTHER, Measure.YOY);
        assertIndicator(fs, "860万元", Fact.OTHER, Measure.VALUE);
        assertIndicator(fs, "16%", Fact.OTHER, Measure.YOY);
    }

    @Test
    void parkBuildingAndRealEstateSpendingNamedBeforeAnInvestmentWordIsNoProjectInvestment() {
        List<Fact> fs = facts("全县新开工项目9个，竣工项目4个。全县房地产业投资额达21.7亿元，同比下降2.3%；"
                + "产业园载体建设完成投资1.9亿元；全县完成固定资产投资64亿元。");
        assertIndicator(fs, "21.7亿元", Fact.OTHER, Measure.VALUE);
        assertIndicator(fs, "2.3%", Fact.OTHER, Measure.YOY);
        assertIndicator(fs, "1.9亿元", Fact.OTHER, Measure.VALUE);
        assertIndicator(fs, "64亿元", "fixed_asset_investment", Measure.VALUE);
    }

    @Test
    void bareSpendingInALaterSentenceIsNoInvestmentOfTheProjectsCountedBefore() {
        List<Fact> fs = facts("全年确保新开工项目6个，竣工项目4个。全年确保投资1500万元，铺设园区道路5公里。"
                + "签约项目3个，计划投资7亿元。");
        assertIndicator(fs, "1500万元", Fact.OTHER, Measure.TARGET);
        assertIndicator(fs, "7亿元", "projects_signed_investment", Measure.VALUE);
    }

    @Test
    void theArrivedPartOfAGrantIsNoArrivedCapital() {
        List<Fact> fs = facts("全镇到位资金1.6亿元。争取上级奖补资金950万元，同比增长12%，目前已到位资金610万元，同比增长8%；"
                + "签约项目7个，总投资9亿元，已到位资金2.2亿元。");
        assertIndicator(fs, "1.6亿元", "domestic_capital_actual", Measure.VALUE);
        assertIndicator(fs, "610万元", Fact.OTHER, Measure.VALUE);
        assertIndicator(fs, "8%", Fact.OTHER, Measure.YOY);
        assertIndicator(fs, "2.2亿元", "domestic_capital_actual", Measure.VALUE);
    }

    @Test
    void capitalNamedByItsSourceRegionOrOwnerIsTheCapitalOfThePassageWithItsShare() {
        List<Fact> fs = facts("前三季度，全市引进内资项目410个，实际到位资金655.2亿元，同比增长7.4%。\n"
                + "从来源看，东部沿海地区投资超过六成，其中成渝地区投资101.3亿元，占比15.5%。"
                + "浙江企业在我市投资88.6亿元，占比13.5%；来自粤港澳大湾区的资金74.2亿元，占11.3%。");
        assertIndicator(fs, "六成", "domestic_capital_actual", Measure.SHARE);
        assertIndicator(fs, "101.3亿元", "domestic_capital_actual", Measure.VALUE);
        assertIndicator(fs, "15.5%", "domestic_capital_actual", Measure.SHARE);
        assertIndicator(fs, "88.6亿元", "domestic_capital_actual", Measure.VALUE);
        assertIndicator(fs, "13.5%", "domestic_capital_actual", Measure.SHARE);
        assertIndicator(fs, "74.2亿元", "domestic_capital_actual", Measure.VALUE);
        assertIndicator(fs, "11.3%", "domestic_capital_actual", Measure.SHARE);
        assertEquals("成渝", fact(fs, "101.3亿元").scope().get(0));
    }

    @Test
    void sourceWordsBeforeTheInvestmentOfSignedProjectsLeaveItTheProjects() {
        List<Fact> fs = facts("全县新签约项目15个，总投资62亿元，其中民营企业投资41亿元。");
        assertIndicator(fs, "62亿元", "projects_signed_investment", Measure.VALUE);
        assertIndicator(fs, "41亿元", "projects_signed_investment", Measure.VALUE);
    }

    @Test
    void theGrowthOfAnAverageSizeIsNoGrowthOfTheTotal() {
        List<Fact> fs = facts("上半年，全区签约项目11个，协议总投资96.8亿元，同比增长75.2%，平均每个项目投资额8.8亿元，同比增长43.1%。"
                + "十年来，我市日资项目的平均单体规模增长了约9倍；两年平均增长16.4%。");
        assertIndicator(fs, "75.2%", "projects_signed_investment", Measure.YOY);
        assertIndicator(fs, "8.8亿元", Fact.OTHER, Measure.VALUE);
        assertIndicator(fs, "43.1%", Fact.OTHER, Measure.YOY);
        assertIndicator(fs, "9倍", Fact.OTHER, Measure.YOY);
    }

    @Test
    void aCapitalIncreaseOfOneNamedFirmIsThatFirmsOwnAmount() {
        List<Fact> fs = facts("全市新批外资项目6个，合同外资8600万美元，其中外资企业增资2100万美元；"
                + "南屿精密机械有限公司增资4800万元，华岳新材料集团增资1.2亿元。");
        assertIndicator(fs, "2100万美元", "fdi_contracted", Measure.VALUE);
        assertIndicator(fs, "4800万元", Fact.OTHER, Measure.VALUE);
        assertIndicator(fs, "1.2亿元", Fact.OTHER, Measure.VALUE);
    }

    @Test
    void amountsBySourceRegionKeepTheIndicatorOfTheTotalTheyBreakDown() {
        List<Fact> fs = facts("一季度全市实际到位市外资金96.5亿元，同比增长11.2%。\n"
                + "从资金来源看，江苏省21.4亿元，居第一位；成渝地区（17.6亿元）同比增长8%，占全市总额的18.2%；"
                + "克孜勒苏柯尔克孜自治州9.8亿元。\n"
                + "从增速看，南岭市、北川县增速分别为24.6%、19.3%。");
        assertIndicator(fs, "21.4亿元", "domestic_capital_actual", Measure.VALUE);
        assertIndicator(fs, "第一位", "domestic_capital_actual", Measure.RANK);
        assertIndicator(fs, "17.6亿元", "domestic_capital_actual", Measure.VALUE);
        assertIndicator(fs, "8%", "domestic_capital_actual", Measure.YOY);
        assertIndicator(fs, "18.2%", "domestic_capital_actual", Measure.SHARE);
        assertIndicator(fs, "9.8亿元", "domestic_capital_actual", Measure.VALUE);
        assertIndicator(fs, "24.6%", "domestic_capital_actual", Measure.YOY);
        assertIndicator(fs, "19.3%", "domestic_capital_actual", Measure.YOY);
    }

    @Test
    void directInvestmentFromOutsideTheProvinceIsArrivedDomesticCapital() {
        // 省外直接投资 is capital from other provinces, not foreign direct investment nor signed projects
        List<Fact> fs = facts("1-9月，全区引进到位国内省外直接投资386.5亿元，同比增长11.2%，总量居全市第二；实际利用外资1.6亿美元。");
        assertIndicator(fs, "386.5亿元", "domestic_capital_actual", Measure.VALUE);
        assertIndicator(fs, "11.2%", "domestic_capital_actual", Measure.YOY);
        assertIndicator(fs, "1.6亿美元", "fdi_actual", Measure.VALUE);
    }

    @Test
    void aSizeClassInsideTheWordsOfCapitalFromOutsideLeavesThemArrivedDomesticCapital() {
        // 省外…项目资金 with 3000万元以上 between: the class says which projects count, the words stay 引进省外项目资金
        List<Fact> fs = facts("前三季度，全市引进省外3000万元以上项目资金412.6亿元，同比增长18.3%；"
                + "引进国内省外亿元以上项目到位资金265亿元。引进5千万以上项目资金近三百亿元。");
        assertIndicator(fs, "412.6亿元", "domestic_capital_actual", Measure.VALUE);
        assertIndicator(fs, "18.3%", "domestic_capital_actual", Measure.YOY);
        assertIndicator(fs, "265亿元", "domestic_capital_actual", Measure.VALUE);
        assertIndicator(fs, "三百亿元", "domestic_capital_actual", Measure.VALUE);
    }

    @Test
    void arrivedCapitalOfAnIndustryIsArrivedDomesticCapitalOfThatIndustry() {
        List<Fact> fs = facts("分产业看，第二产业到位238.4亿元，同比增长6.2%，占到位总额的57.8%；三产业到位165.1亿元，"
                + "占到位总额的40%；一产实际到位资金7.3亿元。");
        assertIndicator(fs, "238.4亿元", "domestic_capital_actual", Measure.VALUE);
        assertIndicator(fs, "6.2%", "domestic_capital_actual", Measure.YOY);
        assertIndicator(fs, "57.8%", "domestic_capital_actual", Measure.SHARE);
        assertIndicator(fs, "165.1亿元", "domestic_capital_actual", Measure.VALUE);
        assertScope(fs, "165.1亿元", "第三产业");
        assertIndicator(fs, "40%", "domestic_capital_actual", Measure.SHARE);
        assertIndicator(fs, "7.3亿元", "domestic_capital_actual", Measure.VALUE);
        assertScope(fs, "7.3亿元", "第一产业");
    }

    @Test
    void theInvestmentOfParksAfterAStartRateIsFixedAssetInvestmentAndTheirOutputStaysOther() {
        // a park's investment growth is its fixed-asset investment, not the investment of the projects started before
        List<Fact> fs = facts("43项重点项目陆续开复工，开复工率为92%。同时，东湖工业园区、西山工业园区投资分别增长11.3%、6.6%，"
                + "高新区投资增长9%；甲园区、乙园区产值分别增长12.1%、8.3%。");
        assertIndicator(fs, "92%", "projects_started", Measure.SHARE);
        assertIndicator(fs, "11.3%", "fixed_asset_investment", Measure.YOY);
        assertIndicator(fs, "6.6%", "fixed_asset_investment", Measure.YOY);
        assertIndicator(fs, "9%", "fixed_asset_investment", Measure.YOY);
        assertIndicator(fs, "12.1%", Fact.OTHER, Measure.YOY);
        assertIndicator(fs, "8.3%", Fact.OTHER, Measure.YOY);
    }

    @Test
    void newActualInvestmentFromOutsideTheProvinceIsArrivedDomesticCapital() {
        List<Fact> fs = facts("上半年，全县省外引进产业项目新增实际投资36.2亿元，同比增长7.4%。");
        assertIndicator(fs, "36.2亿元", "domestic_capital_actual", Measure.VALUE);
        assertIndicator(fs, "7.4%", "domestic_capital_actual", Measure.YOY);
    }

    @Test
    void contractedAndArrivedInvestmentFromOutsideAndTheSignedTotalNameTheirOwnIndicators() {
        List<Fact> fs = facts("上半年，全区共签订区外投资项目64项，合同利用区外投资金额95.1亿元，实际利用区外投资金额31.8亿元；"
                + "已签约项目17个，签约总额12.6亿元。");
        assertIndicator(fs, "95.1亿元", "domestic_capital_contracted", Measure.VALUE);
        assertIndicator(fs, "31.8亿元", "domestic_capital_actual", Measure.VALUE);
        assertIndicator(fs, "12.6亿元", "projects_signed_investment", Measure.VALUE);
    }

    @Test
    void signedAndContractMoneyIsContractedNotArrived() {
        List<Fact> fs = facts("全县新签约项目28个，签约资金61.5亿元，合同利用县外资金52亿元，累计到位资金9.4亿元。"
                + "马岭镇合同利用镇外资金3600万元，合同引进资金1.2亿元。");
        assertIndicator(fs, "61.5亿元", "projects_signed_investment", Measure.VALUE);
        assertIndicator(fs, "52亿元", "domestic_capital_contracted", Measure.VALUE);
        assertIndicator(fs, "9.4亿元", "domestic_capital_actual", Measure.VALUE);
        assertIndicator(fs, "3600万元", "domestic_capital_contracted", Measure.VALUE);
        assertIndicator(fs, "1.2亿元", "domestic_capital_contracted", Measure.VALUE);
    }

    @Test
    void actualWordsInTheFiguresOwnPhraseBeatTheContractedSentence() {
        List<Fact> fs = facts("新批合同外资7.4亿美元，增长1.3倍；其中服务业实际到位2.6亿美元，增长0.7倍。"
                + "园区累计实际到帐资金41亿美元。其中外商直接投资实际到位资金2.7亿美元，同比增长19.5%。");
        assertIndicator(fs, "7.4亿美元", "fdi_contracted", Measure.VALUE);
        assertIndicator(fs, "2.6亿美元", "fdi_actual", Measure.VALUE);
        assertIndicator(fs, "0.7倍", "fdi_actual", Measure.YOY);
        assertIndicator(fs, "41亿美元", "fdi_actual", Measure.VALUE);
        assertIndicator(fs, "2.7亿美元", "fdi_actual", Measure.VALUE);
        assertIndicator(fs, "19.5%", "fdi_actual", Measure.YOY);
    }

    @Test
    void respectiveAmountsInTwoCurrenciesAreForeignAndDomesticCapital() {
        List<Fact> fs = facts("前三季度全市实际到位境外、市外资金分别为3.8亿美元、412亿元。");
        assertIndicator(fs, "3.8亿美元", "fdi_actual", Measure.VALUE);
        assertIndicator(fs, "412亿元", "domestic_capital_actual", Measure.VALUE);
    }

    @Test
    void moneyNeverStatesACountIndicator() {
        List<Fact> fs = facts("跟踪在谈项目19个，拟投资总额约64亿元。");
        assertIndicator(fs, "19个", "projects_negotiating", Measure.VALUE);
        assertIndicator(fs, "64亿元", "projects_negotiating_investment", Measure.VALUE);
    }

    @Test
    void talksAwayAreTripsAndTheAppraisalRankIsNoActivity() {
        List<Fact> fs = facts("全年赴沿海城市洽谈引资12次；招商引资考核居全市第三位。");
        assertIndicator(fs, "12次", "outreach_trips", Measure.VALUE);
        assertIndicator(fs, "第三位", Fact.OTHER, Measure.RANK);
    }

    private static void assertScope(List<Fact> facts, String text, String scope) {
        Fact f = fact(facts, text);
        assertEquals(List.of(scope), f.scope(), "scope of " + text);
    }

    @Test
    void capitalNamedByAVerbOrASynonymIsArrivedDomesticCapital() {
        List<Fact> fs = facts("上半年利用市外资金实际进资7.3亿元；大项目实际引资5.1亿元；全乡完成招商引资3600万元，"
                + "共计入资1.4亿元，实到投资额2.2亿元。西岭镇已投资8800万元。全区吸引外省市资金46亿元，内联引资31.5亿元；"
                + "现汇进资260万美元。");
        assertIndicator(fs, "7.3亿元", "domestic_capital_actual", Measure.VALUE);
        assertIndicator(fs, "5.1亿元", "domestic_capital_actual", Measure.VALUE);
        assertIndicator(fs, "3600万元", "domestic_capital_actual", Measure.VALUE);
        assertIndicator(fs, "1.4亿元", "domestic_capital_actual", Measure.VALUE);
        assertIndicator(fs, "2.2亿元", "domestic_capital_actual", Measure.VALUE);
        assertIndicator(fs, "8800万元", "domestic_capital_actual", Measure.VALUE);
        assertIndicator(fs, "46亿元", "domestic_capital_actual", Measure.VALUE);
        assertIndicator(fs, "31.5亿元", "domestic_capital_actual", Measure.VALUE);
        assertIndicator(fs, "260万美元", "fdi_actual", Measure.VALUE);
    }

    @Test
    void directInvestmentAbsorbedAndRegisteredCapitalAreNamedByTheirOwnWords() {
        List<Fact> fs = facts("全县新建亿元以上在建项目48个，实际到位资金96亿元；实际吸收外商直接投资3.6亿美元，同比增长7.2%。"
                + "新落户内资企业85家，注册内资5.4亿元；新增注册外资2900万美元。");
        assertIndicator(fs, "3.6亿美元", "fdi_actual", Measure.VALUE);
        assertIndicator(fs, "7.2%", "fdi_actual", Measure.YOY);
        assertIndicator(fs, "5.4亿元", "registered_capital", Measure.VALUE);
        assertIndicator(fs, "2900万美元", "registered_capital", Measure.VALUE);
    }

    @Test
    void foreignInsideProvincialCapitalNamesNoForeignProjects() {
        List<Fact> fs = facts("1-4月，引进省外资金5000万元以上项目6个，实际进资9.2亿元，全市排名第4。");
        assertIndicator(fs, "6个", "projects_signed", Measure.VALUE);
        assertIndicator(fs, "9.2亿元", "domestic_capital_actual", Measure.VALUE);
    }

    @Test
    void foreignAndDomesticCapitalTogetherAreOtherWithTheirScope() {
        List<Fact> fs = facts("前三季度，内外资合计到位资金2210亿元，同比增长12.5%。全镇完成境内外招商引资总额9600万美元。");
        assertIndicator(fs, "2210亿元", Fact.OTHER, Measure.VALUE);
        assertScope(fs, "2210亿元", "内外资");
        assertIndicator(fs, "12.5%", Fact.OTHER, Measure.YOY);
        assertIndicator(fs, "9600万美元", Fact.OTHER, Measure.VALUE);
    }

    @Test
    void aCapitalTotalSplitIntoForeignAndDomesticPartsIsBothTogether() {
        List<Fact> fs = facts("前三季度，全市招商引资到位资金836.4亿元，同比增长7.7%。其中，实际使用外资5.2亿美元，同比增长3.6%；"
                + "实际到位内资799.5亿元，同比增长8.1%。");
        assertIndicator(fs, "836.4亿元", Fact.OTHER, Measure.VALUE);
        assertScope(fs, "836.4亿元", "内外资");
        assertIndicator(fs, "7.7%", Fact.OTHER, Measure.YOY);
        assertIndicator(fs, "5.2亿美元", "fdi_actual", Measure.VALUE);
        assertIndicator(fs, "799.5亿元", "domestic_capital_actual", Measure.VALUE);
        assertIndicator(fs, "8.1%", "domestic_capital_actual", Measure.YOY);

        List<Fact> same = facts("1-5月，全县招商引资到位资金38.6亿元，其中利用外资1200万美元、到位内资37.7亿元。");
        assertIndicator(same, "38.6亿元", Fact.OTHER, Measure.VALUE);
        assertIndicator(same, "37.7亿元", "domestic_capital_actual", Measure.VALUE);

        // a breakdown into domestic parts only leaves the total domestic capital
        List<Fact> domestic = facts("全区实际到位资金52.3亿元。其中，省外资金41.2亿元，市外资金11.1亿元。");
        assertIndicator(domestic, "52.3亿元", "domestic_capital_actual", Measure.VALUE);
    }

    @Test
    void aCompletionIsOfTheTargetItsPhraseNames() {
        List<Fact> fs = facts("1-6月全市到位资金412亿元，完成省下达560亿元招商引资目标任务的73.6%。");
        assertIndicator(fs, "73.6%", "domestic_capital_actual", Measure.COMPLETION);
    }

    @Test
    void countsOfThingsOtherThanProjectsAreOther() {
        List<Fact> fs = facts("在推介大会上成功签约6个领域52个项目。全省28个部门开展招商对接，35个县引进项目610个。"
                + "全市19个组团共报送项目线索86条。");
        assertIndicator(fs, "6个", Fact.OTHER, Measure.VALUE);
        assertIndicator(fs, "52个", "projects_signed", Measure.VALUE);
        assertIndicator(fs, "28个", Fact.OTHER, Measure.VALUE);
        assertIndicator(fs, "35个", Fact.OTHER, Measure.VALUE);
        assertIndicator(fs, "610个", "projects_signed", Measure.VALUE);
        assertIndicator(fs, "19个", Fact.OTHER, Measure.VALUE);
    }

    @Test
    void respectiveRatesAfterSeveralIndicatorsTakeOneEach() {
        List<Fact> fs = facts("全年新签约项目52个、协议投资186亿元，分别完成年度任务的94%和108%。"
                + "外资企业中，新设外资企业数、合同外资和实际使用外资分别比上年增长6.2%、18.4%和11.9%。");
        assertIndicator(fs, "94%", "projects_signed", Measure.COMPLETION);
        assertIndicator(fs, "108%", "projects_signed_investment", Measure.COMPLETION);
        assertIndicator(fs, "6.2%", "fdi_enterprises_new", Measure.YOY);
        assertIndicator(fs, "18.4%", "fdi_contracted", Measure.YOY);
        assertIndicator(fs, "11.9%", "fdi_actual", Measure.YOY);
    }

    @Test
    void worksCountedAsProjectsTakeTheProjectIndicators() {
        List<Fact> fs = facts("今年以来，新引进工程21个；开工工程14个。");
        assertIndicator(fs, "21个", "projects_signed", Measure.VALUE);
        assertIndicator(fs, "14个", "projects_started", Measure.VALUE);
    }

    @Test
    void arrivalsWrittenWithAVerbAreArrivedCapitalAndSoIsTheGrowthAfterThem() {
        List<Fact> fs = facts("前三季度，全县产业项目资金到位21.4亿元，同比增长18%，占全县到位资金的62%。"
                + "从资金到位情况看，完成17.6亿元，增长12.5%；在项目开工方面，开工项目6个。"
                + "从行业看，第三产业到位金额达126.3亿元。其中，来自长三角的沪、苏、浙、皖四省市共到位88.2亿元，占比31.5%。"
                + "累计完成国内招商5.26亿元，合同外资380万美元。引进市外投资项目共26个，实现招商引资资金12.84亿元。");
        assertIndicator(fs, "21.4亿元", "domestic_capital_actual", Measure.VALUE);
        assertIndicator(fs, "18%", "domestic_capital_actual", Measure.YOY);
        assertIndicator(fs, "17.6亿元", "domestic_capital_actual", Measure.VALUE);
        assertIndicator(fs, "12.5%", "domestic_capital_actual", Measure.YOY);
        assertIndicator(fs, "6个", "projects_started", Measure.VALUE);
        assertIndicator(fs, "126.3亿元", "domestic_capital_actual", Measure.VALUE);
        assertIndicator(fs, "88.2亿元", "domestic_capital_actual", Measure.VALUE);
        assertIndicator(fs, "5.26亿元", "domestic_capital_actual", Measure.VALUE);
        assertIndicator(fs, "380万美元", "fdi_contracted", Measure.VALUE);
        assertIndicator(fs, "12.84亿元", "domestic_capital_actual", Measure.VALUE);
    }

    @Test
    void contractAmountsOfSignedProjectsAreTheirInvestment() {
        List<Fact> fs = facts("全区新签约项目15个，签约合同额64亿元，同比增长5%，其中临港片区签约9个、合同额41亿元。");
        assertIndicator(fs, "15个", "projects_signed", Measure.VALUE);
        assertIndicator(fs, "64亿元", "projects_signed_investment", Measure.VALUE);
        assertIndicator(fs, "5%", "projects_signed_investment", Measure.YOY);
        assertIndicator(fs, "41亿元", "projects_signed_investment", Measure.VALUE);
    }

    @Test
    void ranksInAnAppraisalOfTheWholeWorkAreNoOutreachTrips() {
        List<Fact> fs = facts("去年，该区在全市投资促进年度考核中排名第三。"
                + "上半年，全市重点产业招商指数榜排名全省第2，招商实效综合指数榜排名全省第4。"
                + "在专项考评中，我县招商引资考评成绩居全市各县区第一名。全年实际进资增长9.5%，增速居全市第二位。");
        assertIndicator(fs, "第三", Fact.OTHER, Measure.RANK);
        assertIndicator(fs, "第2", Fact.OTHER, Measure.RANK);
        assertIndicator(fs, "第4", Fact.OTHER, Measure.RANK);
        assertIndicator(fs, "第一名", Fact.OTHER, Measure.RANK);
        assertIndicator(fs, "第二位", "domestic_capital_actual", Measure.RANK);
    }

    @Test
    void territoryAndFloorSpaceAreNoLandSupplied() {
        List<Fact> fs = facts("该园区规划面积86平方公里，核心区面积12.5平方公里，今年新增供地320亩。"
                + "全年盘活闲置厂房4.2万平方米，新建标准厂房18万平方米，项目用地面积共560亩；盘活楼宇载体8000余平方米。");
        assertIndicator(fs, "86平方公里", Fact.OTHER, Measure.VALUE);
        assertIndicator(fs, "12.5平方公里", Fact.OTHER, Measure.VALUE);
        assertIndicator(fs, "320亩", "land_area", Measure.VALUE);
        assertIndicator(fs, "4.2万平方米", Fact.OTHER, Measure.VALUE);
        assertIndicator(fs, "18万平方米", Fact.OTHER, Measure.VALUE);
        assertIndicator(fs, "560亩", "land_area", Measure.VALUE);
        assertIndicator(fs, "8000余平方米", Fact.OTHER, Measure.VALUE);
    }

    @Test
    void keyProjectInvestmentAfterASemicolonIsNotTheLastStagesInvestment() {
        List<Fact> fs = facts("今年我县共4个项目列为省重点项目，总投资23.5亿元，其中新开工项目3个，保投产项目1个；"
                + "共18个项目列为市重点项目，总投资66.2亿元。");
        assertIndicator(fs, "3个", "projects_started", Measure.VALUE);
        assertIndicator(fs, "1个", "projects_completed", Measure.VALUE);
        assertIndicator(fs, "18个", Fact.OTHER, Measure.VALUE);
        assertIndicator(fs, "66.2亿元", Fact.OTHER, Measure.VALUE);
    }

    @Test
    void aStockHeldIsNoFlowOfThePeriod() {
        List<Fact> fs = facts("全县目前共有外资企业27家，投资总额3.1亿美元；今年新设外商投资企业4家，实际使用外资2100万美元。"
                + "截至目前，全区现有规上工业企业128家。");
        assertIndicator(fs, "27家", Fact.OTHER, Measure.VALUE);
        assertIndicator(fs, "3.1亿美元", Fact.OTHER, Measure.VALUE);
        assertIndicator(fs, "4家", "fdi_enterprises_new", Measure.VALUE);
        assertIndicator(fs, "2100万美元", "fdi_actual", Measure.VALUE);
        assertIndicator(fs, "128家", Fact.OTHER, Measure.VALUE);
    }

    @Test
    void agreedCapitalIsContractedAndIntendedCapitalIsStillUnderTalks() {
        List<Fact> fs = facts("某州签约项目41个，合同引资总额210亿元，到位资金36.2亿元；协议项目9项，协议引资额58亿元；"
                + "意向项目23项，意向引资额305亿元。");
        assertIndicator(fs, "210亿元", "domestic_capital_contracted", Measure.VALUE);
        assertIndicator(fs, "36.2亿元", "domestic_capital_actual", Measure.VALUE);
        assertIndicator(fs, "58亿元", "domestic_capital_contracted", Measure.VALUE);
        assertIndicator(fs, "305亿元", "projects_negotiating_investment", Measure.VALUE);
    }

    @Test
    void theInvestmentPromotionTaskInMoneyIsArrivedCapital() {
        List<Fact> fs = facts("省里与某市签订的招商引资任务是180亿元，某市自我加压，将今年定为“项目年”，将招商引资任务确定为260亿元以上。"
                + "某乡共完成招商引资任务3400万元。");
        assertIndicator(fs, "180亿元", "domestic_capital_actual", Measure.TARGET);
        assertIndicator(fs, "260亿元", "domestic_capital_actual", Measure.TARGET);
        assertIndicator(fs, "3400万元", "domestic_capital_actual", Measure.VALUE);
    }

    @Test
    void investmentArrivedFromOutsideTheRegionIsArrivedCapital() {
        List<Fact> fs = facts("截至8月底，某市区外境内累计投资到位96.4亿元，完成全年目标任务140亿元的68.86%。");
        assertIndicator(fs, "96.4亿元", "domestic_capital_actual", Measure.VALUE);
        assertIndicator(fs, "140亿元", "domestic_capital_actual", Measure.TARGET);
        assertIndicator(fs, "68.86%", "domestic_capital_actual", Measure.COMPLETION);
    }

    @Test
    void investmentCompletedOnProjectsIsFixedAssetInvestmentAndTheWorksProgressNoMoney() {
        List<Fact> fs = facts("全县已开工项目58个，开工率79%，累计完成项目投资22亿元。两所学校完成总工程量的90%以上，"
                + "县级重点项目完成项目投资3.6亿元。全县争取上级下达批复资金9.8亿元。");
        assertIndicator(fs, "58个", "projects_started", Measure.VALUE);
        assertIndicator(fs, "22亿元", "fixed_asset_investment", Measure.VALUE);
        assertEquals(Fact.OTHER, fact(fs, "90%").indicator());
        assertIndicator(fs, "3.6亿元", "fixed_asset_investment", Measure.VALUE);
        assertIndicator(fs, "9.8亿元", Fact.OTHER, Measure.VALUE);
    }

    @Test
    void groupTripsAreOutreachButThePeopleOnThemAreNoTrips() {
        List<Fact> fs = facts("县乡两级组团25批次赴粤开展招商；组织招商小分队38批次、210余人赴外地洽谈。");
        assertIndicator(fs, "25批次", "outreach_trips", Measure.VALUE);
        assertIndicator(fs, "38批次", "outreach_trips", Measure.VALUE);
        assertIndicator(fs, "210余人", Fact.OTHER, Measure.VALUE);
    }

    @Test
    void retailSalesAndRevenueWrittenOtherwiseStayOutsideTheInvestmentIndicators() {
        List<Fact> fs = facts("全年实际使用外资2.6亿美元，同比增长31%，社会商品零售总额214亿元，同比增长9%。"
                + "外商投资企业完成销售（营业）收入57亿元，同比增长6%。引进项目12个，社会消费零售总额增长11%，网上零售额8.2亿元。"
                + "新签约项目7个，全镇实现工业应税销售3.9亿元。");
        assertIndicator(fs, "214亿元", Fact.OTHER, Measure.VALUE);
        assertIndicator(fs, "9%", Fact.OTHER, Measure.YOY);
        assertIndicator(fs, "57亿元", Fact.OTHER, Measure.VALUE);
        assertIndicator(fs, "6%", Fact.OTHER, Measure.YOY);
        assertIndicator(fs, "11%", Fact.OTHER, Measure.YOY);
        assertIndicator(fs, "8.2亿元", Fact.OTHER, Measure.VALUE);
        assertIndicator(fs, "3.9亿元", Fact.OTHER, Measure.VALUE);
    }

    @Test
    void outwardBusinessGovernsTheInvestmentWordsAfterItInItsClause() {
        List<Fact> fs = facts("对外承包工程新签合同额2.4亿美元，增长15%；对外投资中方合同投资额3800万美元；"
                + "对外投资和实际使用外资分别为1.1亿美元、1.9亿美元。");
        assertIndicator(fs, "2.4亿美元", Fact.OTHER, Measure.VALUE);
        assertIndicator(fs, "15%", Fact.OTHER, Measure.YOY);
        assertIndicator(fs, "3800万美元", Fact.OTHER, Measure.VALUE);
        assertIndicator(fs, "1.1亿美元", Fact.OTHER, Measure.VALUE);
        assertIndicator(fs, "1.9亿美元", "fdi_actual", Measure.VALUE);
    }

    @Test
    void actualInvestmentByForeignInvestorsAndProjectsCountedInZongAreForeignCapital() {
        List<Fact> fs = facts("全区新批外商投资项目9宗，同比增长28%；合同外资金额6.3亿美元，外商实际投资4.1亿美元，分别增长12%和27%。"
                + "内联引资完成44亿元，增长10%。");
        assertIndicator(fs, "9宗", "fdi_enterprises_new", Measure.VALUE);
        assertIndicator(fs, "28%", "fdi_enterprises_new", Measure.YOY);
        assertIndicator(fs, "6.3亿美元", "fdi_contracted", Measure.VALUE);
        assertIndicator(fs, "4.1亿美元", "fdi_actual", Measure.VALUE);
        assertIndicator(fs, "12%", "fdi_contracted", Measure.YOY);
        assertIndicator(fs, "27%", "fdi_actual", Measure.YOY);
        assertIndicator(fs, "44亿元", "domestic_capital_actual", Measure.VALUE);
    }
}
