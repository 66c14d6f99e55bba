package huibao.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;

/** How one word of a query meets the report's gram field, read whole and as smartcn's words. */
class TextQueriesTest {

    private final FieldAnalyzers analyzers = new FieldAnalyzers();
    private final TextQueries queries = new TextQueries(analyzers);

    /** What a report must hold to match the text; the other clauses only rank. */
    private String onReports(String text, boolean quoted) {
        Query q = queries.text(text, quoted);
        return q == null ? null : ((BooleanQuery) q).clauses().get(0).getQuery().toString();
    }

    @Test
    void headingAndExtractedNamesRankButDoNotMatch() {
        assertEquals("+text:\"鹭汀 汀区\" (heading:\"鹭汀 汀区\")^2.0 (project:\"鹭汀 汀区\")^1.0 "
                + "(org:\"鹭汀 汀区\")^1.0", queries.text("鹭汀区", false).toString());
    }

    @Test
    void nameSmartcnKnowsNoWordOfIsMatchedAsBigramPhraseOnly() {
        assertEquals("text:\"金雷 ? 风电\"", onReports("金雷风电", false));
    }

    @Test
    void wordsSmartcnFindsJoinThePhraseAsAlternativeEachAsItsGrams() {
        assertEquals("(text:\"海洋 洋城\")^2.0 (+text:海洋 +text:城)", onReports("海洋城", false));
        assertEquals("(text:\"科技 ? 创新\")^2.0 (+text:科技 +text:创新)", onReports("科技创新", false));
    }

    @Test
    void aSingleWordIsThePhraseAlone() {
        assertEquals("text:\"招商 ? 引资\"", onReports("招商引资", false));
    }

    @Test
    void aPhraseKeepsTheFewestBigramsThatCoverEveryCharacter() {
        assertEquals("text:\"实际 ? 使用 ? 外资\"", queries.name(Schema.TEXT, "实际使用外资").toString());
        // a character left over at the end of a run is checked through the bigram before it, not its unigram
        assertEquals("text:\"开发 发区\"", queries.name(Schema.TEXT, "开发区").toString());
        assertEquals("text:\"竣工 ? 投产 产业\"", queries.name(Schema.TEXT, "竣工投产业").toString());
        assertEquals("text:\"营商 ? 环境 ? 5g 基站\"", queries.name(Schema.TEXT, "营商环境5G基站").toString());
    }

    @Test
    void quotedTextMustMatchAsWritten() {
        assertEquals("+(text:\"海洋 洋城\")^2.0 (+text:海洋 +text:城)", onReports("海洋城", true));
    }

    @Test
    void shortWordsAreTheirOwnGramsAndLeaveSmartcnUnloaded() {
        assertEquals("text:风电", onReports("风电", false));
        assertEquals("text:城", onReports("城", false));
        assertEquals("text:\"5g 基站\"", onReports("５Ｇ基站", false));
        assertFalse(analyzers.wordsLoaded());
        onReports("招商引资", false);
        assertTrue(analyzers.wordsLoaded());
    }

    @Test
    void phraseEndsOnACharacterTheTextMayJoinToTheNext() {
        assertEquals("text:\"世界 ? 500 强\"", queries.name(Schema.TEXT, "世界500强").toString());
        assertEquals("text:\"第 3 位\"", onReports("第3位", false));
    }

    @Test
    void wordsStandingTogetherInASentenceRankHigher() {
        assertEquals("(ConstantScore(text:MAXWIDTH/60(UNORDERED(恒屹,BLOCK(EXTEND(竣工,0,1),投产)))))^1.0",
                queries.near(List.of("恒屹", "竣工投产")).toString());
        assertEquals("(ConstantScore(text:MAXWIDTH/60(UNORDERED(BLOCK(EXTEND(世界,0,1),500,强),风电))))^1.0",
                queries.near(List.of("世界500强", "风电")).toString());
        assertNull(queries.near(List.of("恒屹", "，")));
    }

    @Test
    void punctuationHoldsNothingToSearch() {
        assertNull(onReports("，。！", false));
    }

    @Test
    void passagesLookForTheTextAndEachOfItsWordsAsGrams() {
        assertEquals("(text:\"海洋 洋城\")^2.0 text:海洋 text:城", queries.passage("海洋城", false).toString());
        assertEquals("text:\"海洋 洋城\"", queries.passage("海洋城", true).toString());
    }

    @Test
    void namesAreMatchedAsPhrasesOnTheirField() {
        assertEquals("project:\"海洋 洋城\"", queries.name(Schema.PROJECT, "海洋城").toString());
    }
}
