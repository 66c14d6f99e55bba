package huibao.index;

import huibao.model.Fact;
import huibao.model.Period;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexOrDocValuesQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHitCountCollectorManager;
import org.apache.lucene.util.BytesRef;

/**
 * One search over one point-in-time view of the index: finds the reports, counts the facets and
 * picks each report's best passages, highlighted, with the facts they state.
 */
final class ReportSearch {

    /** Passages shown per report. */
    static final int SNIPPETS_PER_HIT = 3;
    /** How many of the best hits the closeness of the query's words may reorder. */
    static final int RESCORED = 50;
    /** Newest first; undated reports last; a day's reports best first. */
    private static final Sort BY_DATE = byDate();

    private final IndexSearcher searcher;
    private final FieldAnalyzers analyzers;
    private final ReportTypes types;
    private final FacetOrdinals facets;

    ReportSearch(IndexSearcher searcher, FieldAnalyzers analyzers, ReportTypes types, FacetOrdinals facets) {
        this.searcher = searcher;
        this.analyzers = analyzers;
        this.types = types;
        this.facets = facets;
    }

    /** Runs {@code request}, whose query reads as {@code tree} ({@code null} when blank). */
    SearchResults run(SearchRequest request, QueryNode tree) throws IOException {
        QueryTranslator translator = new QueryTranslator(request.query(), new TextQueries(analyzers),
                this::regionCodesNamed, types);
        Query wanted = tree == null ? new MatchAllDocsQuery() : translator.reports(tree);
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(wanted, Occur.MUST);
        if (mayMatchFiles(wanted)) {
            b.add(type(Schema.TYPE_REPORT), Occur.FILTER);
        }
        filters(request).forEach(f -> b.add(f, Occur.FILTER));
        Query closeness = tree == null || request.sort() == SearchSort.DATE ? null : translator.closeness(tree);
        // a few past the page, so that a tie at its end is settled over all its members (TieOrder)
        int rows = request.limit() + TieOrder.SLACK;
        int firstPass = closeness == null ? rows : Math.max(rows, RESCORED + TieOrder.SLACK);
        // Counting and ranking are two passes: counting every match needs no score, so a phrase stops
        // at its first occurrence and the ranking boosts are not looked at; ranking needs only the
        // best, so it skips reports that cannot reach them. One pass scored every match.
        Query query = b.build();
        Object[] found = searcher.search(query,
                new MultiCollectorManager(new TotalHitCountCollectorManager(), new FacetCounter(facets)));
        CollectorManager<?, ? extends TopDocs> ranking = request.sort() == SearchSort.DATE
                ? new TopFieldCollectorManager(BY_DATE, rows, null, rows)
                : new TopScoreDocCollectorManager(firstPass, firstPass);
        TopDocs top = searcher.search(query, ranking);
        int matches = (Integer) found[0];
        if (closeness != null) {
            // words close together lift a report among the best hits (its score plus the boost)
            top = QueryRescorer.rescore(searcher, top, closeness, 1.0, rows);
        }
        FacetCounts facets = (FacetCounts) found[1];
        Query passageQuery = tree == null ? null : translator.passages(tree);
        StoredFields stored = searcher.storedFields();
        List<TieOrder.Ranked<ScoreDoc>> ranked = new ArrayList<>(top.scoreDocs.length);
        for (ScoreDoc sd : top.scoreDocs) {
            ranked.add(new TieOrder.Ranked<>(sd, day(sd), score(sd)));
        }
        List<TieOrder.Ranked<ScoreDoc>> page = TieOrder.settle(ranked, request.limit(), sd -> docId(stored, sd));
        ScoreDoc[] shown = page.stream().map(TieOrder.Ranked::hit).toArray(ScoreDoc[]::new);
        List<Document> docs = new ArrayList<>(shown.length);
        for (ScoreDoc sd : shown) {
            docs.add(stored.document(sd.doc, ReportDocuments.HIT_FIELDS));
        }
        Map<String, List<Snippet>> snippets = withFacts(new PassageHighlighter(searcher, analyzers.grams())
                .snippets(passageQuery, shown, docs, SNIPPETS_PER_HIT), docs);
        return new SearchResults(hits(docs, page, snippets), matches, facets);
    }

    /** The hits shown, from their stored {@code docs}, in the order of {@code page}. */
    static List<ReportHit> hits(List<Document> docs, List<? extends TieOrder.Ranked<?>> page,
                                Map<String, List<Snippet>> snippets) {
        List<ReportHit> hits = new ArrayList<>(docs.size());
        for (int i = 0; i < docs.size(); i++) {
            Document d = docs.get(i);
            String doc = d.get(Schema.DOC);
            hits.add(new ReportHit(doc, d.get(Schema.FILE), d.get(Schema.TITLE), ReportDocuments.types(d),
                    d.get(Schema.DATE), ReportDocuments.region(d), ReportDocuments.period(d),
                    page.get(i).score(), snippets.getOrDefault(doc, List.of())));
        }
        return hits;
    }

    /** The report doc id of a hit, which orders a tie. */
    private static String docId(StoredFields stored, ScoreDoc hit) {
        try {
            return stored.document(hit.doc, Set.of(Schema.DOC)).get(Schema.DOC);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read the doc id of a hit", e);
        }
    }

    /** The day a hit sorted by date stands at; 0 for every hit ranked by relevance. */
    private static long day(ScoreDoc hit) {
        return hit instanceof FieldDoc sorted && sorted.fields.length > 1 && sorted.fields[0] instanceof Long d ? d : 0;
    }

    /** The request's filters: region (and the regions under it), year, indicator, period and type. */
    static List<Query> filters(SearchRequest request) {
        List<Query> out = new ArrayList<>();
        if (request.regionCode() != null) {
            out.add(new TermQuery(new Term(Schema.REGION_PATH, request.regionCode())));
        }
        if (request.year() != null) {
            out.add(year(request.year()));
        }
        if (request.indicator() != null) {
            out.add(new TermQuery(new Term(Schema.INDICATOR, request.indicator())));
        }
        Period p = request.period();
        if (p != null && p.year() != null) {
            out.add(year(p.year()));
        }
        if (p != null && p.fromMonth() != null) {
            out.add(IntPoint.newExactQuery(Schema.FROM_MONTH, p.fromMonth()));
        }
        if (p != null && p.toMonth() != null) {
            out.add(IntPoint.newExactQuery(Schema.TO_MONTH, p.toMonth()));
        }
        if (request.type() != null) {
            out.add(new TermQuery(new Term(Schema.REPORT_TYPE, request.type())));
        }
        return out;
    }

    private static Query year(int year) {
        return years(year, year);
    }

    /**
     * Reports of the years {@code from} to {@code to}: from the points when the years lead the
     * search, else checked on each report the words found, which spares building the years' whole
     * set of documents.
     */
    static Query years(int from, int to) {
        // four-digit years sort as text as they do as numbers
        return new IndexOrDocValuesQuery(IntPoint.newRangeQuery(Schema.YEAR, from, to),
                SortedSetDocValuesField.newSlowRangeQuery(Schema.FACET_YEAR, new BytesRef(String.valueOf(from)),
                        new BytesRef(String.valueOf(to)), true, true));
    }

    /** The relevance of a hit; sorted by date it is the sort's second key, the score field stays unset. */
    private static float score(ScoreDoc hit) {
        if (hit instanceof FieldDoc sorted && sorted.fields.length > 1 && sorted.fields[1] instanceof Float f) {
            return f;
        }
        return hit.score;
    }

    private static Sort byDate() {
        SortField day = new SortField(Schema.SORT_DATE, SortField.Type.LONG, true);
        day.setMissingValue(Long.MIN_VALUE);
        return new Sort(day, SortField.FIELD_SCORE);
    }

    /** The snippets with the facts each states, from the facts packed in the hits' documents {@code docs}. */
    static Map<String, List<Snippet>> withFacts(Map<String, List<Snippet>> snippets, List<Document> docs) {
        List<PassageFacts.Passage> passages = new ArrayList<>();
        snippets.forEach((doc, list) -> list.forEach(s -> passages.add(new PassageFacts.Passage(doc, s.location()))));
        Map<PassageFacts.Passage, List<Fact>> facts = new PassageFacts(docs).of(passages);
        Map<String, List<Snippet>> out = new HashMap<>();
        snippets.forEach((doc, list) -> out.put(doc, list.stream()
                .map(s -> new Snippet(s.text(), s.location(), s.highlights(),
                        facts.getOrDefault(new PassageFacts.Passage(doc, s.location()), List.of())))
                .toList()));
        return out;
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

    /**
     * Whether {@code wanted} may match a file's record as well as reports: only through a query
     * matching every document (an empty query, or one that only excludes). No word or field matches
     * a file's record (its text is empty), and leaving out the filter on the type spares a conjunction
     * over every match: ranking can then skip whole blocks of a common word's reports.
     */
    static boolean mayMatchFiles(Query wanted) {
        boolean[] all = new boolean[1];
        wanted.visit(new QueryVisitor() {
            @Override
            public void visitLeaf(Query query) {
                all[0] |= query instanceof MatchAllDocsQuery;
            }

            @Override
            public QueryVisitor getSubVisitor(Occur occur, Query parent) {
                return occur == Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
            }
        });
        return all[0];
    }

    static Query type(String type) {
        return new TermQuery(new Term(Schema.TYPE, type));
    }
}
