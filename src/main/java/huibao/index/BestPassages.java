package huibao.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Collects, in one pass over the matching passages of several reports, each report's best few:
 * the highest scoring, or, when nothing is scored, the first in the text. One query for all hits
 * instead of one per hit.
 */
final class BestPassages implements CollectorManager<BestPassages.Collector, Map<String, List<BestPassages.Pick>>> {

    /**
     * A passage kept for a report.
     *
     * @param doc   the passage's index doc id
     * @param start where the passage starts in its file's cleaned text
     */
    record Pick(int doc, int start) {
    }

    private record Candidate(Pick pick, float key) {
    }

    private static final Comparator<Candidate> BEST_FIRST =
            Comparator.comparingDouble(Candidate::key).reversed().thenComparingInt(c -> c.pick().doc());

    private final int perReport;
    private final boolean byScore;

    /**
     * @param perReport how many passages to keep for each report
     * @param byScore   keep the best scoring; otherwise the earliest in the text
     */
    BestPassages(int perReport, boolean byScore) {
        this.perReport = perReport;
        this.byScore = byScore;
    }

    @Override
    public Collector newCollector() {
        return new Collector();
    }

    /** The kept passages of each report doc id, best first. */
    @Override
    public Map<String, List<Pick>> reduce(Collection<Collector> collectors) {
        Map<String, List<Candidate>> all = new HashMap<>();
        for (Collector c : collectors) {
            c.kept.forEach((doc, list) -> all.computeIfAbsent(doc, k -> new ArrayList<>()).addAll(list));
        }
        Map<String, List<Pick>> out = new HashMap<>();
        all.forEach((doc, list) -> out.put(doc,
                list.stream().sorted(BEST_FIRST).limit(perReport).map(Candidate::pick).toList()));
        return out;
    }

    final class Collector extends SimpleCollector {

        private final Map<String, List<Candidate>> kept = new HashMap<>();
        private int docBase;
        private SortedDocValues reportDocs;
        private NumericDocValues starts;
        private Scorable scorer;

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            docBase = context.docBase;
            reportDocs = DocValues.getSorted(context.reader(), Schema.PASSAGE_DOC);
            starts = DocValues.getNumeric(context.reader(), Schema.PASSAGE_START);
        }

        @Override
        public void setScorer(Scorable s) {
            this.scorer = s;
        }

        @Override
        public void collect(int doc) throws IOException {
            if (!reportDocs.advanceExact(doc) || !starts.advanceExact(doc)) {
                return;
            }
            int start = (int) starts.longValue();
            float key = byScore ? scorer.score() : -start;
            String report = reportDocs.lookupOrd(reportDocs.ordValue()).utf8ToString();
            List<Candidate> list = kept.computeIfAbsent(report, k -> new ArrayList<>(perReport + 1));
            list.add(new Candidate(new Pick(docBase + doc, start), key));
            if (list.size() > perReport) {
                list.sort(BEST_FIRST);
                list.remove(list.size() - 1);
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return byScore ? ScoreMode.COMPLETE : ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
