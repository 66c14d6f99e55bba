package huibao.project;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * When two mentions are one project and when they are two, on hand-made mentions: names that
 * differ only in a generic ending, a company prefix or a dropped modifier are one project;
 * names that merely share a word, other phases, other investors and other districts are not.
 */
class ProjectMergingTest {

    private static final String LUTING = "321702";
    private static final String YUNCHUAN = "321703";

    /** "name [names as written] region" for each entry. */
    private static List<String> entries(List<TrackedProject> projects) {
        return projects.stream().map(p -> p.name() + " " + p.names() + " " + p.regionName()).toList();
    }

    @Test
    void aNameWithAndWithoutItsGenericEndingIsOneProject() {
        HandMadeMentions m = new HandMadeMentions()
                .county("q1.txt", LUTING, "鹭汀区", 2024, 3, "2024年4月8日", "3月，海洋城项目正式签约，项目总投资16亿元。")
                .county("h1.txt", LUTING, "鹭汀区", 2024, 6, "2024年7月8日", "海洋城于5月28日开工建设。")
                .project("q1.txt", "海洋城项目", "签约", null)
                .project("h1.txt", "海洋城", "开工", null);
        assertEquals(List.of("海洋城项目 [海洋城项目, 海洋城] 鹭汀区"), entries(m.track()));
    }

    @Test
    void aCapacityNameWithAndWithoutItsEndingIsOneProject() {
        HandMadeMentions m = new HandMadeMentions()
                .county("q1.txt", LUTING, "鹭汀区", 2024, 3, null, "年产10万吨新材料项目完成签约。")
                .county("h1.txt", LUTING, "鹭汀区", 2024, 6, null, "年产10万吨新材料已开工建设。")
                .project("q1.txt", "年产10万吨新材料项目", "签约", null)
                .project("h1.txt", "年产10万吨新材料", "开工", null);
        assertEquals(List.of("年产10万吨新材料项目 [年产10万吨新材料项目, 年产10万吨新材料] 鹭汀区"), entries(m.track()));
    }

    @Test
    void aNameWithAndWithoutItsCompanyPrefixIsOneProject() {
        HandMadeMentions m = new HandMadeMentions()
                .county("a.txt", LUTING, "鹭汀区", 2024, 3, null, "聚实建材有限公司年产50万立方混凝土建设项目成功签约。")
                .county("b.txt", LUTING, "鹭汀区", 2024, 6, null, "年产50万立方混凝土项目已开工。")
                .project("a.txt", "聚实建材有限公司年产50万立方混凝土建设项目", "签约", "聚实建材有限公司")
                .project("b.txt", "年产50万立方混凝土项目", "开工", null);
        List<TrackedProject> projects = m.track();
        assertEquals(List.of("聚实建材有限公司年产50万立方混凝土建设项目 "
                + "[聚实建材有限公司年产50万立方混凝土建设项目, 年产50万立方混凝土项目] 鹭汀区"), entries(projects));
        assertEquals(List.of("签约", "开工"), projects.get(0).stagePath());
    }

    @Test
    void aShortFormThatDropsAModifierIsOneProject() {
        HandMadeMentions m = new HandMadeMentions()
                .county("2023.txt", LUTING, "鹭汀区", 2023, 12, null, "9月，恒屹新能源电池结构件项目成功签约。")
                .county("q1.txt", LUTING, "鹭汀区", 2024, 3, null, "恒屹电池结构件项目加快建设。")
                .county("h1.txt", LUTING, "鹭汀区", 2024, 6, null, "恒屹结构件项目一期于6月中旬竣工投产。")
                .project("2023.txt", "恒屹新能源电池结构件项目", "签约", "恒屹精密科技有限公司")
                .project("q1.txt", "恒屹电池结构件项目", "在建", null)
                .project("h1.txt", "恒屹结构件项目", "竣工投产", null);
        List<TrackedProject> projects = m.track();
        assertEquals(List.of("恒屹新能源电池结构件项目 [恒屹新能源电池结构件项目, 恒屹电池结构件项目, 恒屹结构件项目] 鹭汀区"),
                entries(projects));
        assertEquals(List.of("签约", "在建", "竣工投产"), projects.get(0).stagePath());
        assertEquals(List.of("恒屹精密科技有限公司"), projects.get(0).investors());
    }

    @Test
    void aNameWithoutItsPlacePrefixIsOneProject() {
        HandMadeMentions m = new HandMadeMentions()
                .county("2023.txt", LUTING, "鹭汀区", 2023, 12, null, "汀湾海洋科技城项目已进入实质性洽谈阶段。")
                .county("q1.txt", LUTING, "鹭汀区", 2024, 3, null, "正式签订海洋科技城项目投资协议。")
                .project("2023.txt", "汀湾海洋科技城项目", "在谈", null)
                .project("q1.txt", "海洋科技城项目", "签约", null);
        assertEquals(List.of("汀湾海洋科技城项目 [汀湾海洋科技城项目, 海洋科技城项目] 鹭汀区"), entries(m.track()));
    }

    @Test
    void projectsThatOnlyShareAWordStayApart() {
        HandMadeMentions m = new HandMadeMentions()
                .county("q1.txt", LUTING, "鹭汀区", 2024, 3, null,
                        "海洋城项目、海洋牧场项目正在洽谈，海洋科技城项目成功签约，海洋装备产业园项目开工建设。")
                .project("q1.txt", "海洋城项目", "在谈", null)
                .project("q1.txt", "海洋牧场项目", "在谈", null)
                .project("q1.txt", "海洋科技城项目", "签约", null)
                .project("q1.txt", "海洋装备产业园项目", "开工", null);
        assertEquals(4, m.track().size(), () -> entries(m.track()).toString());
    }

    @Test
    void firstAndSecondPhasesAreTwoProjects() {
        HandMadeMentions m = new HandMadeMentions()
                .county("q1.txt", LUTING, "鹭汀区", 2024, 3, null, "国轩一期项目竣工投产，国轩二期项目开工建设。")
                .county("h1.txt", LUTING, "鹭汀区", 2024, 6, null, "国轩项目已全面投产，国轩（二期）项目主体封顶。")
                .project("q1.txt", "国轩一期项目", "竣工投产", null)
                .project("q1.txt", "国轩二期项目", "开工", null)
                .project("h1.txt", "国轩项目", "竣工投产", null)
                .project("h1.txt", "国轩（二期）项目", null, null);
        assertEquals(List.of("国轩一期项目 [国轩一期项目, 国轩项目] 鹭汀区", "国轩二期项目 [国轩二期项目, 国轩（二期）项目] 鹭汀区"),
                entries(m.track()));
    }

    @Test
    void oneNameOfTwoInvestorsIsTwoProjects() {
        HandMadeMentions m = new HandMadeMentions()
                .county("q1.txt", LUTING, "鹭汀区", 2024, 3, null,
                        "瀚沣汽车有限公司投资的新能源汽车零部件项目签约；澄屿集团投资的新能源汽车零部件项目开工。")
                .project("q1.txt", "新能源汽车零部件项目", "签约", "瀚沣汽车有限公司")
                .project("q1.txt", "新能源汽车零部件项目", "开工", "澄屿集团");
        List<TrackedProject> projects = m.track();
        assertEquals(2, projects.size());
        assertEquals(List.of(List.of("瀚沣汽车有限公司"), List.of("澄屿集团")), projects.stream().map(TrackedProject::investors).toList());
        assertNotEquals(projects.get(0).id(), projects.get(1).id());
    }

    @Test
    void oneNameInTwoDistrictsIsTwoProjects() {
        HandMadeMentions m = new HandMadeMentions()
                .county("lt.txt", LUTING, "鹭汀区", 2024, 6, null, "新能源汽车零部件项目成功签约。")
                .county("yc.txt", YUNCHUAN, "蕴川区", 2024, 6, null, "新能源汽车零部件项目开工建设。")
                .project("lt.txt", "新能源汽车零部件项目", "签约", null)
                .project("yc.txt", "新能源汽车零部件项目", "开工", null);
        assertEquals(List.of("新能源汽车零部件项目 [新能源汽车零部件项目] 鹭汀区", "新能源汽车零部件项目 [新能源汽车零部件项目] 蕴川区"),
                entries(m.track()));
    }

    @Test
    void aCityReportPlacesAProjectInTheDistrictItNames() {
        HandMadeMentions m = new HandMadeMentions()
                .county("lt.txt", LUTING, "鹭汀区", 2024, 3, "2024年4月8日", "海洋科技城项目正式签约。")
                .county("yc.txt", YUNCHUAN, "蕴川区", 2024, 3, "2024年4月9日", "海洋科技城项目正在洽谈。")
                .city("city.txt", "321700", "澜州市", 2024, 6, "2024年7月16日", "鹭汀区汀湾海洋科技城项目于5月下旬开工建设。")
                .project("lt.txt", "海洋科技城项目", "签约", null)
                .project("yc.txt", "海洋科技城项目", "在谈", null)
                .place("city.txt", "鹭汀区", LUTING)
                .project("city.txt", "汀湾海洋科技城项目", "开工", null);
        List<TrackedProject> projects = m.track();
        assertEquals(List.of("汀湾海洋科技城项目 [海洋科技城项目, 汀湾海洋科技城项目] 鹭汀区",
                "海洋科技城项目 [海洋科技城项目] 蕴川区"), entries(projects));
        assertEquals(List.of("签约", "开工"), projects.get(0).stagePath());
    }

    @Test
    void aCityReportThatNamesNoDistrictJoinsTheOneDistrictProjectOfThatName() {
        HandMadeMentions m = new HandMadeMentions()
                .county("lt.txt", LUTING, "鹭汀区", 2024, 3, null, "海洋科技城项目正式签约。")
                .city("city.txt", "321700", "澜州市", 2024, 6, null, "全市开工的单体投资最大的产业项目是海洋科技城项目。")
                .project("lt.txt", "海洋科技城项目", "签约", null)
                .project("city.txt", "海洋科技城项目", "开工", null);
        assertEquals(List.of("海洋科技城项目 [海洋科技城项目] 鹭汀区"), entries(m.track()));
    }

    @Test
    void aShortNameThatTwoProjectsCouldBeStaysApart() {
        HandMadeMentions m = new HandMadeMentions()
                .county("q1.txt", LUTING, "鹭汀区", 2024, 3, null, "汀湾海洋科技城项目和北岸海洋科技城项目相继签约。")
                .county("h1.txt", LUTING, "鹭汀区", 2024, 6, null, "海洋科技城项目开工。")
                .project("q1.txt", "汀湾海洋科技城项目", "签约", null)
                .project("q1.txt", "北岸海洋科技城项目", "签约", null)
                .project("h1.txt", "海洋科技城项目", "开工", null);
        assertEquals(3, m.track().size());
    }

    @Test
    void aShortFormTooShortToStandAloneStaysApart() {
        HandMadeMentions m = new HandMadeMentions()
                .county("q1.txt", LUTING, "鹭汀区", 2024, 3, null, "海洋科技城项目签约。")
                .county("h1.txt", LUTING, "鹭汀区", 2024, 6, null, "科技城项目开工，海洋城项目开工。")
                .project("q1.txt", "海洋科技城项目", "签约", null)
                .project("h1.txt", "科技城项目", "开工", null)
                .project("h1.txt", "海洋城项目", "开工", null);
        assertEquals(3, m.track().size());
    }

    @Test
    void maskedReportsOfUnknownRegionsAreNotMergedWithEachOther() {
        HandMadeMentions m = new HandMadeMentions()
                .masked("a.txt", 2024, 6, "光伏发电项目完成签约，光伏发电项目总投资3亿元。")
                .masked("b.txt", 2024, 6, "光伏发电项目开工建设。")
                .project("a.txt", "光伏发电项目", "签约", null)
                .project("a.txt", "光伏发电项目", null, null)
                .project("b.txt", "光伏发电项目", "开工", null);
        List<TrackedProject> projects = m.track();
        assertEquals(List.of(2, 1), projects.stream().map(p -> p.mentions().size()).toList());
        assertEquals(List.of("a.txt", "b.txt"), projects.stream().map(p -> p.reports().get(0).doc()).toList());
    }

    @Test
    void theEntriesAndTheirIdsDoNotDependOnTheOrderOfTheMentions() {
        HandMadeMentions m = new HandMadeMentions()
                .county("2023.txt", LUTING, "鹭汀区", 2023, 12, null, "恒屹新能源电池结构件项目成功签约，汀湾海洋科技城项目洽谈。")
                .county("q1.txt", LUTING, "鹭汀区", 2024, 3, null, "恒屹电池结构件项目加快建设，海洋科技城项目签约。")
                .county("h1.txt", LUTING, "鹭汀区", 2024, 6, null, "恒屹结构件项目竣工投产，海洋科技城开工，海洋装备产业园项目签约。")
                .project("2023.txt", "恒屹新能源电池结构件项目", "签约", null)
                .project("2023.txt", "汀湾海洋科技城项目", "在谈", null)
                .project("q1.txt", "恒屹电池结构件项目", "在建", null)
                .project("q1.txt", "海洋科技城项目", "签约", null)
                .project("h1.txt", "恒屹结构件项目", "竣工投产", null)
                .project("h1.txt", "海洋科技城", "开工", null)
                .project("h1.txt", "海洋装备产业园项目", "签约", null);
        List<TrackedProject> inOrder = m.track();
        assertEquals(3, inOrder.size());
        Random random = new Random(20240708);
        for (int i = 0; i < 5; i++) {
            List<huibao.model.Entity> shuffled = new ArrayList<>(m.entities());
            Collections.shuffle(shuffled, random);
            assertEquals(inOrder, m.track(shuffled));
        }
    }
}
