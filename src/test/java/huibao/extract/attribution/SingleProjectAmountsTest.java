package huibao.extract.attribution;

import huibao.model.Fact;
import org.junit.jupiter.api.Test;

import java.util.List;

import static huibao.extract.attribution.ProjectExtractor.fact;
import static huibao.extract.attribution.ProjectStageCountsTest.facts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The investment of one project, firm, facility or agreement is other, with its name; only aggregates are project investment. */
class SingleProjectAmountsTest {

    private static void assertSingle(Fact f, String project) {
        assertEquals(Fact.OTHER, f.indicator(), "indicator of " + f.text());
        assertEquals(project, f.project(), "project of " + f.text());
    }

    @Test
    void anAmountBeforeAFacilityOrAFirmIsItsOwn() {
        List<Fact> fs = facts("已竣工项目2个，投资880万元的青禾面粉厂，投资450万元的东湖农贸商城。"
                + "引进一家投资了4.5亿元的临江新材料有限公司；引进投资3000万元北辰环保科技有限公司专门生产环保填料。");
        assertSingle(fact(fs, "880万元"), "青禾面粉厂");
        assertSingle(fact(fs, "450万元"), "东湖农贸商城");
        assertSingle(fact(fs, "4.5亿元"), "临江新材料有限公司");
        assertSingle(fact(fs, "3000万元"), "北辰环保科技有限公司");
    }

    @Test
    void aCountOfFacilitiesAfterTheNameIsNoPartOfIt() {
        assertSingle(fact(facts("引进投资1200万元的生态养殖场一个。"), "1200万元"), "生态养殖场");
    }

    @Test
    void theInvestmentOfOneAgreementIsOtherWithItsProject() {
        List<Fact> fs = facts("其中，东岭镇与远航能源集团就风光储一体化示范项目签订战略合作协议，计划投资18亿元。"
                + "西山县与两家公司签署产业合作框架协议，投资额达9亿元。");
        assertSingle(fact(fs, "18亿元"), "风光储一体化示范项目");
        assertSingle(fact(fs, "9亿元"), null);
    }

    @Test
    void agreementsCountedInTheSentenceKeepTheirAggregate() {
        Fact f = fact(facts("全年签订合作协议项目26个，计划投资145亿元。"), "145亿元");
        assertEquals("projects_signed_investment", f.indicator());
    }

    @Test
    void theSizeOfEachProjectCountedIsOther() {
        List<Fact> fs = facts("其中总投资达6000万美元的项目有3项，分别为北港码头项目和南湾酒店项目。");
        assertSingle(fact(fs, "6000万美元"), null);
        assertEquals("projects_signed", fact(fs, "3项").indicator());
    }

    @Test
    void anAverageProjectSizeIsOther() {
        List<Fact> fs = facts("入园项目平均投资规模2300万美元；单个项目合同外资规模910万美元。");
        assertSingle(fact(fs, "2300万美元"), null);
        assertSingle(fact(fs, "910万美元"), null);
        assertNull(fact(fs, "910万美元").project());
    }

    @Test
    void anAmountBeforeAProjectNounCountedAsOneIsThatProjectsOwnAndNoScopeOfTheCounts() {
        List<Fact> fs = facts("今年新签约项目中，30亿元项目1个、6亿元项目1个、4500万美元港资项目1个，投资额12亿元的项目1个。");
        assertSingle(fact(fs, "30亿元"), null);
        assertSingle(fact(fs, "6亿元"), null);
        assertSingle(fact(fs, "4500万美元"), null);
        assertSingle(fact(fs, "12亿元"), null);
        Fact second = fs.stream().filter(f -> f.text().equals("1个")).skip(1).findFirst().orElseThrow();
        assertEquals("projects_signed", second.indicator());
        assertTrue(second.scope() == null || second.scope().isEmpty(), "scope of the second count " + second.scope());
    }

    @Test
    void anAmountBeforeNamesClosedByDengXiangmuIsOfThoseNamedProjects() {
        List<Fact> fs = facts("今年全市新签亿元以上项目40个，投资总额210亿元。投资较大的有东城区引进的投资8.5亿元的冷链物流园及配套仓储等项目。");
        assertSingle(fact(fs, "8.5亿元"), "冷链物流园及配套仓储等项目");
        List<Fact> list = facts("总投资12亿元的甲乙电子产业园、总投资6亿元的丙丁动漫产业园等项目落户我县。");
        assertSingle(fact(list, "6亿元"), "丙丁动漫产业园");
        assertEquals("projects_signed_investment", fact(fs, "210亿元").indicator());
    }
}
