package huibao.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TraditionalScriptFolderTest {

    private static String fold(String text) {
        return Cleaning.run(new TraditionalScriptFolder(Cleaning.RULES), text);
    }

    @Test
    void foldsAReportWrittenInTraditionalCharacters() {
        assertEquals("全县实际到位资金18.6亿元，同比增长12.4%，合同外资3.2亿美元，新开工项目14个。",
                fold("全縣實際到位資金18.6億元，同比增長12.4%，合同外資3.2億美元，新開工項目14個。"));
    }

    @Test
    void leavesASimplifiedReportWithAFewTraditionalCharactersInNamesAlone() {
        String text = "引进臺灣明達電子等企业，全市实际使用外资5.2亿美元，增长8.1%，新签约项目31个，"
                + "总投资120亿元，完成全年任务的62.5%，居全省第三位。";
        assertFalse(TraditionalScriptFolder.isTraditional(text));
        assertEquals(text, fold(text));
    }

    @Test
    void replacesOneForOneSoOffsetsStillPointIntoTheRawText() {
        String raw = "上半年引進項目25個，協議總投資86.4億元，到位資金31.2億元，增長19.8%。";
        assertTrue(TraditionalScriptFolder.isTraditional(raw));
        assertEquals(raw.length(), fold(raw).length());
    }

    @Test
    void aTraditionalReportReadsLikeItsSimplifiedTwinThroughTheWholeChain() {
        TextCleaner cleaner = Cleaning.cleaner();
        assertEquals(cleaner.clean("全区签约项目12个，签约资金45.6亿元，开工率达到75%。").text(),
                cleaner.clean("全區簽約項目12個，簽約資金45.6億元，開工率達到75%。").text());
    }

    @Test
    void readsTaiwanWordFormsAsTheSimplifiedWordsTheyStandFor() {
        assertEquals("全区新签约项目12个，软件和信息服务业项目5个，互联网企业3家。",
                fold("全區新簽約專案12個，軟體和資訊服務業專案5個，網際網路企業3家。"));
    }

    @Test
    void keepsTaiwanFormsThatAreMainlandWordsTooAndLeavesMainlandTraditionalWordsAlone() {
        // 指標 and 建立 are Taiwan's 指针 and 创建 as well, but in a report they are 指标 and 建立
        assertEquals("全区新签约项目12个，各项指标均超额完成，建立软件项目库。",
                fold("全區新簽約專案12個，各項指標均超額完成，建立軟體專案庫。"));
        // a mainland report in traditional characters (項目, 信息) keeps its 资讯 and 网路
        assertEquals("全区新签约项目12个，项目信息平台发布资讯30条，网路招商项目5个。",
                fold("全區新簽約項目12個，項目信息平臺發佈資訊30條，網路招商項目5個。"));
    }

    @Test
    void aTaiwanWordOfAnotherLengthKeepsEveryOffsetInsideTheRawText() {
        String raw = "全區網際網路企業新簽約專案12個，協議投資8.6億元，中介軟體專案3個。";
        CleanedText cleaned = Cleaning.cleaner().clean(raw);
        assertEquals("全区互联网企业新签约项目12个，协议投资8.6亿元，中间件项目3个。", cleaned.text());
        String figure = "8.6亿元";
        int at = cleaned.text().indexOf(figure);
        huibao.model.Span span = cleaned.offsets().toRaw(new huibao.model.Span(at, at + figure.length()));
        assertEquals("8.6億元", raw.substring(span.start(), span.end()));
        int word = cleaned.text().indexOf("互联网");
        huibao.model.Span wordSpan = cleaned.offsets().toRaw(new huibao.model.Span(word, word + 3));
        assertEquals("網際網路", raw.substring(wordSpan.start(), wordSpan.end()));
    }
}
