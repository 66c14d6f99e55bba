package huibao.index;

import huibao.model.Span;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * Marks the matched words in passage documents. Each passage is highlighted whole, with the
 * matches read from the postings' offsets and merged where they touch, so 金雷风电 comes back as
 * one mark, not as 金雷, 雷风, 风电.
 */
final class PassageHighlighter extends UnifiedHighlighter {

    /**
     * A passage's text and its marks.
     *
     * @param text  the passage text
     * @param marks the matched stretches, offsets into {@code text}, sorted and disjoint
     */
    record Marked(String text, List<Span> marks) {
    }

    PassageHighlighter(IndexSearcher searcher, Analyzer analyzer) {
        super(UnifiedHighlighter.builder(searcher, analyzer)
                .withBreakIterator(WholeBreakIterator::new)
                .withWeightMatches(false)
                .withMaxLength(Passages.MAX_LENGTH * 2)
                .withFormatter(new MarkFormatter()));
    }

    /** The marked text of each passage document in {@code docIds}, in the same order. */
    List<Marked> highlight(Query query, int[] docIds) throws IOException {
        Object[] marked = highlightFieldsAsObjects(new String[] {Schema.PASSAGE_TEXT}, query, docIds, new int[] {1})
                .get(Schema.PASSAGE_TEXT);
        List<Marked> out = new ArrayList<>(docIds.length);
        for (Object m : marked) {
            out.add((Marked) m);
        }
        return out;
    }

    /** Turns UnifiedHighlighter's passage into a {@link Marked} instead of a tagged string. */
    private static final class MarkFormatter extends PassageFormatter {

        @Override
        public Object format(Passage[] passages, String content) {
            if (passages.length == 0) {
                return new Marked(content, List.of());
            }
            Passage p = passages[0];
            int base = p.getStartOffset();
            String text = content.substring(base, p.getEndOffset());
            int n = p.getNumMatches();
            Span[] matches = new Span[n];
            for (int i = 0; i < n; i++) {
                matches[i] = new Span(p.getMatchStarts()[i] - base, Math.min(p.getMatchEnds()[i], p.getEndOffset()) - base);
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
            return new Marked(text, merged);
        }
    }
}
