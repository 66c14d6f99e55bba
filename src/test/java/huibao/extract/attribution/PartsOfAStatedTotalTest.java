package huibao.extract.attribution;

import huibao.model.Fact;
import huibao.model.Period;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Parts listed under a stated total (a by-class header such as 分产业看 or 从行业看, or a 其中 after an
 * amount of another kind) take the total's indicator with their own class as scope.
 */
class PartsOfAStatedTotalTest {

    private static List<Fact> facts(String text) {
        return ProjectExtractor.facts(text, new Period(2024, 1, 6, "1-6月"));
    }

    private static Fact at(List<Fact> fs, String text) {
        return fs.stream().filter(f -> f.text().equals(text)).findFirst().orElseThrow(() -> new AssertionError(text + " in " + fs));
    }

    @Test
    void countsAndInvestmentsUnderAByIndustryHeaderAreTheTotalsWithTheirIndustry() {
        List<Fact> fs = facts("""
                上半年全区新签约项目27个，总投资88.4亿元。

                从行业看，精细化工：4个，总投资额12.6亿元；电子信息：9个，总投资额30.2亿元；现代物流：2个。
                """);
        assertEquals("projects_signed", at(fs, "4个").indicator());
        assertEquals(List.of("精细化工"), at(fs, "4个").scope());
        assertEquals("projects_signed_investment", at(fs, "12.6亿元").indicator());
        assertEquals(List.of("精细化工"), at(fs, "12.6亿元").scope());
        assertEquals("projects_signed", at(fs, "9个").indicator());
        assertEquals("projects_signed_investment", at(fs, "30.2亿元").indicator());
        assertEquals(List.of("电子信息"), at(fs, "30.2亿元").scope());
        assertEquals(List.of("现代物流"), at(fs, "2个").scope());
    }

    @Test
    void withoutAHeaderALooseListKeepsOther() {
        List<Fact> fs = facts("""
                上半年全区新签约项目27个，总投资88.4亿元。

                精细化工：4个，总投资额12.6亿元。
                """);
        assertEquals("other", at(fs, "4个").indicator());
    }

    @Test
    void theHeaderGovernsOnlyItsOwnSentence() {
        List<Fact> fs = facts("""
                上半年全区新签约项目27个，总投资88.4亿元。

                分产业看，精细化工：4个；电子信息：9个。全区有3个街道引资增速超过两成。
                """);
        assertEquals("projects_signed", at(fs, "9个").indicator());
        assertEquals("other", at(fs, "3个").indicator());
    }

    @Test
    void aSingleProjectsAmountAfterQizhongStaysItsOwn() {
        List<Fact> fs = facts("新签约项目12个，协议投资64.5亿元，增长18.2%，其中总投资9.6亿元的青禾新材料项目已开工。");
        assertEquals("other", at(fs, "9.6亿元").indicator());
    }

    @Test
    void classPartsAfterAnAmountOfAnotherKindBreakDownTheCountBeforeIt() {
        List<Fact> fs = facts("今年已签约项目31个，签约总额19.7亿元，其中先进制造类20个，文旅康养类8个。");
        Fact whole = at(fs, "31个");
        assertEquals("projects_signed", at(fs, "20个").indicator());
        assertEquals("projects_signed", at(fs, "8个").indicator());
        assertNotNull(at(fs, "20个").partOf());
        assertEquals(whole.id(), at(fs, "8个").partOf());
    }

    @Test
    void aDistributionOverTheThreeSectorsIsTheShareOfEachSector() {
        List<Fact> fs = facts("""
                前三季度，全市亿元以上在建市外投资项目到位资金在三次产业分布为3.4%、61.2%和35.4%。
                全县三大产业招商引资到位资金依次为4.9%、52.6%、42.5%。
                """);
        assertEquals(huibao.model.Measure.SHARE, at(fs, "3.4%").measure());
        assertEquals(huibao.model.Measure.SHARE, at(fs, "35.4%").measure());
        assertEquals("第一产业", at(fs, "3.4%").scope().get(at(fs, "3.4%").scope().size() - 1));
        assertEquals("第二产业", at(fs, "61.2%").scope().get(at(fs, "61.2%").scope().size() - 1));
        assertEquals("第三产业", at(fs, "35.4%").scope().get(at(fs, "35.4%").scope().size() - 1));
        assertEquals(huibao.model.Measure.SHARE, at(fs, "52.6%").measure());
        assertEquals(List.of("第三产业"), at(fs, "42.5%").scope());
    }

    @Test
    void partsListedBeforeARespectiveListTakeOneNameEach() {
        List<Fact> fs = facts("""
                全县种植业、制造业、服务业分别完成投资2.6亿元、17.1亿元、8.3亿元。
                开发区装备制造、光电信息、生物医药三大主导产业分别完成14.7亿元、3.9亿元、0.6亿元。
                新签约、新开工项目分别为13个、7个。
                """);
        assertEquals(List.of("种植业"), at(fs, "2.6亿元").scope());
        assertEquals(List.of("制造业"), at(fs, "17.1亿元").scope());
        assertEquals(List.of("服务业"), at(fs, "8.3亿元").scope());
        assertEquals(List.of("光电信息"), at(fs, "3.9亿元").scope());
        assertEquals(List.of("生物医药"), at(fs, "0.6亿元").scope());
        assertEquals(List.of(), at(fs, "13个").scope());
        assertEquals("projects_started", at(fs, "7个").indicator());
    }

    @Test
    void partsWrittenAsNameAndFigureStateWhatTheFirstStatesOfTheirOwnName() {
        List<Fact> fs = facts("""
                从行业看，签约投资额前4名是文旅产业860亿元、物流业312亿元、数字产业205亿元、装备制造业188亿元。
                本月新开工项目19个，其中甲州6个、乙州5个，丙州4个、丁州4个。
                全年实际利用外资12亿美元，规模居全省第三位、全市第一位。
                """);
        assertEquals("projects_signed_investment", at(fs, "312亿元").indicator());
        assertEquals(List.of("文旅产业"), at(fs, "860亿元").scope());
        assertEquals(List.of("数字产业"), at(fs, "205亿元").scope());
        assertEquals("projects_signed_investment", at(fs, "188亿元").indicator());
        assertEquals(List.of("装备制造业"), at(fs, "188亿元").scope());
        assertEquals(List.of("乙州"), at(fs, "5个").scope());
        assertEquals(List.of("丙州"), fs.stream().filter(f -> f.text().equals("4个")).findFirst().orElseThrow().scope());
        assertEquals(List.of(), at(fs, "第三位").scope());
    }

    @Test
    void aClassCountWithoutItsNounCountsWhatTheClassesBeforeItCount() {
        List<Fact> fs = facts("""
                本轮集中签约项目共8个，包括：智造类项目3个，康养类项目2个，文创类2个，农旅类项目1个。
                从产业类别看，光伏类项目5个，完成到位资金6.2亿元。储能类3个，完成到位资金2.9亿元。
                全区有各类3个。
                """);
        assertEquals("projects_signed", at(fs, "2个").indicator());
        assertEquals(List.of("文创类"), fs.stream().filter(f -> f.text().equals("2个")).reduce((a, b) -> b).orElseThrow().scope());
        assertEquals("projects_signed", fs.stream().filter(f -> f.text().equals("2个")).reduce((a, b) -> b).orElseThrow().indicator());
        assertEquals("projects_signed", at(fs, "3个").indicator());
        assertEquals(List.of("储能类"), fs.stream().filter(f -> f.text().equals("3个")).skip(1).findFirst().orElseThrow().scope());
        assertEquals("projects_signed", fs.stream().filter(f -> f.text().equals("3个")).skip(1).findFirst().orElseThrow().indicator());
        assertEquals("other", fs.stream().filter(f -> f.text().equals("3个")).skip(2).findFirst().orElseThrow().indicator());
    }
}
