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
}
