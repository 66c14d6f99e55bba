package huibao.index;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import huibao.config.Dictionaries;
import java.util.Set;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.junit.jupiter.api.Test;

/**
 * Which searches could also find the record an ingest keeps of each file, and so are narrowed to
 * reports: only those that match everything, for a file's record holds no words and no fields.
 */
class ReportSearchFilterTest {

    private final QueryTranslator translator = new QueryTranslator("", new TextQueries(new FieldAnalyzers()),
            name -> Set.of("321700"), ReportTypes.load(Dictionaries.packaged()));

    private boolean mayMatchFiles(String query) {
        return ReportSearch.mayMatchFiles(translator.reports(QueryParser.parse(query)));
    }

    @Test
    void wordsPhrasesAndFieldsFindOnlyReports() {
        assertFalse(mayMatchFiles("招商引资"));
        assertFalse(mayMatchFiles("\"海洋城\" 签约"));
        assertFalse(mayMatchFiles("project:恒屹 region:泰州市 year:2023"));
        assertFalse(mayMatchFiles("海洋 NOT 海洋城"));
        assertFalse(mayMatchFiles("海洋 OR indicator:fdi_actual"));
    }

    @Test
    void aSearchThatOnlyExcludesOrIsBlankMatchesFileRecordsToo() {
        assertTrue(ReportSearch.mayMatchFiles(new MatchAllDocsQuery()));
        assertTrue(mayMatchFiles("NOT 海洋"));
        assertTrue(mayMatchFiles("\"海洋城\" OR NOT 海洋"));
    }
}
