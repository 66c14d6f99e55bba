package huibao.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;

/**
 * One search over one point-in-time view of the index: finds the reports, counts the facets and
 * picks each report's best passages, highlighted.
 */
final class ReportSearch {

    /** Passages shown per report. */
    static final int SNIPPETS_PER_HIT = 3;

    private final IndexSearcher searcher;
    private final FieldAnalyzers analyzers;

    ReportSearch(IndexSearcher searcher, FieldAnalyzers analyzers) {
        this.searcher = searcher;
        this.analyzers = analyzers;
    }

    /** Runs {@code request}, whose query reads as {@code tree} ({@code null} when blank). */
    SearchResults run(SearchRequest request, QueryNode tree) throws IOException {
        QueryTranslator translator = new QueryTranslator(request.query(), new TextQueries(analyzers), this::regionCodesNamed);
        Query wanted = tree == null ? new MatchAllDocsQuery() : translator.reports(tree);
        BooleanQuery.Builder b = new BooleanQuery.Builder()
                .add(wanted, Occur.MUST)
                .add(type(Schema.TYPE_REPORT), Occur.FILTER);
        if (request.regionCode() != null) {
            b.add(new TermQuery(new Term(Schema.REGION_PATH, request.regionCode())), Occur.FILTER);
        }
        if (request.year() != null) {
            b.add(IntPoint.newExactQuery(Schema.YEAR, request.year()), Occur.FILTER);
        }
        if (request.indicator() != null) {
            b.add(new TermQuery(new Term(Schema.INDICATOR, request.indicator())), Occur.FILTER);
        }
        Object[] found = searcher.search(b.build(), new MultiCollectorManager(
                new TopScoreDocCollectorManager(request.limit(), Integer.MAX_VALUE), new FacetCounter()));
        TopDocs top = (TopDocs) found[0];
        FacetCounts facets = (FacetCounts) found[1];
        Query passageQuery = tree == null ? null : translator.passages(tree);
        StoredFields stored = searcher.storedFields();
        List<Document> docs = new ArrayList<>(top.scoreDocs.length);
        for (ScoreDoc sd : top.scoreDocs) {
            docs.add(stored.document(sd.doc, ReportDocuments.HIT_FIELDS));
        }
        Map<String, List<Snippet>> snippets = new PassageHighlighter(searcher, analyzers.grams())
                .snippets(passageQuery, top.scoreDocs, docs, SNIPPETS_PER_HIT);
        List<ReportHit> hits = new ArrayList<>(docs.size());
        for (int i = 0; i < docs.size(); i++) {
            Document d = docs.get(i);
            String doc = d.get(Schema.DOC);
            hits.add(new ReportHit(doc, d.get(Schema.FILE), d.get(Schema.TITLE), ReportDocuments.region(d),
                    ReportDocuments.period(d), top.scoreDocs[i].score, snippets.getOrDefault(doc, List.of())));
        }
        return new SearchResults(hits, top.totalHits.value, facets);
    }

    /** Codes of the indexed reports' regions named {@code name}, so region:济南市 finds its districts. */
    private Set<String> regionCodesNamed(String name) {
        try {
            Query q = new BooleanQuery.Builder()
                    .add(type(Schema.TYPE_REPORT), Occur.FILTER)
                    .add(new TermQuery(new Term(Schema.REGION_NAME, name)), Occur.FILTER)
                    .build();
            Set<String> codes = new LinkedHashSet<>();
            StoredFields stored = searcher.storedFields();
            for (ScoreDoc sd : searcher.search(q, Math.max(1, searcher.count(q))).scoreDocs) {
                codes.add(stored.document(sd.doc, Set.of(Schema.REGION_CODE)).get(Schema.REGION_CODE));
            }
            return codes;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot look up the region " + name, e);
        }
    }

    static Query type(String type) {
        return new TermQuery(new Term(Schema.TYPE, type));
    }
}
