package huibao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@code --solr} and {@code --collection}, refused in one line when one is missing or malformed (issue 13). */
class SolrOptionsTest {

    @Test
    void solrWithoutACollectionIsAUsageError() {
        Run r = Run.of("search", "--solr", "http://localhost:8983/solr", "恒屹");
        assertEquals(2, r.code(), r.err());
        assertEquals("huibao search: --solr and --collection go together: name the Solr node and the collection "
                + "that holds the archive", r.err().strip());
    }

    @Test
    void aCollectionWithoutSolrIsAUsageError() {
        Run r = Run.of("dataset", "--collection", "huibao");
        assertEquals(2, r.code(), r.err());
        assertEquals("huibao dataset: --solr and --collection go together: name the Solr node and the collection "
                + "that holds the archive", r.err().strip());
    }

    @Test
    void solrMustBeAnHttpUrl() {
        Run r = Run.of("check", "--solr", "solr1:8983", "--collection", "huibao");
        assertEquals(2, r.code(), r.err());
        assertEquals("huibao check: --solr must be an http or https URL of a Solr node, such as "
                + "http://localhost:8983/solr, not solr1:8983", r.err().strip());
    }

    @Test
    void aCollectionNameIsLettersDigitsAndDashes() {
        Run r = Run.of("projects", "--solr", "http://localhost:8983/solr", "--collection", "a b");
        assertEquals(2, r.code(), r.err());
        assertEquals("huibao projects: --collection must be a Solr collection name (letters, digits, '.', '_' and "
                + "'-'), not 'a b'", r.err().strip());
    }

    @Test
    void unreachableSolrIsOneLineAndTheArchiveErrorsExitCode() {
        Run r = Run.of("search", "--solr", "http://127.0.0.1:1/solr", "--collection", "huibao", "恒屹");
        assertEquals(1, r.code(), r.err());
        assertEquals("huibao search: cannot reach Solr at http://127.0.0.1:1/solr: connection refused", r.err().strip());
    }
}
