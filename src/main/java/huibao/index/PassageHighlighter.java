package huibao.index;

import huibao.model.Span;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;

/**
 * Picks the passages a hit shows and marks the matched words in them, from the offsets the report's
 * text field keeps in its postings: the text is neither analysed again nor indexed a second time
 * per passage. Each report's {@link Passages} are scored as small documents; the best few come
 * first, with the matches merged where they touch, so 金雷风电 comes back as one mark, not as 金雷,
 * 雷风, 风电. One instance serves one search.
 */
final class PassageHighlighter extends UnifiedHighlighter {

    /** Longer texts are still highlighted whole: the cleaned text of a file is bounded by ingest. */
    private static final int MAX_TEXT = 100_000_000;

    /** The text of each hit, by index doc id. */
    private final Map<Integer, String> texts = new HashMap<>();

    /** A passage's place in its report's text and its marks, offsets into the passage. */
    private record Marked(int start, String text, List<Span> marks) {
    }

    PassageHighlighter(IndexSearcher searcher, Analyzer analyzer) {
        super(UnifiedHighlighter.builder(searcher, analyzer)
                .withBreakIterator(PassageBreaks::new)
                .withWeightMatches(false)
                .withMaxLength(MAX_TEXT)
                .withMaxNoHighlightPassages(0)
                .withPassageSortComparator(Comparator.comparingDouble(Passage::getScore).reversed()
                        .thenComparingInt(Passage::getStartOffset))
                .withScorer(new PassageRanking())
                .withFormatter(new MarkFormatter()));
    }

    /**
     * The best passages of each hit for {@code query}, marked and best first, by report doc id. A
     * report none of whose passages match ({@code query} is {@code null}, or only a title or a
     * filter matched) shows its opening passage, unmarked.
     *
     * @param hits   the report documents found
     * @param docs   their stored {@link ReportDocuments#HIT_FIELDS}, text included, in the same order
     * @param perHit the most passages shown per hit
     */
    Map<String, List<Snippet>> snippets(Query query, ScoreDoc[] hits, List<Document> docs, int perHit)
            throws IOException {
        int[] ids = new int[hits.length];
        for (int i = 0; i < hits.length; i++) {
            ids[i] = hits[i].doc;
            texts.put(ids[i], ReportDocuments.text(docs.get(i)));
        }
        Object[] marked = query == null || ids.length == 0 ? new Object[ids.length]
                : highlightFieldsAsObjects(new String[] {Schema.TEXT}, query, ids, new int[] {perHit})
                        .get(Schema.TEXT);
        Map<String, List<Snippet>> out = new HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            List<Marked> passages = marked[i] != null ? cast(marked[i]) : opening(texts.get(ids[i]));
            int offset = ReportDocuments.range(docs.get(i)).start();
            out.put(docs.get(i).get(Schema.DOC), passages.stream()
                    .map(m -> new Snippet(m.text(),
                            new Span(offset + m.start(), offset + m.start() + m.text().length()), m.marks()))
                    .toList());
        }
        return out;
    }

    /**
     * The text is indexed with its offsets ({@link Schema#REPORT_TEXT}), in the archive and in the
     * small index of a remote search's hits: said here, the highlighter does not merge the field
     * infos of every segment to learn it, for every search.
     */
    @Override
    protected OffsetSource getOffsetSource(String field) {
        return Schema.TEXT.equals(field) ? OffsetSource.POSTINGS : super.getOffsetSource(field);
    }

    /** The hits' texts, already read with the rest of their stored fields, instead of reading them again. */
    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold)
            throws IOException {
        List<CharSequence[]> out = new ArrayList<>();
        for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
            out.add(new CharSequence[] {texts.get(doc)});
        }
        return out;
    }

    private static List<Marked> opening(String text) {
        List<Span> passages = text == null ? List.of() : Passages.split(text, 0);
        if (passages.isEmpty()) {
            return List.of();
        }
        Span first = passages.get(0);
        return List.of(new Marked(first.start(), text.substring(first.start(), first.end()), List.of()));
    }

    @SuppressWarnings("unchecked")
    private static List<Marked> cast(Object formatted) {
        return (List<Marked>) formatted;
    }

    /** Turns the highlighter's passages into {@link Marked} ones instead of a tagged string. */
    private static final class MarkFormatter extends PassageFormatter {

        @Override
        public Object format(Passage[] passages, String content) {
            List<Marked> out = new ArrayList<>(passages.length);
            for (Passage p : passages) {
                out.add(marked(p, content));
            }
            return out;
        }

        private static Marked marked(Passage p, String content) {
            int base = p.getStartOffset();
            int n = p.getNumMatches();
            Span[] matches = new Span[n];
            for (int i = 0; i < n; i++) {
                matches[i] = new Span(p.getMatchStarts()[i] - base,
                        Math.min(p.getMatchEnds()[i], p.getEndOffset()) - base);
            }
            Arrays.sort(matches, Comparator.comparingInt(Span::start).thenComparingInt(Span::end));
            List<Span> merged = new ArrayList<>();
            for (Span m : matches) {
                Span last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
                if (last != null && m.start() <= last.end()) {
                    merged.set(merged.size() - 1, new Span(last.start(), Math.max(last.end(), m.end())));
                } else {
                    merged.add(m);
                }
            }
            return new Marked(base, content.substring(base, p.getEndOffset()), merged);
        }
    }

    /**
     * UnifiedHighlighter's passage score (BM25 over the passage as a small document, favouring
     * early passages), without the term hash it allocates per passage: a passage holds few matches.
     */
    private static final class PassageRanking extends PassageScorer {

        @Override
        public float score(Passage passage, int contentLength) {
            int n = passage.getNumMatches();
            BytesRef[] terms = passage.getMatchTerms();
            double score = 0;
            for (int i = 0; i < n; i++) {
                boolean seen = false;
                for (int j = 0; j < i && !seen; j++) {
                    seen = terms[j].bytesEquals(terms[i]);
                }
                if (!seen) {
                    int inPassage = 1;
                    for (int j = i + 1; j < n; j++) {
                        if (terms[j].bytesEquals(terms[i])) {
                            inPassage++;
                        }
                    }
                    score += tf(inPassage, passage.getLength())
                            * weight(contentLength, passage.getMatchTermFreqsInDoc()[i]);
                }
            }
            return (float) (score * norm(passage.getStartOffset()));
        }
    }
}
