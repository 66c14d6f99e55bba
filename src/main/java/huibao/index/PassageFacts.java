package huibao.index;

import huibao.model.Fact;
import huibao.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;

/**
 * Finds the facts each shown passage states: those whose figure lies within the passage, from the
 * facts packed in the hits' documents, already read with the rest of what a hit shows.
 */
final class PassageFacts {

    /**
     * A shown passage.
     *
     * @param doc  the doc id of its report
     * @param span where it lies in its file's cleaned text
     */
    record Passage(String doc, Span span) {
    }

    /** The hits' stored {@link ReportDocuments#HIT_FIELDS}, by doc id. */
    private final Map<String, Document> hits = new HashMap<>();

    PassageFacts(List<Document> hits) {
        hits.forEach(d -> this.hits.put(d.get(Schema.DOC), d));
    }

    /** The facts of each passage in {@code passages}, in reading order; passages stating none are left out. */
    Map<Passage, List<Fact>> of(List<Passage> passages) {
        Map<Passage, List<Fact>> out = new HashMap<>();
        Map<String, List<Fact>> byDoc = new HashMap<>();
        for (Passage p : passages) {
            Document hit = hits.get(p.doc());
            if (hit == null) {
                continue;
            }
            for (Fact f : byDoc.computeIfAbsent(p.doc(), k -> ReportDocuments.facts(hit))) {
                if (f.doc().equals(p.doc()) && p.span().contains(f.span())) {
                    out.computeIfAbsent(p, k -> new ArrayList<>()).add(f);
                }
            }
        }
        out.values().forEach(list -> list.sort(Comparator.comparingInt((Fact f) -> f.span().start())
                .thenComparingInt(f -> f.span().end())));
        return out;
    }
}
