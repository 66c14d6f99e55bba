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
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Counts the matching reports by region, year, indicator and type straight from their sorted-set doc
 * values: small and exact, and it keeps the facet module off the search path.
 */
final class FacetCounter implements CollectorManager<FacetCounter.Counts, FacetCounts> {

    private static final String[] FIELDS = {Schema.FACET_REGION, Schema.FACET_YEAR, Schema.FACET_INDICATOR,
        Schema.FACET_TYPE};

    @Override
    public Counts newCollector() {
        return new Counts();
    }

    @Override
    public FacetCounts reduce(Collection<Counts> collectors) {
        List<Map<String, Integer>> merged = new ArrayList<>();
        for (int f = 0; f < FIELDS.length; f++) {
            Map<String, Integer> m = new HashMap<>();
            for (Counts c : collectors) {
                c.totals.get(f).forEach((k, v) -> m.merge(k, v, Integer::sum));
            }
            merged.add(m);
        }
        return new FacetCounts(sorted(merged.get(0), true), sorted(merged.get(1), false), sorted(merged.get(2), false),
                sorted(merged.get(3), false));
    }

    private static List<FacetCount> sorted(Map<String, Integer> counts, boolean regions) {
        List<FacetCount> out = new ArrayList<>();
        counts.forEach((value, n) -> {
            int sep = regions ? value.indexOf(Schema.FACET_SEPARATOR) : -1;
            out.add(sep < 0 ? new FacetCount(value, value, n)
                    : new FacetCount(value.substring(0, sep), value.substring(sep + 1), n));
        });
        out.sort(Comparator.comparingInt(FacetCount::count).reversed().thenComparing(FacetCount::value));
        return out;
    }

    /** Per-search counts: one leaf's ordinals are counted in an array, then turned into terms. */
    static final class Counts extends SimpleCollector {

        private final List<Map<String, Integer>> totals = new ArrayList<>();
        private final SortedSetDocValues[] values = new SortedSetDocValues[FIELDS.length];
        private final int[][] ordCounts = new int[FIELDS.length][];

        Counts() {
            for (int f = 0; f < FIELDS.length; f++) {
                totals.add(new HashMap<>());
            }
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            flush();
            for (int f = 0; f < FIELDS.length; f++) {
                values[f] = DocValues.getSortedSet(context.reader(), FIELDS[f]);
                ordCounts[f] = new int[(int) values[f].getValueCount()];
            }
        }

        @Override
        public void collect(int doc) throws IOException {
            for (int f = 0; f < FIELDS.length; f++) {
                SortedSetDocValues dv = values[f];
                if (dv.advanceExact(doc)) {
                    for (int i = 0, n = dv.docValueCount(); i < n; i++) {
                        ordCounts[f][(int) dv.nextOrd()]++;
                    }
                }
            }
        }

        @Override
        public void finish() throws IOException {
            flush();
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        private void flush() throws IOException {
            for (int f = 0; f < FIELDS.length; f++) {
                int[] counts = ordCounts[f];
                if (counts == null) {
                    continue;
                }
                for (int ord = 0; ord < counts.length; ord++) {
                    if (counts[ord] > 0) {
                        totals.get(f).merge(values[f].lookupOrd(ord).utf8ToString(), counts[ord], Integer::sum);
                    }
                }
                ordCounts[f] = null;
            }
        }
    }
}
