package huibao.extract.metadata;

import huibao.config.Dictionaries;
import huibao.model.Period;
import huibao.model.RegionLevel;
import huibao.model.Report;
import huibao.model.ReportSection;
import huibao.model.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportMetadataReaderTest {

    private static ReportMetadataReader reader;

    @BeforeAll
    static void load() {
        reader = ReportMetadataReader.load(Dictionaries.packaged());
    }

    private static Report read(String file, String title, String text) {
        return read(file, title, text, ReportMetadataHints.none());
    }

    private static Report read(String file, String title, String text, ReportMetadataHints hints) {
        return reader.read(file, new ReportSection(0, title, new Span(0, text.length())), text, hints);
    }

    @Test
    void readsTitleIssuerAndDateFromTheHeading() {
        String text = "关于全区招商引资工作情况的汇报\n区投资促进局\n（2021年11月）\n\n截至目前，全区实际利用外资1740万美元。";
        Report r = read("report.docx", "关于全区招商引资工作情况的汇报", text);
        assertEquals("关于全区招商引资工作情况的汇报", r.title());
        assertEquals("区投资促进局", r.issuer());
        assertEquals("2021年11月", r.date());
        assertEquals(new Period(2021, 1, 10, "截至目前"), r.period());
        assertEquals("report.docx", r.doc());
        assertEquals(text, r.text());
    }

    @Test
    void theOpeningSentencesSubjectIsTheReporter() {
        Report r = read("a.txt", null, "2023年以来，宣城市坚持招商引资“一号工程”不动摇，全市新签约项目12个。\n"
                + "组织企业赴上海、杭州等地开展招商推介3次。");
        assertEquals("341800", r.regionCode());
        assertEquals("宣城市", r.regionMention());
        assertEquals(RegionLevel.CITY, r.level());
        assertFalse(r.regionMasked());
    }

    @Test
    void aDocumentTitleNamesTheReporter() {
        Report r = read("a.txt", null, "今年以来，制定了《2023年宁国市招商引资工作考核办法》，全市新签约项目8个。");
        assertEquals("宁国市", r.regionName());
    }

    @Test
    void placesTheReportGoesToOrDealsWithAreNotTheReporter() {
        Report r = read("a.txt", null, "今年以来，全区组织赴上海、杭州招商3次，与合肥市对接项目5个，"
                + "承接合肥产业转移项目2个，引进上海医药集团分公司1家。");
        assertNull(r.region());
        assertFalse(r.regionMasked());
        assertEquals(RegionLevel.COUNTY, r.level());
    }

    @Test
    void theReportersNameMustAgreeWithHowItSpeaksOfItself() {
        // 全县 speaks as a county: the city named three times is its superior, not the reporter
        Report r = read("a.txt", null, "今年以来，全县新签约项目12个。宣城市领导来我县调研。"
                + "宣城市考核组检查了全县招商工作。宣城市下达的目标任务已完成。");
        assertNull(r.region());
        assertEquals(RegionLevel.COUNTY, r.level());
    }

    @Test
    void partnershipsAndHometownChambersTellTheReporter() {
        Report r = read("a.txt", "2023年上半年全市招商引资工作情况", "2023年上半年全市招商引资工作情况\n\n"
                + "1-5月份，全市新签约项目70个。赴合肥、上海等地拜师学艺。与上海电子制造行业协会、嘉定六安商会座谈交流。"
                + "抢抓上海-六安对口合作、合六同城化发展等战略机遇，深化与合肥、上海的产业链接。");
        assertEquals("341500", r.regionCode());
        assertEquals(new Period(2023, 1, 5, "1-5月份"), r.period());
    }

    @Test
    void anAmbiguousNameIsSettledByTheCityAround() {
        Report r = read("a.txt", null, "今年以来，鼓楼区坚持招商引资不动摇，全区新签约项目12个。"
                + "积极参加福州市招商推介活动2场。");
        assertEquals("350102", r.regionCode());
    }

    @Test
    void theFileNameNamesTheReporterWhenTheTextDoesNot() {
        Report r = read("汇报/钢城区2021年招商工作汇报.docx", null, "截至目前，全区实际利用外资1740万美元。");
        assertEquals("370117", r.regionCode());
    }

    @Test
    void aMaskedNameInTheTitleMasksTheRegion() {
        Report r = read("a.txt", "XX区2023年上半年招商引资工作开展情况",
                "XX区2023年上半年招商引资工作开展情况\n\n2023年以来新签约亿元以上项目30个。积极参加2023年阜阳投资贸易洽谈会。");
        assertNull(r.region());
        assertTrue(r.regionMasked());
        assertEquals("XX区", r.regionMention());
        assertEquals(new Period(2023, 1, 6, "2023年以来"), r.period());
    }

    @Test
    void maskedSubUnitsWithoutAReporterMaskTheRegion() {
        Report r = read("a.txt", null, "1-6月，全市签约项目125个，其中**区19个、****市12个。");
        assertNull(r.region());
        assertTrue(r.regionMasked());
        assertNull(r.regionMention());
    }

    @Test
    void aReporterNeverNamedIsUnknownButNotMasked() {
        Report r = read("a.txt", null, "1-6月份，全市签约工业项目*个，协议投资*亿元。深化与在淮产业基金合作，邀请客商来淮考察。");
        assertNull(r.region());
        assertFalse(r.regionMasked());
        assertEquals(new Period(null, 1, 6, "1-6月份"), r.period());
    }

    @Test
    void theAnalystsHintsWinOverTheText() {
        Report r = read("a.txt", null, "今年以来，宣城市新签约项目12个。", new ReportMetadataHints("钢城区", "2021年1-10月"));
        assertEquals("370117", r.regionCode());
        assertEquals("钢城区", r.regionMention());
        assertEquals(new Period(2021, 1, 10, "2021年1-10月"), r.period());
    }

    @Test
    void aHintNamingNoDivisionIsAnErrorNamingTheFile() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> read("b.txt", null, "全市新签约项目12个。", new ReportMetadataHints("青澜市", null)));
        assertEquals("b.txt: the region given, '青澜市', is no known division or is ambiguous", e.getMessage());
    }

    @Test
    void readsEveryReportOfACompilationWithItsOwnDocId() {
        String file = "2023年上半年招商引资工作情况汇编.txt";
        String text = "2023年上半年我区招商引资工作情况\n多措并举推动顺义区招商引资工作。\n"
                + "XX县2023年上半年招商引资工作开展情况\n截至目前，XX县共上报新签约项目36个。";
        int second = text.indexOf("XX县2023");
        Report first = reader.read(file, new ReportSection(1, "2023年上半年我区招商引资工作情况", new Span(0, second)), text,
                ReportMetadataHints.none());
        Report last = reader.read(file, new ReportSection(2, "XX县2023年上半年招商引资工作开展情况",
                new Span(second, text.length())), text, ReportMetadataHints.none());
        assertEquals(file + "#1", first.doc());
        assertEquals("110113", first.regionCode());
        assertEquals(file + "#2", last.doc());
        assertTrue(last.regionMasked());
        assertEquals(new Period(2023, 1, 6, "截至目前"), last.period());
    }

    @Test
    void aChainOfDivisionsInTheTitleNamesTheInnermost() {
        Report r = read("a.txt", "江苏省苏州市昆山市商务局2022年招商引资工作总结",
                "江苏省苏州市昆山市商务局2022年招商引资工作总结\n\n今年以来，全市新签约项目41个。");
        assertEquals("320583", r.regionCode());
    }

    @Test
    void aTownshipInTheTitleIsTheReporterNotItsCounty() {
        Report r = read("a.txt", "县发改局督查景谷镇2022年重点项目进展情况",
                "县发改局督查景谷镇2022年重点项目进展情况\n\n截至9月底，该镇项目累计完成投资3.2亿元。");
        assertNull(r.region());
        assertEquals("景谷镇", r.regionMention());
        assertNull(r.level());
        assertFalse(r.regionMasked());
    }

    @Test
    void aSubdistrictAsTheOpeningsSubjectIsTheReporter() {
        Report r = read("a.txt", null, "青石街道投资促进网讯：青石街道围绕楼宇经济强化招商，1-5月份，完成税收1.2亿元。"
                + "全街道新引进企业36家，辖区内湖州市重点项目3个。");
        assertNull(r.region());
        assertEquals("青石街道", r.regionMention());
    }

    @Test
    void aBareZoneWordTakesTheZoneOfTheCityTheTextNames() {
        Report r = read("a.txt", null, "近日，高新区利用外资工作受到表彰。上半年，高新区合同外资8200万美元，"
                + "实际到位外资5100万美元，居济南市各县区第二位。");
        assertEquals("370176", r.regionCode());
        assertEquals("高新区", r.regionMention());
    }

    @Test
    void aNewsHeadlineOnTheFirstLineNamesTheReporter() {
        Report r = read("a.txt", null, "3月宣城利用外资稳中有进\n2024年3月，全市新设外资企业12家，同比增长9.1%；"
                + "实际使用外资2.3亿元。\n制造业仍是外资主要投向。");
        assertEquals("341800", r.regionCode());
    }

    @Test
    void aBareZoneWordWithoutItsCityNamesNoZone() {
        Report r = read("a.txt", null, "今年一季度，全区地区生产总值完成6.2亿元，增长9%。\n"
                + "经开区紧抓产业招商，一季度全区新建项目12个，到位资金3.1亿元。");
        assertNull(r.region());
        assertNull(r.regionCode());
    }

    @Test
    void aZoneTheTextMasksIsAMaskedReporter() {
        Report r = read("a.txt", "经济开发区2025年一季度工作情况",
                "经济开发区2025年一季度工作情况\n今年一季度，xx经济开发区完成固定资产投资xx.x亿元，同比增长x.x%。");
        assertNull(r.region());
        assertTrue(r.regionMasked());
    }

    @Test
    void aSubdistrictNamedLikeACountyIsNotThatCounty() {
        Report r = read("a.txt", null, "优良的营商环境是企业成长的沃土。今年以来，泗洪县青阳街道全员招商，"
                + "引进亿元项目8个。截至目前，青阳街道新开工项目5个，青阳街道竣工项目3个。");
        assertNotEquals("341723", r.regionCode());
    }

    @Test
    void aCityTheReporterIsMeasuredAgainstIsNotTheReporter() {
        Report r = read("a.txt", null, "近日获悉，1-6月，我市实现进出口8.3亿美元，占烟台市工作目标的52%，"
                + "增幅高于烟台市2.1个百分点，列烟台各区市第3位。\n1-6月，我市实际使用外资1.1亿美元，占烟台市目标的48%。");
        assertNotEquals("370600", r.regionCode());
    }
}
