package huibao.extract.attribution;

import huibao.model.Fact;
import huibao.model.Period;
import huibao.model.Report;
import org.junit.jupiter.api.Test;

import java.util.List;

import static huibao.extract.attribution.ProjectExtractor.fact;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which qualifiers a figure's scope takes from its words, and which words only look like one. */
class ScopeWordsTest {

    private static List<Fact> facts(String text) {
        return ProjectExtractor.facts(text, new Period(2024, 1, 6, "1-6月"));
    }

    private static List<String> scope(List<Fact> facts, String text) {
        return fact(facts, text).scope();
    }

    @Test
    void aForeignPlaceInsideAListedProjectNameIsNoScope() {
        List<Fact> fs = facts("上半年，全县签约瑞丰新材料、日本精工减速机等14个项目，协议投资62亿元，其中工业园区签约9个。");
        assertEquals(List.of(), scope(fs, "14个"));
        assertEquals(List.of(), scope(fs, "62亿元"));
        assertEquals(List.of(), scope(fs, "9个").stream().filter("日本"::equals).toList());

        // a place standing alone as an item of the list still says where the projects come from
        List<Fact> alone = facts("上半年，全县引进日本、韩国等7个外资项目。");
        assertEquals(true, scope(alone, "7个").contains("日本"));
    }

    @Test
    void theReportersOwnProvinceOrCityBeforeForeignWordsIsNoOutsideSource() {
        List<Fact> fs = facts("1-6月，我省外资企业实际使用外资6.4亿美元，同比增长12.2%。全省外贸进出口总值同比下降3.7%。"
                + "全市外商投资新设企业86家，同比增长20.5%。");
        assertEquals(List.of(), scope(fs, "6.4亿美元").stream().filter("省外"::equals).toList());
        assertEquals(List.of(), scope(fs, "3.7%"));
        assertEquals(List.of(), scope(fs, "86家").stream().filter("市外"::equals).toList());

        List<Fact> outside = facts("1-6月，全省省外资金到位1280亿元。");
        assertEquals(List.of("省外"), scope(outside, "1280亿元"));
    }

    @Test
    void anIndustrialParksNameNarrowsNoFigureToIndustry() {
        List<Fact> fs = facts("东岭工业园甲乙、丙丁等3个项目已开工建设，完成到位资金0.9亿元；西河农业园区戊己等2个项目已开工，"
                + "完成到位资金0.4亿元。全县引进工业项目6个。");
        assertEquals(List.of(), scope(fs, "3个"));
        assertEquals(List.of(), scope(fs, "0.9亿元"));
        assertEquals(List.of(), scope(fs, "0.4亿元"));
        assertEquals(List.of("工业"), scope(fs, "6个"));
    }

    @Test
    void aSizeClassWrittenAsAboveAHundredMillionNarrowsTheProjectCount() {
        List<Fact> fs = facts("全县签约项目26个，其中投资额上亿元的项目9个，过亿元项目的协议投资41亿元。全县实际引资超亿元。"
                + "全市新批总投资过千万美元项目14个。");
        assertEquals(List.of("上亿元"), scope(fs, "9个"));
        assertEquals(List.of(), scope(fs, "26个"));
        assertEquals(false, scope(fs, "14个").contains("过千万"));
    }

    @Test
    void aSectorInsideTheNameOfAnOutputFigureIsNoSubjectOfTheFiguresAfterIt() {
        List<Fact> fs = facts("上半年，12个省级园区实现工业总产值820亿元，税收收入41亿元，合同外资金额9.6亿美元，实际使用外资5.2亿美元。");
        assertEquals(List.of("工业"), scope(fs, "820亿元"));
        assertEquals(List.of(), scope(fs, "9.6亿美元"));
        assertEquals(List.of(), scope(fs, "5.2亿美元"));

        // a sector that is the sentence's subject still carries
        List<Fact> subject = facts("引进农业项目3个，固定资产投入0.45亿元。规上工业企业94家，实现产值27.5亿元。");
        assertEquals(List.of("农业"), scope(subject, "0.45亿元"));
        assertEquals(List.of("工业"), scope(subject, "27.5亿元"));

        // a base that names no quantity of its own is of the output figure before it
        List<Fact> base = facts("全年完成工业总产值58.6亿元，比上年的47.3亿元增长23.9%。");
        assertEquals(true, scope(base, "47.3亿元").contains("工业"));

        // a source inside such a word still says where the capital comes from
        List<Fact> source = facts("上报境外投资项目2个，投资总额1800万美元。");
        assertEquals(List.of("境外"), scope(source, "1800万美元"));
    }

    @Test
    void aSectorOfTheFiguresOwnReplacesTheSectorItWouldInherit() {
        List<Fact> fs = facts("全县固定资产投资增长6.4%，其中，工业投资增长15.2%，服务业投资下降4.1%。");
        assertEquals(List.of("工业"), scope(fs, "15.2%"));
        assertEquals(List.of("服务业"), scope(fs, "4.1%"));
    }
}
