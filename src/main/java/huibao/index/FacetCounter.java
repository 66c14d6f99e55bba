package huibao.index;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Counts the matching reports by region, year, indicator and type from each segment's facet values
 * as {@link FacetOrdinals} keeps them: small and exact, and it keeps the facet module off the
 * search path.
 */
final class FacetCounter implements CollectorManager<FacetCounter.Counts, FacetCounts> {

    private static final int FIELDS = FacetOrdinals.FIELDS.length;

    private final FacetOrdinals ordinals;

    FacetCounter(FacetOrdinals ordinals) {
        this.ordinals = ordinals;
    }

    @Override
    public Counts newCollector() {
        return new Counts(ordinals);
    }

    @Override
    public FacetCounts reduce(Collection<Counts> collectors) {
        List<Map<String, Integer>> merged = new ArrayList<>();
        for (int f = 0; f < FIELDS; f++) {
            Map<String, Integer> m = new HashMap<>();
            for (Counts c : collectors) {
                c.totals.get(f).forEach((k, v) -> m.merge(k, v, Integer::sum));
            }
            merged.add(m);
        }
        return counts(merged);
    }

    /** The counts of each of {@link FacetOrdinals#FIELDS}, in order, by value, as facets sorted for showing. */
    static FacetCounts counts(List<Map<String, Integer>> byField) {
        return new FacetCounts(sorted(byField.get(0), true), sorted(byField.get(1), false), sorted(byField.get(2), false),
                sorted(byField.get(3), false));
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

    /** Per-search counts: one segment's ordinals are counted in an array, then turned into terms. */
    static final class Counts extends SimpleCollector {

        private final FacetOrdinals ordinals;
        private final List<Map<String, Integer>> totals = new ArrayList<>();
        private FacetOrdinals.Segment segment;
        private final int[][] ordCounts = new int[FIELDS][];

        Counts(FacetOrdinals ordinals) {
            this.ordinals = ordinals;
            for (int f = 0; f < FIELDS; f++) {
                totals.add(new HashMap<>());
            }
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) {
            flush();
            segment = ordinals.of(context.reader());
            for (int f = 0; f < FIELDS; f++) {
                ordCounts[f] = new int[segment.values[f].length];
            }
        }

        @Override
        public void collect(int doc) {
            for (int f = 0; f < FIELDS; f++) {
                int[] starts = segment.starts[f];
                int[] ords = segment.ords[f];
                int[] counts = ordCounts[f];
                for (int i = starts[doc], end = starts[doc + 1]; i < end; i++) {
                    counts[ords[i]]++;
                }
            }
        }

        @Override
        public void finish() {
            flush();
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        private void flush() {
            for (int f = 0; f < FIELDS; f++) {
                int[] counts = ordCounts[f];
                if (counts == null) {
                    continue;
                }
                for (int ord = 0; ord < counts.length; ord++) {
                    if (counts[ord] > 0) {
                        totals.get(f).merge(segment.values[f][ord], counts[ord], Integer::sum);
                    }
                }
                ordCounts[f] = null;
            }
        }
    }
}
