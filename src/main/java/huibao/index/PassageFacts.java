package huibao.index;

import huibao.model.Fact;
import huibao.model.Span;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;

/**
 * Finds the facts each shown passage states: those whose figure lies within the passage. One query
 * for all passages of all hits, reading the facts packed in the reports shown.
 */
final class PassageFacts {

    /** Clauses per query stay well under Lucene's limit of 1024. */
    private static final int PASSAGES_PER_QUERY = 300;

    /**
     * A shown passage.
     *
     * @param doc  the doc id of its report
     * @param span where it lies in its file's cleaned text
     */
    record Passage(String doc, Span span) {
    }

    private final IndexSearcher searcher;

    PassageFacts(IndexSearcher searcher) {
        this.searcher = searcher;
    }

    /** The facts of each passage in {@code passages}, in reading order; passages stating none are left out. */
    Map<Passage, List<Fact>> of(List<Passage> passages) throws IOException {
        Map<Passage, List<Fact>> out = new HashMap<>();
        for (int from = 0; from < passages.size(); from += PASSAGES_PER_QUERY) {
            collect(passages.subList(from, Math.min(passages.size(), from + PASSAGES_PER_QUERY)), out);
        }
        out.values().forEach(list -> list.sort(Comparator.comparingInt((Fact f) -> f.span().start())
                .thenComparingInt(f -> f.span().end())));
        return out;
    }

    private void collect(List<Passage> batch, Map<Passage, List<Fact>> out) throws IOException {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        Map<String, List<Passage>> byDoc = new HashMap<>();
        for (Passage p : batch) {
            if (byDoc.computeIfAbsent(p.doc(), k -> new ArrayList<>()).size() == 0) {
                any.add(new TermQuery(new Term(Schema.DOC, p.doc())), Occur.SHOULD);
            }
            byDoc.get(p.doc()).add(p);
        }
        Query q = new BooleanQuery.Builder()
                .add(ReportSearch.type(Schema.TYPE_REPORT), Occur.FILTER)
                .add(any.build(), Occur.FILTER)
                .build();
        int n = searcher.count(q);
        if (n == 0) {
            return;
        }
        StoredFields stored = searcher.storedFields();
        for (ScoreDoc sd : searcher.search(q, n, Sort.INDEXORDER).scoreDocs) {
            for (Fact f : ReportDocuments.facts(stored.document(sd.doc, ReportDocuments.PARTS_FIELDS))) {
                for (Passage p : byDoc.getOrDefault(f.doc(), List.of())) {
                    if (p.span().contains(f.span())) {
                        out.computeIfAbsent(p, k -> new ArrayList<>()).add(f);
                    }
                }
            }
        }
    }
}
