package huibao.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;

/**
 * A search of an archive kept in another store (a Solr collection, issue 13) that answers as
 * {@link ReportIndex#search} does. The analyst's query is read and translated by the same code into
 * the same Lucene queries, which the store is handed in the standard query syntax
 * ({@link StandardSyntax}); it returns the best hits with their scores and the facet counts. What
 * the local search does with its own index after that, the closeness of the query's words among the
 * best hits and the passages to show, is done here on a small in-memory index of the hits' text, so
 * the passages and marks are cut by the same highlighter from the same offsets.
 */
public final class RemoteSearch implements Closeable {

    /**
     * What the store is asked for.
     *
     * @param query   the reports wanted, scored, in the standard syntax
     * @param filters what they must also match, not scored, each in the standard syntax
     * @param byDate  newest first ({@link ArchiveLayout#SORT_DATE} descending, undated last), then by score;
     *                else by score
     * @param rows    how many of the best to return, with {@link ArchiveLayout#HIT_FIELDS} and
     *                {@link ArchiveLayout#SORT_DATE}
     */
    public record Find(String query, List<String> filters, boolean byDate, int rows) {
        public Find {
            Objects.requireNonNull(query, "query");
            filters = List.copyOf(filters);
        }
    }

    /** One report found, with its score in the store. */
    public record Hit(ArchiveDocument document, float score) {
    }

    /**
     * What the store found.
     *
     * @param hits   the best hits, best first
     * @param total  how many reports match in all
     * @param facets for each of {@link ArchiveLayout#FACETS}, in order, the matching reports by value
     */
    public record Page(List<Hit> hits, long total, List<Map<String, Integer>> facets) {
        public Page {
            hits = List.copyOf(hits);
            facets = List.copyOf(facets);
        }
    }

    /** The store of the archive, as a search needs it. */
    public interface Store {

        /** The codes of the archived reports' regions named {@code name}, so region:济南市 finds its districts. */
        Set<String> regionCodesNamed(String name);

        /** The reports {@code find} asks for. */
        Page find(Find find);
    }

    private final ArchiveLayout layout;
    private final FieldAnalyzers analyzers = new FieldAnalyzers();

    public RemoteSearch(ArchiveLayout layout) {
        this.layout = layout;
    }

    /**
     * Runs {@code request} against {@code store}.
     *
     * @throws QuerySyntaxException     when the query cannot be read; its message quotes the query
     * @throws IllegalArgumentException when the request filters on a report type {@code report-types.tsv}
     *                                  does not name
     */
    public SearchResults search(SearchRequest request, Store store) {
        ReportTypes types = layout.types();
        types.requireKnown(request.type());
        QueryNode tree = QueryParser.parse(request.query());
        QueryTranslator translator = new QueryTranslator(request.query(), new TextQueries(analyzers),
                store::regionCodesNamed, types);
        Query wanted = tree == null ? new MatchAllDocsQuery() : translator.reports(tree);
        List<String> filters = new ArrayList<>();
        filters.add(StandardSyntax.of(ReportSearch.type(Schema.TYPE_REPORT)));
        ReportSearch.filters(request).forEach(f -> filters.add(StandardSyntax.of(f)));
        boolean byDate = request.sort() == SearchSort.DATE;
        Query closeness = tree == null || byDate ? null : translator.closeness(tree);
        int rows = request.limit() + TieOrder.SLACK;
        int firstPass = closeness == null ? rows : Math.max(rows, ReportSearch.RESCORED + TieOrder.SLACK);
        Page page = store.find(new Find(StandardSyntax.of(wanted), filters, byDate, firstPass));
        try {
            return results(request, tree == null ? null : translator.passages(tree), closeness, rows, page);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot mark the passages of the hits: " + e.getMessage(), e);
        }
    }

    private SearchResults results(SearchRequest request, Query passages, Query closeness, int rows, Page page)
            throws IOException {
        List<Document> docs = page.hits().stream().map(h -> ArchiveLayout.lucene(h.document())).toList();
        try (Directory dir = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzers.grams()))) {
                // one segment, doc ids in hit order
                List<Document> texts = new ArrayList<>();
                for (Document d : docs) {
                    Document t = new Document();
                    String text = ReportDocuments.text(d);
                    t.add(new Field(Schema.TEXT, text == null ? "" : text, Schema.REPORT_TEXT));
                    texts.add(t);
                }
                w.addDocuments(texts);
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher hitsText = new IndexSearcher(reader);
                List<TieOrder.Ranked<ScoreDoc>> ranked = ranked(page, docs, closeness, hitsText, rows,
                        request.sort() == SearchSort.DATE);
                List<TieOrder.Ranked<ScoreDoc>> shown = TieOrder.settle(ranked, request.limit(),
                        sd -> docs.get(sd.doc).get(Schema.DOC));
                ScoreDoc[] ids = shown.stream().map(TieOrder.Ranked::hit).toArray(ScoreDoc[]::new);
                List<Document> shownDocs = new ArrayList<>();
                for (ScoreDoc sd : ids) {
                    shownDocs.add(docs.get(sd.doc));
                }
                Map<String, List<Snippet>> snippets = ReportSearch.withFacts(
                        new PassageHighlighter(hitsText, analyzers.grams())
                                .snippets(passages, ids, shownDocs, ReportSearch.SNIPPETS_PER_HIT), shownDocs);
                return new SearchResults(ReportSearch.hits(shownDocs, shown, snippets), page.total(), facets(page));
            }
        }
    }

    /**
     * The hits in ranking order, each with its doc id in {@code hitsText}. Closeness lifts a hit as
     * {@code QueryRescorer} does locally: its score plus the closeness query's, then best first.
     */
    private static List<TieOrder.Ranked<ScoreDoc>> ranked(Page page, List<Document> docs, Query closeness,
                                                          IndexSearcher hitsText, int rows, boolean byDate)
            throws IOException {
        float[] scores = new float[docs.size()];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = page.hits().get(i).score();
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            order.add(i);
        }
        if (closeness != null && scores.length > 0) {
            for (ScoreDoc near : hitsText.search(closeness, scores.length).scoreDocs) {
                scores[near.doc] += near.score;
            }
            order.sort(Comparator.comparingDouble((Integer i) -> -scores[i]));
            order = order.subList(0, Math.min(rows, order.size()));
        }
        List<TieOrder.Ranked<ScoreDoc>> ranked = new ArrayList<>();
        for (int i : order) {
            Object day = page.hits().get(i).document().first(ArchiveLayout.SORT_DATE);
            long key = !byDate ? 0 : day == null ? Long.MIN_VALUE : ((Number) day).longValue();
            ranked.add(new TieOrder.Ranked<>(new ScoreDoc(i, scores[i]), key, scores[i]));
        }
        return ranked;
    }

    private static FacetCounts facets(Page page) {
        List<Map<String, Integer>> f = page.facets();
        if (f.size() != FacetOrdinals.FIELDS.length) {
            throw new IllegalArgumentException("the store counted " + f.size() + " facets, not "
                    + FacetOrdinals.FIELDS.length);
        }
        return FacetCounter.counts(f);
    }

    @Override
    public void close() {
        analyzers.close();
    }
}
