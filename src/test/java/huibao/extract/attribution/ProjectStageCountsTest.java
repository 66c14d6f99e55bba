package huibao.extract.attribution;

import huibao.model.Fact;
import huibao.model.Measure;
import huibao.model.Period;
import huibao.model.Report;
import org.junit.jupiter.api.Test;

import java.util.List;

import static huibao.extract.attribution.ProjectExtractor.fact;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A count of projects takes the indicator of the stage word next to it, and a stage the contract
 * counts by no indicator (履约, 审批, 终止, 意向, 续建, 施工, 结转, key-project lists) makes it other.
 */
class ProjectStageCountsTest {

    static List<Fact> facts(String text) {
        return ProjectExtractor.facts(text, new Period(2024, 1, 6, "1-6月"));
    }

    private static void assertIndicator(String indicator, Fact f) {
        assertEquals(indicator, f.indicator(), "indicator of " + f.text() + " in " + f.sentence());
    }

    @Test
    void fulfilledApprovingAndEndedProjectsAreOther() {
        List<Fact> fs = facts("经贸洽谈会签约项目已履约418个，履约率达91%。正在办理立项审批和做前期工作的项目57个，"
                + "因企业原因终止的项目3个，已建成投产的项目24个。");
        assertIndicator(Fact.OTHER, fact(fs, "418个"));
        assertIndicator(Fact.OTHER, fact(fs, "57个"));
        assertIndicator(Fact.OTHER, fact(fs, "3个"));
        assertIndicator("projects_completed", fact(fs, "24个"));
    }

    @Test
    void signedContractsAreSignedAndThoseStillTalkedAboutNegotiating() {
        List<Fact> fs = facts("在博览会上对接的820个项目中，已签合同项目512个，总投资3610亿元；仍在洽谈项目208个，总投资1905亿元。");
        assertIndicator("projects_signed", fact(fs, "512个"));
        assertIndicator("projects_signed_investment", fact(fs, "3610亿元"));
        assertIndicator("projects_negotiating", fact(fs, "208个"));
        assertIndicator("projects_negotiating_investment", fact(fs, "1905亿元"));
    }

    @Test
    void projectsCountedAfterAnOutreachWordTakeTheirStage() {
        List<Fact> fs = facts("今年新洽谈对接41个项目，已开工动工7个。");
        assertIndicator("projects_negotiating", fact(fs, "41个"));
        assertIndicator("projects_started", fact(fs, "7个"));
    }

    @Test
    void projectsPutIntoConstructionAreStarted() {
        List<Fact> fs = facts("全县签约项目31个，总投资84.6亿元，已落地投建项目12个，总投资27亿元。");
        assertIndicator("projects_started", fact(fs, "12个"));
        assertIndicator("projects_started_investment", fact(fs, "27亿元"));
    }

    @Test
    void continuingAndUnderConstructionProjectsAreOtherUnlessCountedWithNewOnes() {
        List<Fact> fs = facts("全市新引进和续建项目318个，实际到位资金88.2亿元。其中续建项目41个，到位资金20.5亿元。");
        assertIndicator("projects_signed", fact(fs, "318个"));
        assertIndicator(Fact.OTHER, fact(fs, "41个"));
        assertIndicator(Fact.OTHER, fact(facts("上半年，全区工业施工项目64个，完成投资22.7亿元。"), "64个"));
    }

    @Test
    void theWholeInvestmentOfProjectsUnderConstructionInABreakdownIsTheStocksNotThePeriodsInvestment() {
        // 在建 projects' 总投资 is what the stock will cost in all; their completed investment is the period's
        List<Fact> fs = facts("全县重点项目共260项，总投资1380.6亿元，1-9月累计完成投资215.4亿元，其中：在建项目98项，总投资702.3亿元，"
                + "1-9月累计完成投资150.8亿元；新开工项目63项，总投资288.1亿元。");
        assertIndicator(Fact.OTHER, fact(fs, "702.3亿元"));
        assertIndicator("fixed_asset_investment", fact(fs, "150.8亿元"));
        assertIndicator("projects_started", fact(fs, "63项"));
        assertIndicator("projects_started_investment", fact(fs, "288.1亿元"));
    }

    @Test
    void projectsUnderConstructionAreStockAndSoAreTheirParts() {
        // 在建 counts the stock of projects being built, no projects started in the period: other, with its parts
        List<Fact> fs = facts("截至8月底，全县在建项目316个，总投资842.5亿元，同比增长9%。其中，5亿元以上项目71个，比上年同期增加12个；"
                + "20亿元以上项目8个。园区在建重点产业项目140个，其中亿元以上项目96个；10亿元以上项目15个。");
        for (String t : List.of("316个", "842.5亿元", "9%", "71个", "12个", "8个", "140个", "96个", "15个")) {
            assertIndicator(Fact.OTHER, fact(fs, t));
        }
        List<Fact> parts = facts("全市亿元以上在建市外投资项目到位资金按三次产业分布。其中，一产项目37个，二产项目604个。");
        assertIndicator(Fact.OTHER, fact(parts, "37个"));
        assertIndicator(Fact.OTHER, fact(parts, "604个"));
        // 开工在建: started and still being built, counted as started
        assertIndicator("projects_started", fact(facts("全年新引进外资项目5个；开工在建项目达到9个，总投资额21亿元。"), "9个"));
        List<Fact> started = facts("全区新开工项目27个，总投资61亿元；开复工项目88个。");
        assertIndicator("projects_started", fact(started, "27个"));
        assertIndicator("projects_started_investment", fact(started, "61亿元"));
        assertIndicator("projects_started", fact(started, "88个"));
    }

    @Test
    void keyProjectListsAreOtherUnlessAStageGovernsTheCount() {
        // a key-project list (重点工程, 重点建设项目, 省/市重大项目, 两重一实, 在库, 列入) selects projects, no stage
        List<Fact> fs = facts("今年全镇省市重点工程项目共24项，总投资318.4亿元，其中亿元以上项目15个。"
                + "全年安排重点建设项目52个，在库市重大项目233个，列入全市“两重一实”项目4个。"
                + "已签约重点项目9个，新开工市重大项目17个。");
        for (String t : List.of("24项", "318.4亿元", "15个", "52个", "233个", "4个")) {
            assertIndicator(Fact.OTHER, fact(fs, t));
        }
        assertIndicator("projects_signed", fact(fs, "9个"));
        assertIndicator("projects_started", fact(fs, "17个"));
    }

    @Test
    void preparatoryRenovationAndContactedProjectsTakeNoSignedStage() {
        List<Fact> fs = facts("全县预备项目64项，总投资420亿元。企业累计实施技术改造项目31个。累计接洽项目58个，其中意向性项目22个。");
        assertIndicator(Fact.OTHER, fact(fs, "64项"));
        assertIndicator(Fact.OTHER, fact(fs, "420亿元"));
        assertIndicator(Fact.OTHER, fact(fs, "31个"));
        assertIndicator("projects_negotiating", fact(fs, "58个"));
        assertIndicator(Fact.OTHER, fact(fs, "22个"));
    }

    @Test
    void theRateOfProjectsInProductionIsTheCompletedShare() {
        List<Fact> fs = facts("新开工项目42个，开工率84%，投达产项目9个，投达产率21.4%。");
        assertIndicator("projects_completed", fact(fs, "9个"));
        assertIndicator("projects_completed", fact(fs, "21.4%"));
        assertEquals(Measure.SHARE, fact(fs, "21.4%").measure());
    }

    @Test
    void aPassageOnProjectsUnderConstructionCountsNoSignedProjects() {
        List<Fact> fs = facts("一是施工项目持续增加。截至9月底，新增投资项目52家，其中新增亿元以上项目18个。");
        assertIndicator(Fact.OTHER, fact(fs, "52家"));
        assertIndicator(Fact.OTHER, fact(fs, "18个"));
    }

    @Test
    void aContinuingListAndTheNewBuildsBesideItAreOther() {
        // 新建 tells how a project is built (beside 续建), not that it was brought in
        List<Fact> fs = facts("纳入统计的项目共计96个，其中续建项目51个、新建项目45个。");
        assertIndicator(Fact.OTHER, fact(fs, "51个"));
        assertIndicator(Fact.OTHER, fact(fs, "45个"));
    }

    @Test
    void partsOfAReserveListAreOther() {
        List<Fact> fs = facts("我县还谋划储备了38个项目，其中，五亿元以上项目11个；历年结转项目2个。");
        assertIndicator(Fact.OTHER, fact(fs, "38个"));
        assertIndicator(Fact.OTHER, fact(fs, "11个"));
        assertIndicator(Fact.OTHER, fact(fs, "2个"));
    }

    @Test
    void intendedAndKeyListProjectsAreOther() {
        assertIndicator(Fact.OTHER, fact(facts("各部门对接企业215家，初步达成74个项目的合作意向。"), "74个"));
        assertIndicator(Fact.OTHER, fact(facts("今年全市列入省级大兑现内资项目共48个。"), "48个"));
    }

    @Test
    void aCountOfProjectsWithMoneyArrivedIsOtherAndSoIsItsGrowth() {
        List<Fact> fs = facts("全省新设外商投资企业36家，同比增长8.4%；有资金到位的内资项目2710个，同比增长19.3%。");
        assertIndicator("fdi_enterprises_new", fact(fs, "36家"));
        assertIndicator(Fact.OTHER, fact(fs, "2710个"));
        Fact growth = fact(fs, "19.3%");
        assertIndicator(Fact.OTHER, growth);
        assertEquals(Measure.YOY, growth.measure());
    }

    @Test
    void newlyApprovedProjectsAreNewForeignEnterprisesEachWithItsOwnSizeClass() {
        List<Fact> fs = facts("据统计，187个新批项目中，143个是制造业项目。上半年共新批2000万美元以上项目15个、6000万美元以上项目6个。");
        assertIndicator("fdi_enterprises_new", fact(fs, "187个"));
        assertIndicator("fdi_enterprises_new", fact(fs, "143个"));
        Fact larger = fact(fs, "6个");
        assertIndicator("fdi_enterprises_new", larger);
        assertEquals(List.of("6000万美元以上"), larger.scope());
        assertEquals(List.of("2000万美元以上"), fact(fs, "15个").scope());
    }

    @Test
    void newAndEnlargedProjectsAreNewForeignEnterprises() {
        List<Fact> fs = facts("一季度，新设和增资项目19个，其中新设项目9个，合同外资增加3.4亿美元。");
        assertIndicator("fdi_enterprises_new", fact(fs, "19个"));
        assertIndicator("fdi_enterprises_new", fact(fs, "9个"));
    }

    @Test
    void firmsAndProjectsOfTheFortune500AreFortune500Projects() {
        List<Fact> fs = facts("一季度全省新引进17家500强企业投资项目21个，总投资386.5亿元。");
        assertIndicator("fortune500_projects", fact(fs, "17家"));
        assertIndicator("fortune500_projects", fact(fs, "21个"));
    }

    @Test
    void projectsCountedByHowTheyAreBuiltAreOtherButFinishedOnesAreCompleted() {
        List<Fact> fs = facts("按建设性质划分，续建项目42个，新建项目35个，完工项目17个。全市新建5亿元以上项目126个，比上年同期增加21个。");
        assertIndicator(Fact.OTHER, fact(fs, "42个"));
        assertIndicator(Fact.OTHER, fact(fs, "35个"));
        assertIndicator("projects_completed", fact(fs, "17个"));
        assertIndicator(Fact.OTHER, fact(fs, "126个"));
        assertIndicator(Fact.OTHER, fact(fs, "21个"));
    }

    @Test
    void projectsWithArrivedCapitalAndFirmsReachingReportingSizeAreOther() {
        List<Fact> fs = facts("全镇有到位资金的项目53个。新引进9家电子元件企业，其中2家已达到规模并进入纳统程序。"
                + "新签约项目14个，其中3个已纳统。");
        assertIndicator(Fact.OTHER, fact(fs, "53个"));
        assertIndicator(Fact.OTHER, fact(fs, "2家"));
        assertIndicator(Fact.OTHER, fact(fs, "3个"));
    }

    @Test
    void plannedProjectsAreOtherLevelsAndCapitalIncreasesAreNoCompletedProjects() {
        List<Fact> fs = facts("其中谋划项目17个，投产28个项目，增资4个项目。截至4月底，“谋划一批”亿元以上项目6个，“开工一批”项目9个。");
        Fact planned = fact(fs, "17个");
        assertIndicator(Fact.OTHER, planned);
        assertEquals(Measure.VALUE, planned.measure());
        assertIndicator("projects_completed", fact(fs, "28个"));
        assertIndicator(Fact.OTHER, fact(fs, "4个"));
        assertIndicator(Fact.OTHER, fact(fs, "6个"));
        assertEquals(Measure.VALUE, fact(fs, "6个").measure());
        assertIndicator("projects_started", fact(fs, "9个"));
    }

    @Test
    void capitalIncreasesAreOtherUnlessListedUnderTheCountTheyBreakDown() {
        List<Fact> fs = facts("现有外资企业增资项目14个，增资额1.3亿美元。全区新批外商投资项目七个，其中增资扩股项目三个。");
        assertIndicator(Fact.OTHER, fact(fs, "14个"));
        assertIndicator("fdi_enterprises_new", fact(fs, "七个"));
        assertIndicator("fdi_enterprises_new", fact(fs, "三个"));
    }

    @Test
    void projectsSignedAndPerformingAreSignedProjects() {
        List<Fact> fs = facts("新签约并履约5亿元以上项目4个，新签约并履约亿元以上项目13个，新开工亿元以上项目7个。");
        assertIndicator("projects_signed", fact(fs, "4个"));
        assertIndicator("projects_signed", fact(fs, "13个"));
        assertIndicator("projects_started", fact(fs, "7个"));
    }

    @Test
    void projectsEitherBuildingOrFinishedAreOther() {
        List<Fact> fs = facts("五年来有90多个项目正在加速建设、或竣工投产。");
        assertIndicator(Fact.OTHER, fact(fs, "90多个"));
    }

    @Test
    void countsOfPlatformsWorkGroupsAndCitiesAreOther() {
        List<Fact> fs = facts("全区5个产业招商专班对接拜访企业共37家。从项目开工看，宁海、江北、奉化、象山4个市新开工亿元以上项目均在20个以上。"
                + "全县依托两个平台，累计引进外资项目9个。同时建设北湖创新园和云谷科创城三个特色项目平台。"
                + "截至9月，8个重点产业招商引资工作组对接企业26家。");
        assertIndicator(Fact.OTHER, fact(fs, "5个"));
        assertIndicator("firms_visited", fact(fs, "37家"));
        assertIndicator(Fact.OTHER, fact(fs, "4个"));
        assertIndicator(Fact.OTHER, fact(fs, "两个"));
        assertIndicator("fdi_enterprises_new", fact(fs, "9个"));
        assertIndicator(Fact.OTHER, fact(fs, "三个"));
        assertIndicator(Fact.OTHER, fact(fs, "8个"));
        assertIndicator("firms_visited", fact(fs, "26家"));
    }

    @Test
    void projectsFromOtherProvincesAndAbroadTogetherAreNoNewForeignEnterprises() {
        List<Fact> fs = facts("今年全区共实施省外、境外招商引资项目1360个，累计到位资金580.5亿元。");
        assertIndicator(Fact.OTHER, fact(fs, "1360个"));
    }

    @Test
    void aForeignPlaceInAProjectsNameDoesNotMakeTheCountForeign() {
        List<Fact> fs = facts("一季度，全区签约恒达智能装备、德国精密轴承等16个项目，合同额86亿元。");
        assertIndicator("projects_signed", fact(fs, "16个"));
    }

    @Test
    void aStageWrittenWithANegationIsNotThatStage() {
        List<Fact> fs = facts("截至6月底，全县重点项目36个，已开工项目21个，未开工项目15个，开工率58.3%。"
                + "园区落户项目42个，尚未投产项目11个，暂未签约5个。");
        assertIndicator("projects_started", fact(fs, "21个"));
        assertIndicator(Fact.OTHER, fact(fs, "15个"));
        assertIndicator(Fact.OTHER, fact(fs, "11个"));
        assertIndicator(Fact.OTHER, fact(fs, "5个"));
    }

    @Test
    void aStageStatedBeforeTheNegatedOneKeepsItsIndicator() {
        List<Fact> fs = facts("目前已签约未开工项目9个，协议投资52.6亿元。");
        assertIndicator("projects_signed", fact(fs, "9个"));
    }

    @Test
    void onlyTheRankedClassItselfIsCountedAsFortune500() {
        List<Fact> fs = facts("全市累计引进知名企业（世界500强、民营500强、行业龙头企业）86家，其中世界500强及境外知名企业12家，"
                + "民营500强企业27家，其他知名企业47家。今年新引进500强及行业领军企业项目6个。");
        assertIndicator(Fact.OTHER, fact(fs, "86家"));
        assertIndicator(Fact.OTHER, fact(fs, "12家"));
        assertIndicator("fortune500_projects", fact(fs, "27家"));
        assertIndicator(Fact.OTHER, fact(fs, "47家"));
        assertIndicator("projects_signed", fact(fs, "6个"));
    }

    @Test
    void aStageStillToComeIsNotThatStage() {
        List<Fact> fs = facts("上半年全乡新签约项目14个，总投资26亿元，待签约项目5个，总投资8亿元。"
                + "目前已投产项目6个，在建项目11个，拟于近期开工项目3个，占15%。可望签约项目21个，总投资6.3亿元。"
                + "据悉，下月将有7个项目签约。");
        assertIndicator("projects_signed", fact(fs, "14个"));
        assertIndicator("projects_signed_investment", fact(fs, "26亿元"));
        assertIndicator(Fact.OTHER, fact(fs, "5个"));
        assertIndicator(Fact.OTHER, fact(fs, "8亿元"));
        assertIndicator("projects_completed", fact(fs, "6个"));
        assertIndicator(Fact.OTHER, fact(fs, "11个")); // 在建: stock projects
        assertIndicator(Fact.OTHER, fact(fs, "3个"));
        assertIndicator(Fact.OTHER, fact(fs, "15%"));
        assertIndicator(Fact.OTHER, fact(fs, "21个"));
        assertIndicator(Fact.OTHER, fact(fs, "6.3亿元"));
        assertIndicator(Fact.OTHER, fact(fs, "7个"));
    }

    @Test
    void projectsUnderTalksThatWillSignSoonStayNegotiating() {
        List<Fact> fs = facts("全区正在洽谈的项目12个，拟投资总额58亿元。其中，洽谈成熟并于近期签约的项目5个，拟投资总额19亿元。");
        assertIndicator("projects_negotiating", fact(fs, "12个"));
        assertIndicator("projects_negotiating", fact(fs, "5个"));
        assertIndicator("projects_negotiating_investment", fact(fs, "19亿元"));
    }

    @Test
    void aNotYetWordInsideAnEarlierStageWordLeavesTheNextCountAlone() {
        List<Fact> fs = facts("以上重点项目中，已签约待开工4个、在谈2个。");
        assertIndicator("projects_negotiating", fact(fs, "2个"));
    }

    @Test
    void aListOfMixedStagesOrCeremoniesCountsNoOneStage() {
        List<Fact> fs = facts("全镇共安排58个开业、奠基和签约项目。建立“洽谈、签约、开工、投产”4个项目台账。");
        assertIndicator(Fact.OTHER, fact(fs, "58个"));
        assertIndicator(Fact.OTHER, fact(fs, "4个"));
    }

    @Test
    void designatedTalentAndArrivedMoneyProjectsAreOther() {
        List<Fact> fs = facts("今年新认定市级重点项目11个，完成计划的110%。民营企业进资项目共计420个。引进招才引智项目13个。");
        assertIndicator(Fact.OTHER, fact(fs, "11个"));
        assertIndicator(Fact.OTHER, fact(fs, "420个"));
        assertIndicator(Fact.OTHER, fact(fs, "13个"));
    }

    @Test
    void projectsLandedBesideASeparateSignedCountAreOther() {
        List<Fact> fs = facts("前4个月新签约项目73个，同比增长12%；新落地项目41个，同比增长30%。另有签约落地项目9个。");
        assertIndicator("projects_signed", fact(fs, "73个"));
        assertIndicator(Fact.OTHER, fact(fs, "41个"));
        assertIndicator(Fact.OTHER, fact(fs, "30%"));
        List<Fact> alone = facts("今年以来新落地项目26个。");
        assertIndicator("projects_signed", fact(alone, "26个"));
    }

    @Test
    void stageWordsSharingOneNounPairWithTheirCountsOneByOne() {
        List<Fact> found = facts("上半年，全区新签约、新开工项目分别为14个、8个，到位资金9.6亿元。");
        assertIndicator("projects_signed", fact(found, "14个"));
        assertIndicator("projects_started", fact(found, "8个"));
        List<Fact> same = facts("上半年，全区新签约项目和续签项目分别为14个、8个。");
        assertIndicator("projects_signed", fact(same, "14个"));
    }

    @Test
    void readsARateNamedByAStageAsAShareOfTheProjectsAtThatStage() {
        List<Fact> fs = facts("园区12个亿元以上招商引资项目均按计划开工建设，开工率达75%。");
        assertIndicator("projects_started", fact(fs, "75%"));
        assertEquals(huibao.model.Measure.SHARE, fact(fs, "75%").measure());
    }

    @Test
    void keyProjectsCountedAfterAStageWordAreProjectsOfThatStage() {
        List<Fact> fs = facts("今年以来，已签约某甲精密部件项目、某乙冷链物流园项目等重点招商项目11个，总投资额46亿元。"
                + "目前，在谈重点项目有某丙、某丁、某戊等6个，总投资约23亿元。全区列入重点项目19个。");
        assertIndicator("projects_signed", fact(fs, "11个"));
        assertIndicator("projects_signed_investment", fact(fs, "46亿元"));
        assertIndicator("projects_negotiating", fact(fs, "6个"));
        assertIndicator(Fact.OTHER, fact(fs, "19个"));
    }

    @Test
    void theClassesOfAKeyProjectListAreOtherAndTheirStartedProjectsStarted() {
        List<Fact> fs = facts("前三季度，全区“大好高”项目合计61项，已开工项目47项。其中制造业“大好高”28项，已开工19项，完成投资21.4亿元；"
                + "文旅项目14项，已开工11项，完成投资6.8亿元；外资项目12项，已开工7项，竣工3项，实到外资0.92亿美元。");
        assertIndicator(Fact.OTHER, fact(fs, "61项"));
        assertIndicator("projects_started", fact(fs, "47项"));
        assertIndicator(Fact.OTHER, fact(fs, "28项"));
        assertIndicator("projects_started", fact(fs, "19项"));
        assertIndicator(Fact.OTHER, fact(fs, "14项"));
        assertIndicator("projects_started", fact(fs, "11项"));
        assertIndicator(Fact.OTHER, fact(fs, "12项"));
        assertIndicator("projects_completed", fact(fs, "3项"));
    }

    @Test
    void aStageCountedInTheNextClauseIsTheStageOfThatCountNotOfTheWholeBefore() {
        List<Fact> fs = facts("全县实施招商引资项目40个，已开工32个。全市共有58个项目，已全部开工。");
        assertIndicator("projects_signed", fact(fs, "40个"));
        assertIndicator("projects_started", fact(fs, "32个"));
        assertIndicator("projects_started", fact(fs, "58个"));
    }

    @Test
    void theCompletionOfAPlanRightAfterACountOfDesignatedProjectsIsThatCountsCompletion() {
        List<Fact> fs = facts("服务业项目完成投资18.3亿元，完成年度计划96.4%，今年新认定重点项目9个，完成年度计划的150%。");
        assertIndicator(Fact.OTHER, fact(fs, "9个"));
        Fact rate = fact(fs, "150%");
        assertIndicator(Fact.OTHER, rate);
        assertEquals(Measure.COMPLETION, rate.measure());
        assertIndicator("fixed_asset_investment", fact(fs, "96.4%"));
    }

    @Test
    void projectsCountedByTheCapitalThatArrivedWithNoStageAreOther() {
        List<Fact> fs = facts("上半年，全县到资亿元以上项目38个，其中到位资金10亿元以上项目4个；新签约亿元以上项目21个。");
        assertIndicator(Fact.OTHER, fact(fs, "38个"));
        assertIndicator(Fact.OTHER, fact(fs, "4个"));
        assertIndicator("projects_signed", fact(fs, "21个"));
    }

    @Test
    void projectsPackagedForPromotionAreAListNotSignedProjects() {
        List<Fact> fs = facts("一季度，某市签约项目19个，协议投资额88亿元；策划包装第一批招商项目52个，计划投资总额760亿元。");
        assertIndicator("projects_signed", fact(fs, "19个"));
        assertIndicator(Fact.OTHER, fact(fs, "52个"));
        assertIndicator(Fact.OTHER, fact(fs, "760亿元"));
    }

    @Test
    void projectsHelpedWithTheirProblemsAreNoneBroughtIn() {
        List<Fact> fs = facts("全县召开项目推进会42次，协调处理57个项目的96个难题，帮扶企业18家，支持12个冷链物流项目建设。");
        assertIndicator(Fact.OTHER, fact(fs, "57个"));
        assertIndicator(Fact.OTHER, fact(fs, "12个"));
        assertIndicator(Fact.OTHER, fact(fs, "96个"));
    }

    @Test
    void aBracketOfWhatTheCountAlsoHoldsIsNoStageOfIt() {
        List<Fact> fs = facts("截至10月底，某市新增签约项目（含意向）143个，签约总投资412亿元。");
        assertIndicator("projects_signed", fact(fs, "143个"));
        assertIndicator("projects_signed_investment", fact(fs, "412亿元"));
    }

    @Test
    void aCountThePassagePicksFromTakesNotTheStageOfItsPart() {
        List<Fact> fs = facts("截至目前，重点跟踪的31个项目中已开复工项目17个，完成到位资金2.6亿元。重点跟踪的4个在谈项目进展顺利。");
        assertIndicator(Fact.OTHER, fact(fs, "31个"));
        assertIndicator("projects_started", fact(fs, "17个"));
        assertIndicator("projects_negotiating", fact(fs, "4个"));
    }

    @Test
    void projectsUnderWayTakeNoStageThePassageNamedBefore() {
        // 实施 (under way) counts projects being carried out, not the 建成投产 firms of the sentence before
        List<Fact> fs = facts("园区建成投产企业980户。实施千万元投资建设项目14个，竣工2个。");
        assertIndicator(Fact.OTHER, fact(fs, "14个"));
        assertIndicator("projects_completed", fact(fs, "2个"));
    }

    @Test
    void aShareRightAfterACountOfTheStockIsThatCountsShare() {
        List<Fact> fs = facts("全市实际利用外资1.2亿美元。全区在建1000万元以上的项目96个，占全市总量的61.5%。");
        assertIndicator(Fact.OTHER, fact(fs, "96个"));
        assertIndicator(Fact.OTHER, fact(fs, "61.5%"));
    }

    @Test
    void certifiedFirmsListedBeforeACountOfProjectsAreNoProjects() {
        // the noun after a count ends at a 、 that opens an item with its own figure
        List<Fact> fs = facts("新增高新技术企业42家、总部型项目9个。共有30个投资规模大、质量高的项目落户，总投资96.4亿元。");
        assertIndicator(Fact.OTHER, fact(fs, "42家"));
        assertIndicator("projects_signed", fact(fs, "9个"));
        assertIndicator("projects_signed", fact(fs, "30个"));
        assertIndicator("projects_signed_investment", fact(fs, "96.4亿元"));
    }

    @Test
    void aTotalPrintedBeforeItsProjectsAndTheirStageIsThatStagesInvestment() {
        List<Fact> fs = facts("4280亿元项目落户江南成果丰硕");
        assertIndicator("projects_signed_investment", fact(fs, "4280亿元"));
    }
}
