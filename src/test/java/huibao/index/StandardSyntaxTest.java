package huibao.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import huibao.config.Dictionaries;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;

/** The translator's queries written in the standard syntax that Solr reads back into the same queries (issue 13). */
class StandardSyntaxTest {

    private final FieldAnalyzers analyzers = new FieldAnalyzers();
    private final TextQueries text = new TextQueries(analyzers);

    private String reports(String query) {
        QueryTranslator translator = new QueryTranslator(query, text, name -> Set.of("321700"),
                ReportTypes.load(Dictionaries.packaged()));
        return StandardSyntax.of(translator.reports(QueryParser.parse(query)));
    }

    @Test
    void aPhraseKeepsTheGapWhereABigramCoversTheNextCharacter() {
        assertEquals("text:\"世界 huibaogap 500 强\"", StandardSyntax.of(text.name(Schema.TEXT, "世界500强")));
        assertEquals("text:\"金雷 huibaogap 风电\"", StandardSyntax.of(text.name(Schema.TEXT, "金雷风电")));
        assertEquals("text:\"风电\"", StandardSyntax.of(text.name(Schema.TEXT, "风电")));
    }

    @Test
    void boostsAndClausesAreWrittenAsTheyScore() {
        assertEquals("(+text:\"鹭汀 汀区\" (heading:\"鹭汀 汀区\")^2.0 (project:\"鹭汀 汀区\")^1.0 "
                + "(org:\"鹭汀 汀区\")^1.0)", reports("鹭汀区"));
    }

    @Test
    void fieldFiltersScoreNothingAndNegationsExclude() {
        assertEquals("(+(+text:\"外资\" (heading:\"外资\")^2.0 (project:\"外资\")^1.0 (org:\"外资\")^1.0) "
                + "+((region_name:\"澜州市\" region_mention:\"澜州市\" region_path:\"321700\"))^=0 "
                + "+(year:[2023 TO 2024])^=0 "
                + "-(+(+(text:\"海洋 洋城\")^2.0 (+text:\"海洋\" +text:\"城\")) (heading:\"海洋 洋城\")^2.0 "
                + "(project:\"海洋 洋城\")^1.0 (org:\"海洋 洋城\")^1.0))",
                reports("外资 region:澜州市 year:2023-2024 -海洋城"));
    }

    @Test
    void termsAreQuotedSoNoTextBecomesSyntax() {
        Query q = new TermQuery(new Term(Schema.REGION_NAME, "a\"b\\c OR *:*"));
        assertEquals("region_name:\"a\\\"b\\\\c OR *:*\"", StandardSyntax.of(q));
    }

    @Test
    void aQueryOfNothingSearchableMatchesNothing() {
        assertEquals("(+*:* -*:*)", reports("、"));
    }

    @Test
    void refusesAQueryItCannotWrite() {
        Query sloppy = new org.apache.lucene.search.PhraseQuery(2, Schema.TEXT, "海洋", "洋城");
        assertThrows(IllegalArgumentException.class, () -> StandardSyntax.of(sloppy));
    }
}
