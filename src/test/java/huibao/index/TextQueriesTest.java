package huibao.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** How one word of a query meets the bigram and the smartcn fields. */
class TextQueriesTest {

    private final FieldAnalyzers analyzers = new FieldAnalyzers();
    private final TextQueries queries = new TextQueries(analyzers);

    @Test
    void nameSmartcnKnowsNoWordOfIsMatchedAsBigramPhraseOnly() {
        assertEquals("text:\"金雷 雷风 风电\"", queries.text("金雷风电", false).toString());
    }

    @Test
    void wordsSmartcnFindsJoinThePhraseAsAlternative() {
        assertEquals("(text:\"海洋 洋城\")^2.0 (+text_cn:海洋 +text_cn:城)", queries.text("海洋城", false).toString());
    }

    @Test
    void quotedTextMustMatchAsWritten() {
        assertEquals("+(text:\"海洋 洋城\")^2.0 (+text_cn:海洋 +text_cn:城)", queries.text("海洋城", true).toString());
    }

    @Test
    void twoCharacterWordIsItsOwnBigramAndLeavesSmartcnUnloaded() {
        assertEquals("text:风电", queries.text("风电", false).toString());
        assertEquals("text_cn:城", queries.text("城", false).toString());
        assertEquals("text:\"5g 基站\"", queries.text("５Ｇ基站", false).toString());
        assertFalse(analyzers.wordsLoaded());
        queries.text("招商引资", false);
        assertTrue(analyzers.wordsLoaded());
    }

    @Test
    void punctuationHoldsNothingToSearch() {
        assertNull(queries.text("，。！", false));
    }

    @Test
    void namesAreMatchedAsPhrasesOnTheirField() {
        assertEquals("project:\"海洋 洋城\"", queries.name(Schema.PROJECT, "海洋城").toString());
    }
}
